import { addDays, type ReportInterval } from './report-range';

// Chart series: counts per local day (as SQL groups them) rolled up into days, weeks or months.

/**
 * The bucket a local day belongs to, named by its first day: the day itself, the Monday of its
 * ISO week, or the first of its month.
 */
export function bucketOf(day: string, interval: ReportInterval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Every bucket that overlaps [from, to], in order (the first and last may be partial). */
export function bucketKeys(from: string, to: string, interval: ReportInterval): string[] {
  const keys: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const key = bucketOf(day, interval);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}

/** One GROUP BY (local day, key) row. */
export interface DayCount<K extends string = string> {
  day: string;
  key: K;
  count: number;
}

export interface BucketCounts<K extends string = string> {
  /** The bucket's first day (YYYY-MM-DD). */
  bucket: string;
  total: number;
  /** Only the keys seen in the bucket. */
  counts: Partial<Record<K, number>>;
}

/** Sums day rows into every bucket of [from, to] (empty buckets included, rows outside ignored). */
export function bucketCounts<K extends string>(rows: readonly DayCount<K>[], from: string, to: string, interval: ReportInterval): BucketCounts<K>[] {
  const buckets = new Map<string, BucketCounts<K>>(bucketKeys(from, to, interval).map((bucket) => [bucket, { bucket, total: 0, counts: {} }]));
  for (const row of rows) {
    if (row.day < from || row.day > to) continue;
    const b = buckets.get(bucketOf(row.day, interval))!;
    b.total += row.count;
    b.counts[row.key] = (b.counts[row.key] ?? 0) + row.count;
  }
  return [...buckets.values()];
}
