import { classify, classifyNps, computeNps, type NpsCategory } from './nps';

describe('classifyNps', () => {
  it.each<[number, NpsCategory]>([
    [0, 'DETRACTOR'],
    [3, 'DETRACTOR'],
    [6, 'DETRACTOR'],
    [7, 'PASSIVE'],
    [8, 'PASSIVE'],
    [9, 'PROMOTER'],
    [10, 'PROMOTER'],
  ])('%i is a %s', (score, category) => {
    expect(classifyNps(score)).toBe(category);
    expect(classify(score)).toBe(category);
  });

  it.each([-1, 11, 6.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p', (score) => {
    expect(() => classifyNps(score)).toThrow(RangeError);
  });
});

describe('computeNps', () => {
  it.each<[string, number[], { nps: number | null; promoters: number; passives: number; detractors: number; promoterPct: number; detractorPct: number }]>([
    ['no answers yet', [], { nps: null, promoters: 0, passives: 0, detractors: 0, promoterPct: 0, detractorPct: 0 }],
    ['balanced', [10, 9, 8, 7, 6, 0], { nps: 0, promoters: 2, passives: 2, detractors: 2, promoterPct: 33.3, detractorPct: 33.3 }],
    ['three promoters, one detractor', [10, 10, 10, 6], { nps: 50, promoters: 3, passives: 0, detractors: 1, promoterPct: 75, detractorPct: 25 }],
    ['all promoters', [9, 10], { nps: 100, promoters: 2, passives: 0, detractors: 0, promoterPct: 100, detractorPct: 0 }],
    ['all detractors', [0, 1, 2], { nps: -100, promoters: 0, passives: 0, detractors: 3, promoterPct: 0, detractorPct: 100 }],
    ['only passives', [7, 8], { nps: 0, promoters: 0, passives: 2, detractors: 0, promoterPct: 0, detractorPct: 0 }],
    ['one in three promotes', [9, 7, 7], { nps: 33.3, promoters: 1, passives: 2, detractors: 0, promoterPct: 33.3, detractorPct: 0 }],
    ['two in three detract', [10, 6, 6], { nps: -33.3, promoters: 1, passives: 0, detractors: 2, promoterPct: 33.3, detractorPct: 66.7 }],
    [
      'forty answers',
      [...Array(3).fill(9), ...Array(5).fill(0), ...Array(32).fill(8)],
      { nps: -5, promoters: 3, passives: 32, detractors: 5, promoterPct: 7.5, detractorPct: 12.5 },
    ],
    ['1/16 is 6.25, shown as 6.3', [10, ...Array(15).fill(7)], { nps: 6.3, promoters: 1, passives: 15, detractors: 0, promoterPct: 6.3, detractorPct: 0 }],
    ['-1/16 is -6.25, shown as -6.3', [0, ...Array(15).fill(7)], { nps: -6.3, promoters: 0, passives: 15, detractors: 1, promoterPct: 0, detractorPct: 6.3 }],
  ])('%s', (_what, scores, expected) => {
    expect(computeNps(scores)).toEqual({ ...expected, total: scores.length });
  });

  it('refuses a set with an out-of-range answer rather than skewing the score', () => {
    expect(() => computeNps([10, 9, 12])).toThrow(RangeError);
  });

  it('never reports negative zero', () => {
    expect(Object.is(computeNps([9, 0]).nps, 0)).toBe(true);
  });
});
