import fs from 'node:fs';

/**
 * Collects what the process writes to stdout and stderr while it runs. pino writes through
 * sonic-boom, which calls fs.write/fs.writeSync on the descriptors directly, so those are
 * wrapped as well as the streams' write().
 */
export function captureOutput(): { text: () => string; stop: () => void } {
  const chunks: string[] = [];
  const keep = (fd: unknown, data: unknown) => {
    if ((fd === 1 || fd === 2) && (typeof data === 'string' || Buffer.isBuffer(data))) chunks.push(data.toString());
  };
  const original = { write: fs.write, writeSync: fs.writeSync, stdout: process.stdout.write, stderr: process.stderr.write };
  const mutableFs = fs as unknown as Record<'write' | 'writeSync', (...args: unknown[]) => unknown>;
  mutableFs.write = (...args: unknown[]) => {
    keep(args[0], args[1]);
    return (original.write as (...a: unknown[]) => unknown)(...args);
  };
  mutableFs.writeSync = (...args: unknown[]) => {
    keep(args[0], args[1]);
    return (original.writeSync as (...a: unknown[]) => unknown)(...args);
  };
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(1, chunk);
    return (original.stdout as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(2, chunk);
    return (original.stderr as (...a: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
  }) as typeof process.stderr.write;
  return {
    text: () => chunks.join(''),
    stop: () => {
      mutableFs.write = original.write as never;
      mutableFs.writeSync = original.writeSync as never;
      process.stdout.write = original.stdout;
      process.stderr.write = original.stderr;
    },
  };
}
