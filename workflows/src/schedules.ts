import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptions } from '@temporalio/client';
import { BIRTHDAY_SCHEDULE_ID, NIGHTLY_SCORE_SCHEDULE_ID } from './shared/workflow-ids';
import { WORKFLOW_TYPES } from './shared/messages';

/** The recurring work: one Temporal Schedule per job. */
function schedules(taskQueue: string): ScheduleOptions[] {
  const starting = (workflowType: string, workflowId: string) => ({ type: 'startWorkflow' as const, workflowType, taskQueue, workflowId, args: [] });
  return [
    {
      scheduleId: NIGHTLY_SCORE_SCHEDULE_ID,
      // 02:00 UTC: quiet for every hospital the network is likely to span.
      spec: { calendars: [{ hour: 2, minute: 0 }] },
      action: starting(WORKFLOW_TYPES.nightlyLeadScore, `${NIGHTLY_SCORE_SCHEDULE_ID}-run`),
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '6 hours' },
    },
    {
      scheduleId: BIRTHDAY_SCHEDULE_ID,
      // Hourly, because hospitals keep different clocks: each pass opens the runs of the hospitals
      // whose local morning send hour has come (domain's BIRTHDAY_SEND_HOUR) and that have none today.
      spec: { intervals: [{ every: '1 hour' }] },
      action: starting(WORKFLOW_TYPES.birthdayCampaigns, `${BIRTHDAY_SCHEDULE_ID}-run`),
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
    },
  ];
}

/**
 * Creates the recurring work as Temporal Schedules (never cron loops). Idempotent: the worker
 * calls it at every start, and an existing schedule is left as it is (operators may pause it).
 */
export async function ensureSchedules(client: Client, taskQueue: string): Promise<void> {
  for (const options of schedules(taskQueue)) {
    try {
      await client.schedule.create(options);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
  }
}
