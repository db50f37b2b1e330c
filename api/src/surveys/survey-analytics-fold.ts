import { npsDistribution, npsFromCounts, type NpsDistribution, type NpsSummary } from '@hospital-crm/domain';

/** One GROUP BY (dimension, npsScore) row of the responses. */
export interface ScoreRow {
  key: string | null;
  score: number | null;
  n: number;
  csatSum: number | null;
  csatN: number;
}

export interface GroupStats {
  responses: number;
  nps: NpsSummary;
  npsDistribution: NpsDistribution;
  /** Mean CSAT (1-5) of the responses that rated something, to two decimals. */
  csat: number | null;
}

interface Acc {
  responses: number;
  counts: Map<number, number>;
  csatSum: number;
  csatN: number;
}

/** Folds grouped rows into per-dimension stats, in first-seen key order; NPS through the domain's computeNps. */
export function foldScoreRows(rows: readonly ScoreRow[]): Map<string | null, GroupStats> {
  const acc = new Map<string | null, Acc>();
  for (const row of rows) {
    const group = acc.get(row.key) ?? { responses: 0, counts: new Map<number, number>(), csatSum: 0, csatN: 0 };
    group.responses += row.n;
    if (row.score !== null) group.counts.set(row.score, (group.counts.get(row.score) ?? 0) + row.n);
    group.csatSum += row.csatSum ?? 0;
    group.csatN += row.csatN;
    acc.set(row.key, group);
  }
  return new Map(
    [...acc].map(([key, g]) => [
      key,
      {
        responses: g.responses,
        nps: npsFromCounts(g.counts),
        npsDistribution: npsDistribution(g.counts),
        csat: g.csatN ? Math.round((g.csatSum / g.csatN) * 100) / 100 : null,
      },
    ]),
  );
}

/** part of whole as a percentage to one decimal; null when whole is 0. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
