import { describe, expect, it } from '@jest/globals';
import { followUpState, readableTitle, scoreBand } from './leadDisplay';

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
