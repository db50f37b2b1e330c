import { defineSignal } from '@temporalio/workflow';

// The `survey-<surveyId>-<visitId>` workflow's input, result, signal and timing.

/** The visit a post-visit or post-discharge survey is about (the workflow id uses its id). */
export interface SurveyVisit {
  kind: 'APPOINTMENT' | 'ADMISSION';
  id: string;
}

export interface SurveyWorkflowInput {
  hospitalId: string;
  surveyId: string;
  visit: SurveyVisit;
  /** ISO instant the appointment was completed or the patient discharged; the delay counts from it. */
  visitEndedAt: string;
}

/**
 * answered: the patient responded; expired: the link ran out unanswered (after one reminder);
 * not-sent: nothing went out (auto-surveys switched off meanwhile, survey inactive, no address,
 * address suppressed, the send failed, or the visit was already surveyed), with the reason.
 */
export type SurveyOutcome = { outcome: 'answered' | 'expired'; invitationId: string } | { outcome: 'not-sent'; reason: string; invitationId?: string };

/** The patient submitted the survey: the workflow sends no reminder and ends. */
export const surveyAnsweredSignal = defineSignal('surveyAnswered');

const HOUR_MS = 3_600_000;
/** How long a survey link works after the invitation goes out. */
export const SURVEY_LINK_TTL_MS = 7 * 24 * HOUR_MS;
/** One reminder this long after the invitation, if still unanswered (well inside the link's life). */
export const SURVEY_REMINDER_AFTER_MS = 48 * HOUR_MS;
