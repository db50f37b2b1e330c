import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

// Signals, queries and updates are defined once here and imported by both the worker's
// workflows and the API's client calls. (defineSignal is safe to import outside workflows.)

/** Something that feeds the lead score changed; the lead-score workflow recomputes once more. */
export const recomputeScoreSignal = defineSignal('recomputeScore');

/** A task's due date or reminder lead times changed: the task workflow moves its timers. */
export const taskScheduleChangedSignal = defineSignal<[TaskSchedule]>('taskScheduleChanged');

/** A task was completed or cancelled: its workflow ends without further reminders. */
export const taskClosedSignal = defineSignal('taskClosed');

/** When a task is due and how long before that its assignee hears about it. */
export interface TaskSchedule {
  /** ISO instant. */
  dueAt: string;
  reminderMinutesBefore: number[];
}

/** When a queued or scheduled message should go out; no sendAt means now. */
export interface CommunicationSchedule {
  /** ISO instant. */
  sendAt?: string;
}

/** Where a `communication-<id>` workflow is: waiting for its time, sending, or finished. */
export type CommunicationPhase = 'waiting' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'skipped';

export interface CommunicationState {
  phase: CommunicationPhase;
  /** While waiting: when it will try to send (ISO). */
  sendAt?: string;
  /** Why it failed or was skipped (provider refusal, opt-out, suppression...). */
  reason?: string;
}

/** Cancel a message that has not gone out; refused (the API answers 409) once sending began. */
export const cancelCommunicationUpdate = defineUpdate<CommunicationState>('cancelCommunication');

/** Move a waiting message to another time; refused once sending began. */
export const rescheduleCommunicationUpdate = defineUpdate<CommunicationState, [string]>('rescheduleCommunication');

export const communicationStateQuery = defineQuery<CommunicationState>('communicationState');

export const WORKFLOW_TYPES = {
  leadScore: 'leadScoreWorkflow',
  nightlyLeadScore: 'nightlyLeadScoreWorkflow',
  leadImport: 'leadImportWorkflow',
  task: 'taskWorkflow',
  communication: 'communicationWorkflow',
  survey: 'surveyWorkflow',
  campaign: 'campaignWorkflow',
  birthdayCampaigns: 'birthdayCampaignsWorkflow',
} as const;
