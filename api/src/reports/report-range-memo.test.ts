import { resolveReportRange } from '@hospital-crm/domain';
import { ReportRangeMemo } from './report-range-memo';

const KOLKATA = 'Asia/Kolkata';
const at = (iso: string) => new Date(iso);

describe('ReportRangeMemo', () => {
  it('answers what resolveReportRange answers', () => {
    const memo = new ReportRangeMemo();
    const now = at('2026-11-24T06:00:00Z');
    for (const input of [{}, { from: '2026-11-01' }, { to: '2026-10-31' }, { from: '2026-10-01', to: '2026-10-31' }]) {
      expect(memo.resolve(input, now, KOLKATA)).toEqual(resolveReportRange(input, now, KOLKATA));
    }
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
