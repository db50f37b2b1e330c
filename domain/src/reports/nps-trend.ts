import { npsFromCounts } from '../surveys/survey-analytics';
import type { ReportInterval } from './report-range';
import { bucketKeys, bucketOf } from './time-buckets';

/** One GROUP BY (local day, npsScore) row of survey responses. */
export interface NpsDayCount {
  day: string;
  score: number;
  count: number;
}

export interface NpsPoint {
  bucket: string;
  responses: number;
  /** -100..100 to one decimal (computeNps); null for a bucket without answers. */
  nps: number | null;
}

/** NPS per bucket of [from, to], every bucket present. */
export function npsTrend(rows: readonly NpsDayCount[], from: string, to: string, interval: ReportInterval): NpsPoint[] {
  const counts = new Map<string, Map<number, number>>(bucketKeys(from, to, interval).map((bucket) => [bucket, new Map()]));
  for (const row of rows) {
    if (row.day < from || row.day > to) continue;
    const scores = counts.get(bucketOf(row.day, interval))!;
    scores.set(row.score, (scores.get(row.score) ?? 0) + row.count);
  }
  return [...counts].map(([bucket, scores]) => {
    const summary = npsFromCounts(scores);
    return { bucket, responses: summary.total, nps: summary.nps };
  });
}
