import fs from 'node:fs';
import path from 'node:path';

/** One line of the table `npm run test:chaos` prints. */
export interface ChaosRow {
  fault: string;
  /** How many times the fault was injected. */
  runs: number;
  /** Messages (or acknowledged writes) that had to arrive exactly once. */
  expected: number;
  duplicates: number;
  losses: number;
  /** 'pass' when nothing was duplicated or lost and every other check held; otherwise what failed. */
  result: string;
}

/** Adds rows to the run's results (CHAOS_RESULTS_DIR, which scripts/chaos.mjs reads back for its table). */
export function recordChaos(file: string, rows: ChaosRow[]): void {
  const dir = process.env.CHAOS_RESULTS_DIR;
  if (!dir) throw new Error('CHAOS_RESULTS_DIR is not set: run the fault suites through `npm run test:chaos`');
  fs.writeFileSync(path.join(dir, `${file}.json`), JSON.stringify(rows, null, 2));
}

/** Duplicates and losses from how many messages each address received (exactly one expected). */
export function tally(counts: Record<string, number>): { expected: number; duplicates: number; losses: number } {
  const values = Object.values(counts);
  return {
    expected: values.length,
    duplicates: values.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    losses: values.filter((n) => n === 0).length,
  };
}

export const verdict = (t: { duplicates: number; losses: number }, problems: string[] = []) =>
  [...(t.duplicates ? [`${t.duplicates} duplicate(s)`] : []), ...(t.losses ? [`${t.losses} lost`] : []), ...problems].join('; ') || 'pass';

/** Required environment from scripts/chaos.mjs, with a message naming the command otherwise. */
export function chaosEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the fault suites through \`npm run test:chaos\``);
  return value;
}
