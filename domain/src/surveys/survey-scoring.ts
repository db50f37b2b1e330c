import type { Sentiment } from '../enums';
import { classifyNps } from '../nps';
import type { SurveyAnswers } from './survey-answers';
import type { SurveyQuestion } from './survey-questions';

/**
 * How a response is scored (documented in the README's Surveys section):
 * - npsScore: the answer to the survey's NPS question (0-10), if it has one and it was answered.
 * - csatScore: the mean of the RATING answers, each mapped linearly onto 1-5
 *   (1 + 4 * (answer - 1) / (scale - 1)), to two decimals; null without rating answers.
 * - sentiment: each available signal votes +1, 0 or -1 — NPS (promoter +1, passive 0, detractor -1),
 *   CSAT (>= 4: +1, < 3: -1, else 0) and the free text's comparative score from a word-list
 *   analyser (>= 0.1: +1, <= -0.1: -1, else 0). The mean of the votes is POSITIVE at >= 1/3,
 *   NEGATIVE at <= -1/3, NEUTRAL between; null when there is no signal at all.
 * - requiresFollowUp: an NPS detractor (0-6) or a NEGATIVE sentiment.
 */
export interface ResponseScores {
  npsScore: number | null;
  csatScore: number | null;
  sentiment: Sentiment | null;
  requiresFollowUp: boolean;
}

export interface SentimentSignals {
  npsScore: number | null;
  csatScore: number | null;
  /** The text analyser's comparative score (score per word), or null when there was no text. */
  textScore: number | null;
}

export const TEXT_SENTIMENT_THRESHOLD = 0.1;

export function npsAnswer(questions: readonly SurveyQuestion[], answers: SurveyAnswers): number | null {
  const question = questions.find((q) => q.type === 'NPS');
  const value = question ? answers[question.id] : undefined;
  return typeof value === 'number' ? value : null;
}

/** A rating of `value` on 1..scale, on the CSAT scale 1..5. */
export function toCsatScale(value: number, scale: number): number {
  return 1 + (4 * (value - 1)) / (scale - 1);
}

export function csatFromAnswers(questions: readonly SurveyQuestion[], answers: SurveyAnswers): number | null {
  const ratings = questions.filter((q) => q.type === 'RATING' && typeof answers[q.id] === 'number').map((q) => toCsatScale(answers[q.id] as number, q.scale!));
  if (!ratings.length) return null;
  return Math.round((ratings.reduce((sum, r) => sum + r, 0) / ratings.length) * 100) / 100;
}

/** The free-text answers in question order, for the text analyser. */
export function freeTextOf(questions: readonly SurveyQuestion[], answers: SurveyAnswers): string {
  return questions
    .filter((q) => q.type === 'TEXT' && typeof answers[q.id] === 'string')
    .map((q) => answers[q.id] as string)
    .join('\n');
}

const vote = (value: number, positiveFrom: number, negativeBelow: number) => (value >= positiveFrom ? 1 : value < negativeBelow ? -1 : 0);

export function combineSentiment({ npsScore, csatScore, textScore }: SentimentSignals): Sentiment | null {
  const votes: number[] = [];
  if (npsScore !== null) votes.push({ PROMOTER: 1, PASSIVE: 0, DETRACTOR: -1 }[classifyNps(npsScore)]);
  if (csatScore !== null) votes.push(vote(csatScore, 4, 3));
  if (textScore !== null) votes.push(textScore >= TEXT_SENTIMENT_THRESHOLD ? 1 : textScore <= -TEXT_SENTIMENT_THRESHOLD ? -1 : 0);
  if (!votes.length) return null;
  // mean >= 1/3 ⇔ 3 * sum >= count: whole numbers, no rounding at the boundary.
  const sum = votes.reduce((a, b) => a + b, 0);
  if (3 * sum >= votes.length) return 'POSITIVE';
  if (3 * sum <= -votes.length) return 'NEGATIVE';
  return 'NEUTRAL';
}

export function needsFollowUp(npsScore: number | null, sentiment: Sentiment | null): boolean {
  return (npsScore !== null && classifyNps(npsScore) === 'DETRACTOR') || sentiment === 'NEGATIVE';
}

/** Every score of a validated response; textScore comes from the analyser run on freeTextOf(...). */
export function scoreSurveyResponse(questions: readonly SurveyQuestion[], answers: SurveyAnswers, textScore: number | null): ResponseScores {
  const npsScore = npsAnswer(questions, answers);
  const csatScore = csatFromAnswers(questions, answers);
  const sentiment = combineSentiment({ npsScore, csatScore, textScore });
  return { npsScore, csatScore, sentiment, requiresFollowUp: needsFollowUp(npsScore, sentiment) };
}
