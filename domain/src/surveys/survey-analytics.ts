import { computeNps, type NpsCategory, type NpsSummary } from '../nps';

/** The NPS answers each category covers, for filtering stored npsScore values. */
export const NPS_SCORE_RANGES: Readonly<Record<NpsCategory, { gte: number; lte: number }>> = {
  PROMOTER: { gte: 9, lte: 10 },
  PASSIVE: { gte: 7, lte: 8 },
  DETRACTOR: { gte: 0, lte: 6 },
};

/** How many answers each NPS score (0-10) got, every score present (0 when none). */
export type NpsDistribution = Array<{ score: number; count: number }>;

export function npsDistribution(countsByScore: ReadonlyMap<number, number>): NpsDistribution {
  return Array.from({ length: 11 }, (_, score) => ({ score, count: countsByScore.get(score) ?? 0 }));
}

/** computeNps over grouped counts (as a database GROUP BY returns them), so both agree exactly. */
export function npsFromCounts(countsByScore: ReadonlyMap<number, number>): NpsSummary {
  return computeNps([...countsByScore].flatMap(([score, count]) => Array<number>(count).fill(score)));
}
