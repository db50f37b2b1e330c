// TCP port probes for the local stack.
import net from 'node:net';

/** True when something accepts connections on host:port. */
export function isListening(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until host:port accepts connections, or throws after timeoutMs. */
export async function waitForPort(port, { host = '127.0.0.1', timeoutMs = 60_000, name = 'service', child } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`${name} exited with code ${child.exitCode} before listening on ${host}:${port}`);
    }
    if (await isListening(port, host)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not listen on ${host}:${port} within ${timeoutMs / 1000}s`);
}

/** Throws a clear message when a port the stack needs is already taken. */
export async function assertPortFree(port, what) {
  if (await isListening(port)) {
    throw new Error(`Port ${port} (${what}) is already in use. Stop whatever holds it (\`ss -ltnp 'sport = :${port}'\`) or set the matching *_PORT variable.`);
  }
}
