// Prefixed, coloured console output for the local stack scripts.
const colours = { info: 36, ok: 32, warn: 33, error: 31 };

function paint(level, text) {
  return process.stdout.isTTY ? `\x1b[${colours[level]}m${text}\x1b[0m` : text;
}

export const log = {
  info: (msg) => console.log(`${paint('info', '›')} ${msg}`),
  ok: (msg) => console.log(`${paint('ok', '✓')} ${msg}`),
  warn: (msg) => console.warn(`${paint('warn', '!')} ${msg}`),
  error: (msg) => console.error(`${paint('error', '✗')} ${msg}`),
};

/** Stops the script with a message a person can act on. */
export function fail(msg) {
  log.error(msg);
  process.exit(1);
}
