import { bucketCounts, bucketKeys, bucketOf } from './time-buckets';

describe('bucketOf', () => {
  it.each([
    ['2026-11-25', 'day', '2026-11-25'],
    // 25 Nov 2026 is a Wednesday; its ISO week starts on Monday the 23rd.
    ['2026-11-25', 'week', '2026-11-23'],
    ['2026-11-23', 'week', '2026-11-23'],
    // A Sunday belongs to the week that started six days before.
    ['2026-11-29', 'week', '2026-11-23'],
    // The week of Friday 1 Jan 2027 starts on Monday 28 Dec 2026.
    ['2027-01-01', 'week', '2026-12-28'],
    ['2026-11-25', 'month', '2026-11-01'],
  ] as const)('%s by %s → %s', (day, interval, expected) => expect(bucketOf(day, interval)).toBe(expected));
});

describe('bucketKeys', () => {
  it.each([
    ['2026-11-28', '2026-12-01', 'day', ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01']],
    // Sat 28 Nov .. Tue 8 Dec: the weeks of 23 Nov, 30 Nov and 7 Dec.
    ['2026-11-28', '2026-12-08', 'week', ['2026-11-23', '2026-11-30', '2026-12-07']],
    ['2026-11-28', '2027-01-02', 'month', ['2026-11-01', '2026-12-01', '2027-01-01']],
    ['2026-11-28', '2026-11-28', 'week', ['2026-11-23']],
  ] as const)('%s..%s by %s', (from, to, interval, expected) => expect(bucketKeys(from, to, interval)).toEqual(expected));
});

describe('bucketCounts', () => {
  const rows = [
    { day: '2026-11-28', key: 'EMAIL', count: 2 },
    { day: '2026-11-29', key: 'SMS', count: 1 },
    { day: '2026-11-30', key: 'EMAIL', count: 4 },
    { day: '2026-12-09', key: 'EMAIL', count: 9 }, // after `to`: ignored
  ] as const;

  it('fills every day, empty ones with zero', () => {
    expect(bucketCounts(rows, '2026-11-28', '2026-12-01', 'day')).toEqual([
      { bucket: '2026-11-28', total: 2, counts: { EMAIL: 2 } },
      { bucket: '2026-11-29', total: 1, counts: { SMS: 1 } },
      { bucket: '2026-11-30', total: 4, counts: { EMAIL: 4 } },
      { bucket: '2026-12-01', total: 0, counts: {} },
    ]);
  });

  it('sums days into ISO weeks', () => {
    // Week of 23 Nov: 2 + 1 = 3; week of 30 Nov: 4.
    expect(bucketCounts(rows, '2026-11-28', '2026-12-01', 'week')).toEqual([
      { bucket: '2026-11-23', total: 3, counts: { EMAIL: 2, SMS: 1 } },
      { bucket: '2026-11-30', total: 4, counts: { EMAIL: 4 } },
    ]);
  });
});
