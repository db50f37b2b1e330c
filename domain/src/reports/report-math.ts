// Rates and summaries every report shares.

/** part/whole as a percentage to one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}

export interface DurationSummary {
  count: number;
  /** Hours to one decimal; null when count is 0. */
  medianHours: number | null;
  averageHours: number | null;
}

const toHours = (ms: number | null) => (ms === null ? null : Math.round(ms / 360_000) / 10);

/** Median and mean of durations given in milliseconds, in hours. */
export function summarizeDurations(ms: readonly number[]): DurationSummary {
  return { count: ms.length, medianHours: toHours(median(ms)), averageHours: toHours(mean(ms)) };
}

/** Groups values by a key (first-seen order), e.g. durations by source. */
export function groupValues<T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => number): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(value(row));
    else groups.set(k, [value(row)]);
  }
  return groups;
}
