import { ReportRangeMemo } from './report-range-memo';

const KOLKATA = 'Asia/Kolkata';
const at = (iso: string) => new Date(iso);

describe('ReportRangeMemo', () => {
  it('gives the last 30 local days by default, and the days asked for otherwise, as the same range again', () => {
    const memo = new ReportRangeMemo();
    const now = at('2026-11-24T06:00:00Z');
    const byDefault = memo.resolve({}, now, KOLKATA);
    expect(byDefault).toMatchObject({ from: '2026-10-26', to: '2026-11-24', timezone: KOLKATA });
    // Midnight in Kolkata is 18:30 UTC the day before.
    expect(byDefault.start.toISOString()).toBe('2026-10-25T18:30:00.000Z');
    expect(byDefault.end.toISOString()).toBe('2026-11-24T18:30:00.000Z');
    expect(memo.resolve({}, at('2026-11-24T12:00:00Z'), KOLKATA)).toBe(byDefault);
    expect(memo.resolve({ from: '2026-10-01', to: '2026-10-31' }, now, KOLKATA)).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('moves the default range on when the day ends in the hospital zone, not in UTC', () => {
    const memo = new ReportRangeMemo();
    // 23:59 in Kolkata on 24 Nov is 18:29 UTC; a minute later it is the 25th there, still the 24th in UTC.
    expect(memo.resolve({}, at('2026-11-24T18:29:00Z'), KOLKATA).to).toBe('2026-11-24');
    expect(memo.resolve({}, at('2026-11-24T18:30:00Z'), KOLKATA).to).toBe('2026-11-25');
    expect(memo.resolve({ from: '2026-11-20' }, at('2026-11-24T18:29:00Z'), KOLKATA).to).toBe('2026-11-24');
    expect(memo.resolve({ from: '2026-11-20' }, at('2026-11-24T18:30:00Z'), KOLKATA).to).toBe('2026-11-25');
  });

  it('keeps ranges of different zones apart', () => {
    const memo = new ReportRangeMemo();
    const now = at('2026-11-24T20:00:00Z');
    expect(memo.resolve({}, now, KOLKATA).to).toBe('2026-11-25');
    expect(memo.resolve({}, now, 'America/New_York').to).toBe('2026-11-24');
  });

  it('still refuses a bad range every time', () => {
    const memo = new ReportRangeMemo();
    const now = at('2026-11-24T06:00:00Z');
    expect(() => memo.resolve({ from: '2026-11-30', to: '2026-11-01' }, now, KOLKATA)).toThrow(/must not be after/);
    expect(() => memo.resolve({ from: '2026-11-30', to: '2026-11-01' }, now, KOLKATA)).toThrow(/must not be after/);
  });
});
