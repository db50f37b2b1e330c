import { birthdaysOn, isDailyCampaign } from './birthday';

describe('birthdaysOn', () => {
  it.each([
    ['2026-11-24', ['11-24']],
    ['2026-01-01', ['01-01']],
    ['2026-12-31', ['12-31']],
    // No 29 February in 2026, 2100: those born on it are greeted on the 28th.
    ['2026-02-28', ['02-28', '02-29']],
    ['2100-02-28', ['02-28', '02-29']],
    // Leap years greet them on their own day.
    ['2028-02-28', ['02-28']],
    ['2028-02-29', ['02-29']],
    ['2000-02-28', ['02-28']],
    ['2026-03-01', ['03-01']],
  ])('on %s greets those born on %j', (date, expected) => {
    expect(birthdaysOn(date)).toEqual(expected);
  });

  it.each(['2026-2-28', '28-02-2026', '', '2026-02-28T09:00:00Z'])('refuses %j, which is not a YYYY-MM-DD date', (date) => {
    expect(() => birthdaysOn(date)).toThrow(RangeError);
  });
});

describe('isDailyCampaign', () => {
  it('makes birthday campaigns daily and every other type a one-off', () => {
    expect(isDailyCampaign('BIRTHDAY')).toBe(true);
    for (const type of ['HEALTH_CAMP', 'PROMOTION', 'AWARENESS', 'SEASONAL', 'FOLLOW_UP', 'RE_ENGAGEMENT', 'FEEDBACK'] as const) {
      expect(isDailyCampaign(type)).toBe(false);
    }
  });
});
