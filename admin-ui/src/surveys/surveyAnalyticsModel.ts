// How a survey's numbers are drawn: the NPS split as three shares that add up to 100, the 0-10
// bars coloured by category, trend labels in the hospital's periods, and the date ranges offered.
import { classifyNps, type NpsCategory, type NpsSummary } from '@hospital-crm/domain';
import type { SurveyAnalytics } from '../providers/apiTypes';

export const NPS_CATEGORY_COLORS: Readonly<Record<NpsCategory, string>> = {
  PROMOTER: '#16a34a',
  PASSIVE: '#f59e0b',
  DETRACTOR: '#dc2626',
};

export type SplitShare = { category: NpsCategory; count: number; percent: number };

/** Promoters, passives, detractors with their shares; passives take the rounding so the three make 100. */
export const npsSplit = (nps: NpsSummary): SplitShare[] => {
  const passivePct = nps.total === 0 ? 0 : Math.round((100 - nps.promoterPct - nps.detractorPct) * 10) / 10;
  return [
    { category: 'PROMOTER', count: nps.promoters, percent: nps.promoterPct },
    { category: 'PASSIVE', count: nps.passives, percent: passivePct },
    { category: 'DETRACTOR', count: nps.detractors, percent: nps.detractorPct },
  ];
};

/** Good (≥ 50) in green, positive in amber, negative in red, none yet in grey. */
export const npsColor = (nps: number | null): string => {
  if (nps === null) return '#94a3b8';
  if (nps >= 50) return NPS_CATEGORY_COLORS.PROMOTER;
  if (nps >= 0) return NPS_CATEGORY_COLORS.PASSIVE;
  return NPS_CATEGORY_COLORS.DETRACTOR;
};

export const formatNps = (nps: number | null): string => (nps === null ? '—' : `${nps > 0 ? '+' : ''}${nps}`);

export type DistributionBar = { score: number; count: number; category: NpsCategory; color: string };

export const distributionBars = (distribution: SurveyAnalytics['npsDistribution']): DistributionBar[] =>
  distribution.map(({ score, count }) => {
    const category = classifyNps(score);
    return { score, count, category, color: NPS_CATEGORY_COLORS[category] };
  });

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' });
const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** '2026-11-01' → 'Nov 2026' by month, '23 Nov' by week; read as a calendar date, whatever the browser's zone. */
export const periodLabel = (periodStart: string, interval: 'week' | 'month'): string => {
  const [y, m, d] = periodStart.split('-').map(Number);
  if (!y || !m || !d) return periodStart;
  const date = new Date(y, m - 1, d);
  return interval === 'month' ? monthLabel.format(date) : dayLabel.format(date);
};

export type TrendPoint = { label: string; nps: number | null; responses: number };

export const trendPoints = (analytics: Pick<SurveyAnalytics, 'trend' | 'range'>): TrendPoint[] =>
  analytics.trend.map((point) => ({ label: periodLabel(point.periodStart, analytics.range.interval), nps: point.nps.nps, responses: point.responses }));

export const ANALYTICS_PERIODS = ['30d', '90d', '12m'] as const;
export type AnalyticsPeriod = (typeof ANALYTICS_PERIODS)[number];

const DAY = 86_400_000;

/** The window a period covers, ending now. */
export const analyticsRange = (period: AnalyticsPeriod, now = new Date()): { from: string; to: string } => {
  const days = period === '30d' ? 30 : period === '90d' ? 90 : 365;
  return { from: new Date(now.getTime() - days * DAY).toISOString(), to: now.toISOString() };
};
