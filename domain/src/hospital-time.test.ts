import { formatHospitalTime, hospitalDay, hospitalMonthStart, isValidTimeZone } from './hospital-time';

describe('hospitalDay', () => {
  it.each([
    ['UTC', '2026-11-23T10:00:00Z', '2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z'],
    // Kolkata is UTC+05:30: 20:00 UTC is already the next local day.
    ['Asia/Kolkata', '2026-11-23T20:00:00Z', '2026-11-23T18:30:00.000Z', '2026-11-24T18:30:00.000Z'],
    ['Asia/Kolkata', '2026-11-23T18:29:59Z', '2026-11-22T18:30:00.000Z', '2026-11-23T18:30:00.000Z'],
    ['America/New_York', '2026-11-23T03:00:00Z', '2026-11-22T05:00:00.000Z', '2026-11-23T05:00:00.000Z'],
    // DST ends on 2026-11-01 in New York: that local day is 25 hours long.
    ['America/New_York', '2026-11-01T12:00:00Z', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
    // DST starts on 2026-03-08: 23 hours.
    ['America/New_York', '2026-03-08T12:00:00Z', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
  ])('in %s, %s falls in [%s, %s)', (zone, now, start, end) => {
    const day = hospitalDay(new Date(now), zone);
    expect(day.start.toISOString()).toBe(start);
    expect(day.end.toISOString()).toBe(end);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%s → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('hospitalMonthStart', () => {
  it.each([
    ['UTC', '2026-11-23T10:00:00Z', '2026-11-01T00:00:00.000Z'],
    // 30 Nov 20:00 UTC is already 1 December in Kolkata.
    ['Asia/Kolkata', '2026-11-30T20:00:00Z', '2026-11-30T18:30:00.000Z'],
    ['Asia/Kolkata', '2026-11-30T18:00:00Z', '2026-10-31T18:30:00.000Z'],
    ['America/New_York', '2026-12-01T03:00:00Z', '2026-11-01T04:00:00.000Z'],
  ])('in %s, %s → %s', (zone, now, expected) => {
    expect(hospitalMonthStart(new Date(now), zone).toISOString()).toBe(expected);
  });
});

describe('formatHospitalTime', () => {
  it('shows the local wall-clock time with its zone', () => {
    expect(formatHospitalTime(new Date('2026-03-12T04:00:00Z'), 'Asia/Kolkata')).toBe('12 Mar 2026, 09:30 (Asia/Kolkata)');
  });
});
