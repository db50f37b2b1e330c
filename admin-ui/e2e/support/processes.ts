// Child processes the e2e stack starts (API, worker, console server): output kept for the error
// message when one fails to start, and every one stopped on teardown or if jest exits early.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface Service {
  name: string;
  child: ChildProcess;
  /** The last lines it printed, for error messages. */
  output: () => string;
  /** Resolves with the first output line matching `pattern`; rejects if the process exits first. */
  waitForLine: (pattern: RegExp, timeoutMs: number) => Promise<string>;
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

const MAX_OUTPUT = 200;

export function startService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Service {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split(/\r?\n/)) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > MAX_OUTPUT) lines.shift();
      if (process.env.E2E_VERBOSE) process.stderr.write(`[${name}] ${line}\n`);
      for (const listener of listeners) listener(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(() => running.delete(child));
  const output = () => lines.slice(-40).join('\n');

  return {
    name,
    child,
    output,
    waitForLine: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const found = lines.find((line) => pattern.test(line));
        if (found) return resolve(found);
        const timer = setTimeout(() => done(new Error(`${name} did not print ${pattern} within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
        const listener = (line: string) => {
          if (pattern.test(line)) done(undefined, line);
        };
        const done = (error?: Error, line?: string) => {
          clearTimeout(timer);
          listeners.delete(listener);
          if (error) reject(error);
          else resolve(line!);
        };
        listeners.add(listener);
        exited.then((code) => done(new Error(`${name} exited with code ${code} before it was ready:\n${output()}`)));
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns true, or fails after timeoutMs with `what` in the message. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number, service?: Service): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (service && service.child.exitCode !== null) {
      throw new Error(`${service.name} exited with code ${service.child.exitCode}:\n${service.output()}`);
    }
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} not ready within ${timeoutMs} ms${service ? `:\n${service.output()}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
