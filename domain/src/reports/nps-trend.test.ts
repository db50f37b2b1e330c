import { npsTrend } from './nps-trend';

describe('npsTrend', () => {
  const rows = [
    { day: '2026-11-23', score: 10, count: 2 },
    { day: '2026-11-23', score: 3, count: 1 },
    { day: '2026-11-24', score: 8, count: 1 },
    { day: '2026-11-30', score: 9, count: 1 },
  ];

  it('computes NPS per day, empty days null', () => {
    expect(npsTrend(rows, '2026-11-23', '2026-11-25', 'day')).toEqual([
      { bucket: '2026-11-23', responses: 3, nps: 33.3 }, // 2 promoters, 1 detractor of 3: 66.7 − 33.3
      { bucket: '2026-11-24', responses: 1, nps: 0 }, // one passive
      { bucket: '2026-11-25', responses: 0, nps: null },
    ]);
  });

  it('pools the answers of a week before computing, never averages daily NPS', () => {
    // Week of 23 Nov: 10, 10, 3, 8 → 2 promoters, 1 detractor of 4 = 25. Week of 30 Nov: one 9 = 100.
    expect(npsTrend(rows, '2026-11-23', '2026-11-30', 'week')).toEqual([
      { bucket: '2026-11-23', responses: 4, nps: 25 },
      { bucket: '2026-11-30', responses: 1, nps: 100 },
    ]);
  });
});
