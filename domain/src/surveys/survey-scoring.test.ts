import type { Sentiment } from '../enums';
import { validateSurveyQuestions } from './survey-questions';
import { combineSentiment, csatFromAnswers, freeTextOf, scoreSurveyResponse, toCsatScale, type SentimentSignals } from './survey-scoring';
import { npsDistribution, npsFromCounts, NPS_SCORE_RANGES } from './survey-analytics';

const questions = validateSurveyQuestions([
  { id: 'recommend', type: 'NPS', text: 'Recommend us?', required: true, order: 0 },
  { id: 'care', type: 'RATING', text: 'Care', required: false, order: 1, scale: 5 },
  { id: 'food', type: 'RATING', text: 'Food', required: false, order: 2, scale: 10 },
  { id: 'comments', type: 'TEXT', text: 'Comments', required: false, order: 3 },
  { id: 'more', type: 'TEXT', text: 'More', required: false, order: 4 },
]);

describe('CSAT', () => {
  it.each([
    [1, 5, 1],
    [5, 5, 5],
    [3, 5, 3],
    [1, 10, 1],
    [10, 10, 5],
    [4, 7, 3],
  ])('%i on a 1-%i scale is %d on 1-5', (value, scale, expected) => {
    expect(toCsatScale(value, scale)).toBeCloseTo(expected, 10);
  });

  it('is the mean of the normalised ratings, to two decimals; null without ratings', () => {
    // care 4/5 → 4; food 6/10 → 1 + 4*5/9 = 3.222…; mean 3.611… → 3.61
    expect(csatFromAnswers(questions, { recommend: 9, care: 4, food: 6 })).toBe(3.61);
    expect(csatFromAnswers(questions, { recommend: 9 })).toBeNull();
  });
});

describe('combineSentiment', () => {
  it.each<[string, SentimentSignals, Sentiment | null]>([
    ['nothing to judge', { npsScore: null, csatScore: null, textScore: null }, null],
    ['a promoter alone', { npsScore: 9, csatScore: null, textScore: null }, 'POSITIVE'],
    ['a passive alone', { npsScore: 8, csatScore: null, textScore: null }, 'NEUTRAL'],
    ['a detractor alone', { npsScore: 6, csatScore: null, textScore: null }, 'NEGATIVE'],
    ['a detractor with warm words', { npsScore: 3, csatScore: null, textScore: 0.8 }, 'NEUTRAL'],
    ['a passive with angry words', { npsScore: 7, csatScore: null, textScore: -0.5 }, 'NEGATIVE'],
    ['a promoter, middling CSAT, flat text (mean 1/3)', { npsScore: 10, csatScore: 3.5, textScore: 0 }, 'POSITIVE'],
    ['a detractor, middling CSAT, flat text (mean -1/3)', { npsScore: 2, csatScore: 3, textScore: 0.05 }, 'NEGATIVE'],
    ['CSAT 4 is satisfied', { npsScore: null, csatScore: 4, textScore: null }, 'POSITIVE'],
    ['CSAT just under 3 is not', { npsScore: null, csatScore: 2.99, textScore: null }, 'NEGATIVE'],
    ['text at the threshold', { npsScore: null, csatScore: null, textScore: -0.1 }, 'NEGATIVE'],
    ['text inside the dead zone', { npsScore: null, csatScore: null, textScore: 0.09 }, 'NEUTRAL'],
    ['all three disagree', { npsScore: 10, csatScore: 3.5, textScore: -1 }, 'NEUTRAL'],
  ])('%s → %s', (_case, signals, expected) => {
    expect(combineSentiment(signals)).toBe(expected);
  });
});

describe('scoreSurveyResponse', () => {
  it.each<[string, Record<string, number | string>, number | null, { npsScore: number | null; sentiment: Sentiment | null; requiresFollowUp: boolean }]>([
    [
      'a detractor is followed up even with kind words',
      { recommend: 5, comments: 'lovely staff' },
      0.9,
      { npsScore: 5, sentiment: 'NEUTRAL', requiresFollowUp: true },
    ],
    [
      'a passive with a complaint is followed up',
      { recommend: 7, comments: 'rude nurse' },
      -0.9,
      { npsScore: 7, sentiment: 'NEGATIVE', requiresFollowUp: true },
    ],
    ['a happy promoter is not', { recommend: 10, care: 5 }, null, { npsScore: 10, sentiment: 'POSITIVE', requiresFollowUp: false }],
    ['a passive with nothing else is not', { recommend: 8 }, null, { npsScore: 8, sentiment: 'NEUTRAL', requiresFollowUp: false }],
  ])('%s', (_case, answers, textScore, expected) => {
    expect(scoreSurveyResponse(questions, answers, textScore)).toMatchObject(expected);
  });

  it('hands the analyser every free-text answer in question order', () => {
    expect(freeTextOf(questions, { recommend: 1, more: 'second', comments: 'first' })).toBe('first\nsecond');
  });
});

describe('NPS from grouped counts', () => {
  it('equals computeNps on the raw scores: 5 promoters, 2 passives, 3 detractors → 20', () => {
    const counts = new Map([
      [10, 3],
      [9, 2],
      [8, 1],
      [7, 1],
      [6, 2],
      [0, 1],
    ]);
    expect(npsFromCounts(counts)).toMatchObject({ nps: 20, promoters: 5, passives: 2, detractors: 3, total: 10 });
    expect(npsDistribution(counts).map((d) => d.count)).toEqual([1, 0, 0, 0, 0, 0, 2, 1, 1, 2, 3]);
  });

  it('maps categories onto answer ranges', () => {
    expect(NPS_SCORE_RANGES.DETRACTOR).toEqual({ gte: 0, lte: 6 });
    expect(NPS_SCORE_RANGES.PROMOTER).toEqual({ gte: 9, lte: 10 });
  });
});
