import { defineSignal } from '@temporalio/workflow';

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

export const WORKFLOW_TYPES = {
  leadScore: 'leadScoreWorkflow',
  nightlyLeadScore: 'nightlyLeadScoreWorkflow',
  leadImport: 'leadImportWorkflow',
  task: 'taskWorkflow',
} as const;
