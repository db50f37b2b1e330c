// Child-process helpers shared by the stack scripts.
import { spawn, spawnSync } from 'node:child_process';

/**
 * Runs a command to completion, inheriting stdio; throws with the exit code on failure
 * unless options.allowFailure is set.
 */
export function run(cmd, args, { allowFailure = false, ...options } = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return result;
}

/** Runs a command and returns its trimmed stdout, or null when it fails. */
export function capture(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * Starts a long-running child whose output is prefixed with its name.
 * Returns the ChildProcess; the caller stops it.
 */
export function startService(name, cmd, args, options = {}) {
  // Quiet output goes nowhere rather than into a pipe: npm test and test:chaos run jest with
  // spawnSync, so nothing would drain the pipe, and a chatty child (moto logs every request)
  // blocked on its full pipe and stopped answering mid-suite.
  const output = options.quiet ? 'ignore' : 'pipe';
  const child = spawn(cmd, args, { stdio: ['ignore', output, output], ...options });
  const prefix = `[${name}] `;
  const forward = (stream, out) => {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) out.write(prefix + line + '\n');
    });
  };
  if (!options.quiet) {
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
  }
  return child;
}

/** Sends SIGTERM and waits (bounded) for the child to exit, then SIGKILLs it. */
export function stopChild(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
