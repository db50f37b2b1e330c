import { LEAD_SOURCES, type LeadSource } from './enums';
import { explainScore, type LeadScoreInput, SCORE_WEIGHTS, scoreLead, SOURCE_QUALITY } from './lead-score';

const NOW = new Date('2026-01-20T12:00:00.000Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

// A lead that scores only for its source: no contact, no interest signals.
const base: LeadScoreInput = {
  source: 'OTHER',
  communicationCount: 0,
  respondedCount: 0,
  lastContactAt: null,
  interestedIn: [],
  preferredDoctorId: null,
  preferredDate: null,
};
const score = (over: Partial<LeadScoreInput>) => scoreLead({ ...base, ...over }, NOW);

describe('scoreLead', () => {
  it.each<[LeadSource, number]>([
    ['REFERRAL_DOCTOR', 20],
    ['REFERRAL_PATIENT', 18],
    ['WEBSITE', 15],
    ['PHONE_CALL', 12],
    ['WALK_IN', 10],
    ['SOCIAL_MEDIA', 8],
    ['GOOGLE_ADS', 5],
    ['WHATSAPP', 5],
    ['EMAIL_INQUIRY', 5],
    ['HEALTH_CAMP', 5],
    ['CORPORATE', 5],
    ['OTHER', 5],
  ])('source %s is worth %i points', (source, points) => {
    expect(score({ source }).breakdown.sourceQuality).toBe(points);
    expect(score({ source }).total).toBe(points);
  });

  it('ranks every source', () => {
    expect(Object.keys(SOURCE_QUALITY).sort()).toEqual([...LEAD_SOURCES].sort());
  });

  it.each([
    [0, 0],
    [1, 3],
    [4, 12],
    [9, 27],
    [10, 30],
    [11, 30],
    [250, 30],
    [-2, 0],
    [2.9, 6],
    [Number.NaN, 0],
  ])('%p communications give %i engagement points', (communicationCount, points) => {
    expect(score({ communicationCount }).breakdown.engagement).toBe(points);
  });

  it.each([
    [0, 0, 0],
    [5, 0, 0],
    [4, 4, 20],
    [4, 2, 10],
    [3, 1, 7], // 6.67 rounds up
    [3, 2, 13], // 13.33 rounds down
    [8, 1, 3], // 2.5 rounds half up
    [2, 5, 20], // more replies than messages (bad data) stays capped
    [0, 3, 0],
  ])('%i communications with %i responses give %i response-rate points', (communicationCount, respondedCount, points) => {
    expect(score({ communicationCount, respondedCount }).breakdown.responseRate).toBe(points);
  });

  it.each<[string, number, Date | null]>([
    ['never contacted', 0, null],
    ['contacted just now', 15, NOW],
    ['contacted an hour in the future (clock skew)', 15, new Date(NOW.getTime() + 3_600_000)],
    ['6.99 days ago', 15, daysAgo(6.99)],
    ['exactly 7 days ago', 10, daysAgo(7)],
    ['13.99 days ago', 10, daysAgo(13.99)],
    ['exactly 14 days ago', 5, daysAgo(14)],
    ['29.99 days ago', 5, daysAgo(29.99)],
    ['exactly 30 days ago', 0, daysAgo(30)],
    ['a year ago', 0, daysAgo(365)],
    ['an invalid date', 0, new Date('not a date')],
  ])('%s gives %i recency points', (_when, points, lastContactAt) => {
    expect(score({ lastContactAt }).breakdown.recency).toBe(points);
  });

  it.each<[string, Partial<LeadScoreInput>, number]>([
    ['no signals', {}, 0],
    ['interested services', { interestedIn: ['Cardiology'] }, 5],
    ['only blank services', { interestedIn: ['', '  '] }, 0],
    ['a preferred doctor', { preferredDoctorId: 'doc-1' }, 5],
    ['a blank preferred doctor', { preferredDoctorId: '' }, 0],
    ['a preferred date', { preferredDate: new Date('2026-02-01') }, 5],
    ['services and doctor', { interestedIn: ['MRI', 'Checkup'], preferredDoctorId: 'doc-1' }, 10],
    ['all three', { interestedIn: ['MRI'], preferredDoctorId: 'doc-1', preferredDate: new Date('2026-02-01') }, 15],
  ])('%s give interest points', (_what, over, points) => {
    expect(score(over).breakdown.interestSignals).toBe(points);
  });

  it.each<[string, Partial<LeadScoreInput>, number]>([
    [
      'the best possible lead scores 100',
      {
        source: 'REFERRAL_DOCTOR',
        communicationCount: 10,
        respondedCount: 10,
        lastContactAt: daysAgo(1),
        interestedIn: ['MRI'],
        preferredDoctorId: 'd',
        preferredDate: NOW,
      },
      100,
    ],
    [
      'even with more than enough of everything',
      {
        source: 'REFERRAL_DOCTOR',
        communicationCount: 40,
        respondedCount: 90,
        lastContactAt: NOW,
        interestedIn: ['a', 'b'],
        preferredDoctorId: 'd',
        preferredDate: NOW,
      },
      100,
    ],
    ['a fresh unknown-source lead scores 5', {}, 5],
    [
      'a website lead, 4 messages, 1 reply, last 10 days ago, wants cardiology',
      { source: 'WEBSITE', communicationCount: 4, respondedCount: 1, lastContactAt: daysAgo(10), interestedIn: ['Cardiology'] },
      15 + 12 + 5 + 10 + 5,
    ],
  ])('%s', (_what, over, total) => {
    const result = score(over);
    const { sourceQuality, engagement, responseRate, recency, interestSignals } = result.breakdown;
    expect(result.total).toBe(total);
    expect(sourceQuality + engagement + responseRate + recency + interestSignals).toBe(total);
    expect(Number.isInteger(result.total)).toBe(true);
  });

  it('does not read the clock: the same input and now give the same score', () => {
    const input: LeadScoreInput = { ...base, lastContactAt: daysAgo(8) };
    expect(scoreLead(input, NOW)).toEqual(scoreLead(input, NOW));
    expect(scoreLead(input, new Date(NOW.getTime() + 30 * DAY)).breakdown.recency).toBe(0);
  });
});

describe('SCORE_WEIGHTS and explainScore', () => {
  it('the maxima add up to 100', () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('lists the parts in the plan’s order with labels, points and maxima', () => {
    const { breakdown } = score({ source: 'WEBSITE', communicationCount: 2, respondedCount: 1, lastContactAt: daysAgo(3) });
    expect(explainScore(breakdown)).toEqual([
      { key: 'sourceQuality', label: 'Source quality', points: 15, max: 20 },
      { key: 'engagement', label: 'Engagement', points: 6, max: 30 },
      { key: 'responseRate', label: 'Response rate', points: 10, max: 20 },
      { key: 'recency', label: 'Recency', points: 15, max: 15 },
      { key: 'interestSignals', label: 'Interest signals', points: 0, max: 15 },
    ]);
  });
});
