import fs from 'node:fs';

/**
 * Collects, instead of printing, what the process writes to stdout and stderr until stop(). pino writes through
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
    if (args[0] !== 1 && args[0] !== 2) return (original.write as (...a: unknown[]) => unknown)(...args);
    keep(args[0], args[1]);
    // fs.write's callback reports the bytes written, which sonic-boom counts on.
    const done = args[args.length - 1];
    const length = Buffer.byteLength(args[1] as string);
    if (typeof done === 'function') process.nextTick(() => (done as (e: null, n: number) => void)(null, length));
  };
  mutableFs.writeSync = (...args: unknown[]) => {
    if (args[0] !== 1 && args[0] !== 2) return (original.writeSync as (...a: unknown[]) => unknown)(...args);
    keep(args[0], args[1]);
    return Buffer.byteLength(args[1] as string);
  };
  process.stdout.write = ((chunk: unknown) => {
    keep(1, chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => {
    keep(2, chunk);
    return true;
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
