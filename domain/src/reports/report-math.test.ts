import { groupValues, mean, median, percent, summarizeDurations } from './report-math';

describe('percent', () => {
  it.each([
    [1, 2, 50],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 5, 0],
    [3, 0, null],
    [-1, 4, -25],
  ])('%d of %d → %s', (part, whole, expected) => expect(percent(part, whole)).toBe(expected));
});

describe('median and mean', () => {
  it.each([
    [[], null, null],
    [[5], 5, 5],
    [[3, 1, 2], 2, 2],
    [[4, 1, 3, 2], 2.5, 2.5],
    [[1, 1, 10], 1, 4],
  ])('%o → median %s, mean %s', (values, m, avg) => {
    expect(median(values)).toBe(m);
    expect(mean(values)).toBe(avg);
  });
});

describe('summarizeDurations', () => {
  const H = 3_600_000;
  it.each([
    [[], { count: 0, medianHours: null, averageHours: null }],
    // 2 h, 4 h, 24 h: median 4, mean 30/3 = 10.
    [[2 * H, 24 * H, 4 * H], { count: 3, medianHours: 4, averageHours: 10 }],
    // 90 min and 30 min: median = mean = 1 h.
    [[1.5 * H, 0.5 * H], { count: 2, medianHours: 1, averageHours: 1 }],
    // 10 min → 0.2 h (0.1666… rounds up).
    [[10 * 60_000], { count: 1, medianHours: 0.2, averageHours: 0.2 }],
  ])('%o → %o', (ms, expected) => expect(summarizeDurations(ms)).toEqual(expected));
});

it('groups values by key in first-seen order', () => {
  const rows = [
    { k: 'b', v: 1 },
    { k: 'a', v: 2 },
    { k: 'b', v: 3 },
  ];
  expect([
    ...groupValues(
      rows,
      (r) => r.k,
      (r) => r.v,
    ),
  ]).toEqual([
    ['b', [1, 3]],
    ['a', [2]],
  ]);
});
