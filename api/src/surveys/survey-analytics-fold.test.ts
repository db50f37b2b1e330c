import { foldScoreRows, rate } from './survey-analytics-fold';

describe('foldScoreRows', () => {
  it('adds up each dimension: responses, NPS over the answered ones, CSAT mean', () => {
    const stats = foldScoreRows([
      { key: 'a', score: 10, n: 5, csatSum: 20, csatN: 5 },
      { key: 'a', score: 8, n: 2, csatSum: null, csatN: 0 },
      { key: 'a', score: 3, n: 3, csatSum: 3, csatN: 2 },
      { key: 'a', score: null, n: 4, csatSum: 9, csatN: 3 },
      { key: null, score: 6, n: 1, csatSum: null, csatN: 0 },
    ]);
    expect([...stats.keys()]).toEqual(['a', null]);
    const a = stats.get('a')!;
    expect(a.responses).toBe(14);
    expect(a.nps).toMatchObject({ nps: 20, promoters: 5, passives: 2, detractors: 3, total: 10 });
    expect(a.npsDistribution[10]).toEqual({ score: 10, count: 5 });
    expect(a.csat).toBe(3.2);
    expect(stats.get(null)).toMatchObject({ responses: 1, csat: null, nps: { nps: -100 } });
  });
});

describe('rate', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 0, null],
  ])('%i of %i is %p%', (part, whole, expected) => {
    expect(rate(part, whole)).toBe(expected);
  });
});
