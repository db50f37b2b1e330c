import { describe, expect, it } from '@jest/globals';
import { computeNps } from '@hospital-crm/domain';
import { analyticsRange, distributionBars, formatNps, npsColor, npsSplit, periodLabel, trendPoints } from './surveyAnalyticsModel';

describe('NPS split', () => {
  it('gives three shares that add up to 100', () => {
    // 3 promoters, 2 passives, 2 detractors: 42.9 + 28.6 + 28.6 would make 100.1
    const split = npsSplit(computeNps([10, 9, 9, 8, 7, 3, 0]));
    expect(split).toEqual([
      { category: 'PROMOTER', count: 3, percent: 42.9 },
      { category: 'PASSIVE', count: 2, percent: 28.5 },
      { category: 'DETRACTOR', count: 2, percent: 28.6 },
    ]);
    expect(split.reduce((sum, share) => sum + share.percent, 0)).toBeCloseTo(100, 5);
  });

  it('is all zeros without answers', () => {
    expect(npsSplit(computeNps([])).map((share) => share.percent)).toEqual([0, 0, 0]);
  });

  it.each([
    [72, '#16a34a', '+72'],
    [10, '#f59e0b', '+10'],
    [0, '#f59e0b', '0'],
    [-20, '#dc2626', '-20'],
    [null, '#94a3b8', '—'],
  ])('NPS %p reads %p, %p', (nps, color, text) => {
    expect(npsColor(nps)).toBe(color);
    expect(formatNps(nps)).toBe(text);
  });
});

describe('charts', () => {
  it('colours each score by its category', () => {
    const bars = distributionBars(Array.from({ length: 11 }, (_, score) => ({ score, count: score })));
    expect(bars.map((bar) => bar.category)).toEqual([...Array(7).fill('DETRACTOR'), 'PASSIVE', 'PASSIVE', 'PROMOTER', 'PROMOTER']);
    expect(bars[10]).toEqual({ score: 10, count: 10, category: 'PROMOTER', color: '#16a34a' });
  });

  it('labels periods as calendar dates', () => {
    expect(periodLabel('2026-11-01', 'month')).toBe('Nov 2026');
    expect(periodLabel('2026-11-23', 'week')).toBe('23 Nov');
    expect(periodLabel('garbage', 'week')).toBe('garbage');
  });

  it('turns the trend into chart points', () => {
    const nps = computeNps([10, 0]);
    expect(
      trendPoints({
        range: { from: '', to: '', interval: 'month', timezone: 'Asia/Kolkata' },
        trend: [{ periodStart: '2026-10-01', responses: 2, nps, csat: null }],
      }),
    ).toEqual([{ label: 'Oct 2026', nps: 0, responses: 2 }]);
  });

  it('covers the chosen period up to now', () => {
    const now = new Date('2026-11-30T00:00:00.000Z');
    expect(analyticsRange('30d', now)).toEqual({ from: '2026-10-31T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' });
    expect(analyticsRange('12m', now).from).toBe('2025-11-30T00:00:00.000Z');
  });
});
