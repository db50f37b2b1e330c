import { addDays, isLocalDay, localDayOf, resolveReportRange, ReportRangeError } from './report-range';

describe('resolveReportRange', () => {
  // 2026-11-23T20:00Z is already 24 Nov 01:30 in Kolkata (UTC+05:30).
  const now = new Date('2026-11-23T20:00:00Z');

  it.each([
    // zone, from, to → from, to, start, end
    ['Asia/Kolkata', undefined, undefined, '2026-10-26', '2026-11-24', '2026-10-25T18:30:00.000Z', '2026-11-24T18:30:00.000Z'],
    ['UTC', undefined, undefined, '2026-10-25', '2026-11-23', '2026-10-25T00:00:00.000Z', '2026-11-24T00:00:00.000Z'],
    ['Asia/Kolkata', '2026-11-01', '2026-11-01', '2026-11-01', '2026-11-01', '2026-10-31T18:30:00.000Z', '2026-11-01T18:30:00.000Z'],
    ['Asia/Kolkata', '2026-11-20', undefined, '2026-11-20', '2026-11-24', '2026-11-19T18:30:00.000Z', '2026-11-24T18:30:00.000Z'],
    ['UTC', undefined, '2026-03-31', '2026-03-02', '2026-03-31', '2026-03-02T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    // New York's DST ends on 1 Nov 2026: that day runs 04:00Z to 05:00Z the next day.
    ['America/New_York', '2026-11-01', '2026-11-01', '2026-11-01', '2026-11-01', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
  ])('in %s, from=%s to=%s → %s..%s', (zone, from, to, eFrom, eTo, eStart, eEnd) => {
    const range = resolveReportRange({ from, to }, now, zone);
    expect(range).toEqual({ from: eFrom, to: eTo, timezone: zone, start: new Date(eStart), end: new Date(eEnd) });
  });

  it.each([
    [{ from: '2026-11-31' }, 'from', /YYYY-MM-DD/],
    [{ to: '23/11/2026' }, 'to', /YYYY-MM-DD/],
    [{ from: '2026-11-10', to: '2026-11-09' }, 'from', /must not be after/],
    [{ from: '2024-11-01', to: '2026-11-02' }, 'from', /at most 731 days/],
  ])('refuses %o (%s)', (input, field, message) => {
    let caught: unknown;
    try {
      resolveReportRange(input, now, 'UTC');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportRangeError);
    expect((caught as ReportRangeError).field).toBe(field);
    expect((caught as Error).message).toMatch(message);
  });

  it('accepts exactly 731 days', () => {
    // 2024-11-02 .. 2026-11-02: 365 + 365 + 1 days.
    expect(resolveReportRange({ from: '2024-11-02', to: '2026-11-02' }, now, 'UTC').from).toBe('2024-11-02');
  });
});

describe('local days', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('isLocalDay(%s) → %s', (value, ok) => expect(isLocalDay(value)).toBe(ok));

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-24', -29, '2026-10-26'],
  ])('addDays(%s, %d) → %s', (day, n, expected) => expect(addDays(day, n)).toBe(expected));

  it.each([
    // 23:30 in Kolkata on 23 Nov is 18:00Z: still the 23rd there, and the 23rd in UTC.
    ['2026-11-23T18:00:00Z', 'Asia/Kolkata', '2026-11-23'],
    // 00:30 in Kolkata on 24 Nov is 19:00Z on the 23rd.
    ['2026-11-23T19:00:00Z', 'Asia/Kolkata', '2026-11-24'],
    ['2026-11-23T19:00:00Z', 'UTC', '2026-11-23'],
  ])('localDayOf(%s, %s) → %s', (at, zone, day) => expect(localDayOf(new Date(at), zone)).toBe(day));
});
