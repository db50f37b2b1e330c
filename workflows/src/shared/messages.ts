import { defineSignal } from '@temporalio/workflow';

// Signals, queries and updates are defined once here and imported by both the worker's
// workflows and the API's client calls. (defineSignal is safe to import outside workflows.)

/** Something that feeds the lead score changed; the lead-score workflow recomputes once more. */
export const recomputeScoreSignal = defineSignal('recomputeScore');

export const WORKFLOW_TYPES = {
  leadScore: 'leadScoreWorkflow',
  nightlyLeadScore: 'nightlyLeadScoreWorkflow',
} as const;
