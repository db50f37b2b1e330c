import { describe, expect, it } from '@jest/globals';
import { formatDate, formatShortDate, fullName, initialsOf, plainText, relativeTime, roundedLater, shortName, toDateTimeLocal, toInstant } from './display';

describe('people', () => {
  it('names', () => {
    expect(fullName({ firstName: 'Asha', lastName: 'Rao' })).toBe('Asha Rao');
    expect(fullName({ firstName: 'Asha', lastName: null })).toBe('Asha');
    expect(shortName({ firstName: 'Priya', lastName: 'sharma' })).toBe('Priya S.');
    expect(shortName({ firstName: 'Priya', lastName: '' })).toBe('Priya');
  });

  it('initials', () => {
    expect(initialsOf({ firstName: 'asha', lastName: 'Rao' })).toBe('AR');
    expect(initialsOf({})).toBe('?');
  });
});

describe('dates', () => {
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

  it('turns form values into instants and back', () => {
    const local = new Date(2026, 10, 25, 10, 0);
    expect(toInstant('2026-11-25T10:00')).toBe(local.toISOString());
    expect(toInstant(local)).toBe(local.toISOString());
    expect(toDateTimeLocal(local.toISOString())).toBe('2026-11-25T10:00');
    expect(toDateTimeLocal(null)).toBe('');
  });

  it('toInstant refuses invalid input', () => {
    expect(toInstant('not a date')).toBeUndefined();
    expect(toInstant('')).toBeUndefined();
    expect(toInstant(null)).toBeUndefined();
  });

  it('rounds "later" up to the next quarter hour', () => {
    expect(roundedLater(1, new Date(2026, 5, 15, 12, 7, 30))).toEqual(new Date(2026, 5, 15, 13, 15));
    expect(roundedLater(24, new Date(2026, 5, 15, 12, 0))).toEqual(new Date(2026, 5, 16, 12, 0));
    expect(roundedLater(0, new Date(2026, 5, 15, 23, 50))).toEqual(new Date(2026, 5, 16, 0, 0));
  });
});

describe('plainText', () => {
  it('reads an email body as plain text', () => {
    expect(plainText('<p>Dear Asha,</p><p>Your reports are <b>ready</b> &amp; waiting.<br/>Thanks</p>')).toBe(
      'Dear Asha, Your reports are ready & waiting. Thanks',
    );
    expect(plainText('Hi {{firstName}}')).toBe('Hi {{firstName}}');
  });
});
