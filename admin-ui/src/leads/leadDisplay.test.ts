import { describe, expect, it } from '@jest/globals';
import { followUpState, formatDate, formatShortDate, fullName, initialsOf, readableTitle, relativeTime, scoreBand, shortName } from './leadDisplay';

describe('display helpers', () => {
  const now = new Date(2026, 5, 15, 12, 0);

  it.each([
    [null, 'none'],
    [new Date(2026, 5, 14, 23, 0).toISOString(), 'overdue'],
    [new Date(2026, 5, 15, 8, 0).toISOString(), 'today'],
    [new Date(2026, 5, 16, 8, 0).toISOString(), 'upcoming'],
  ])('follow-up %p is %p', (value, expected) => {
    expect(followUpState(value, now)).toBe(expected);
  });

  it.each([
    [85, 'hot'],
    [70, 'hot'],
    [50, 'warm'],
    [20, 'cool'],
    [5, 'cold'],
    [undefined, 'cold'],
  ])('score %p is %p', (score, band) => {
    expect(scoreBand(score)).toBe(band);
  });

  it('initials', () => {
    expect(initialsOf({ firstName: 'asha', lastName: 'Rao' })).toBe('AR');
    expect(initialsOf({})).toBe('?');
  });
});

describe('dates for people', () => {
  const now = new Date(2026, 5, 15, 12, 0);

  it('keeps a birth date on its calendar day', () => {
    expect(formatDate('1980-04-12T00:00:00.000Z', { calendarDay: true })).toBe('12 Apr 1980');
    expect(formatDate(null)).toBe('');
  });

  it('drops the year on a card when it is this year', () => {
    expect(formatShortDate(new Date(2026, 10, 25, 10), now)).toBe('25 Nov');
    expect(formatShortDate(new Date(2027, 0, 3, 10), now)).toBe('3 Jan 2027');
  });

  it.each([
    [new Date(2026, 5, 15, 11, 59, 40), 'just now'],
    [new Date(2026, 5, 15, 11, 55), '5 minutes ago'],
    [new Date(2026, 5, 15, 9, 0), '3 hours ago'],
    [new Date(2026, 5, 14, 12, 0), 'yesterday'],
    [new Date(2026, 5, 18, 12, 0), 'in 3 days'],
  ])('relativeTime(%p) = %p', (value, expected) => {
    expect(relativeTime(value, now)).toBe(expected);
  });

  it('names', () => {
    expect(fullName({ firstName: 'Asha', lastName: 'Rao' })).toBe('Asha Rao');
    expect(fullName({ firstName: 'Asha', lastName: null })).toBe('Asha');
    expect(shortName({ firstName: 'Priya', lastName: 'sharma' })).toBe('Priya S.');
    expect(shortName({ firstName: 'Priya', lastName: '' })).toBe('Priya');
  });
});

describe('readableTitle', () => {
  it.each([
    ['Lead created (REFERRAL_DOCTOR)', 'Lead created (Doctor referral)'],
    ['Status changed from NEW to APPOINTMENT_SCHEDULED', 'Status changed from New to Scheduled'],
    ['Converted to patient CRM-LD-RHF-000001', 'Converted to patient CRM-LD-RHF-000001'],
    ['Sent SMS to the lead', 'Sent SMS to the lead'],
  ])('%p reads %p', (title, expected) => {
    expect(readableTitle(title)).toBe(expected);
  });
});
