// Net Promoter Score: % promoters (9-10) minus % detractors (0-6).

export const NPS_CATEGORIES = ['PROMOTER', 'PASSIVE', 'DETRACTOR'] as const;
export type NpsCategory = (typeof NPS_CATEGORIES)[number];

export function classifyNps(score: number): NpsCategory {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw new RangeError(`An NPS answer must be a whole number from 0 to 10, got ${score}`);
  }
  if (score >= 9) return 'PROMOTER';
  if (score >= 7) return 'PASSIVE';
  return 'DETRACTOR';
}

/** Same as classifyNps, under the short name the module plan uses. */
export const classify = classifyNps;

export interface NpsSummary {
  /** -100..100 to one decimal place; null when there are no answers yet. */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  total: number;
  /** 0..100 to one decimal place (0 when there are no answers). */
  promoterPct: number;
  detractorPct: number;
}

export function computeNps(scores: readonly number[]): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    const category = classifyNps(score);
    if (category === 'PROMOTER') promoters++;
    else if (category === 'PASSIVE') passives++;
    else detractors++;
  }
  const total = scores.length;
  return {
    // From the raw counts, so it can differ by 0.1 from promoterPct - detractorPct.
    nps: total === 0 ? null : percent(promoters - detractors, total),
    promoters,
    passives,
    detractors,
    total,
    promoterPct: total === 0 ? 0 : percent(promoters, total),
    detractorPct: total === 0 ? 0 : percent(detractors, total),
  };
}

// part/whole as a percentage to one decimal, halves away from zero, never -0.
function percent(part: number, whole: number): number {
  const tenths = Math.round((Math.abs(part) * 1000) / whole);
  return tenths === 0 ? 0 : (Math.sign(part) * tenths) / 10;
}
