import { quietHoursEnd } from './quiet-hours';

describe('quietHoursEnd', () => {
  const kolkata = 'Asia/Kolkata'; // UTC+5:30

  it('is null outside an overnight window', () => {
    // 10:00 local
    expect(quietHoursEnd(new Date('2026-03-10T04:30:00Z'), kolkata, '21:00', '08:00')).toBeNull();
  });

  it('holds until 08:00 next morning when it is late evening', () => {
    // 21:30 local on the 10th -> 08:00 local on the 11th = 02:30Z
    expect(quietHoursEnd(new Date('2026-03-10T16:00:00Z'), kolkata, '21:00', '08:00')?.toISOString()).toBe('2026-03-11T02:30:00.000Z');
  });

  it('holds until 08:00 the same morning after midnight', () => {
    // 02:00 local on the 11th -> 08:00 local on the 11th
    expect(quietHoursEnd(new Date('2026-03-10T20:30:00Z'), kolkata, '21:00', '08:00')?.toISOString()).toBe('2026-03-11T02:30:00.000Z');
  });

  it('handles a daytime window and its boundaries (start inclusive, end exclusive)', () => {
    expect(quietHoursEnd(new Date('2026-03-10T07:30:00Z'), kolkata, '13:00', '14:00')?.toISOString()).toBe('2026-03-10T08:30:00.000Z');
    expect(quietHoursEnd(new Date('2026-03-10T08:30:00Z'), kolkata, '13:00', '14:00')).toBeNull();
  });

  it('follows daylight saving time in New York', () => {
    // 2026-03-08 is the spring-forward day; 23:00 EST on the 7th = 04:00Z on the 8th; 08:00 EDT = 12:00Z.
    expect(quietHoursEnd(new Date('2026-03-08T04:00:00Z'), 'America/New_York', '21:00', '08:00')?.toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it('is off when not configured or empty', () => {
    expect(quietHoursEnd(new Date(), kolkata, null, '08:00')).toBeNull();
    expect(quietHoursEnd(new Date(), kolkata, '08:00', '08:00')).toBeNull();
  });

  it('rejects malformed times', () => {
    expect(() => quietHoursEnd(new Date(), kolkata, '9pm', '08:00')).toThrow(RangeError);
  });
});
