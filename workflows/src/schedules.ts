import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { NIGHTLY_SCORE_SCHEDULE_ID } from './shared/workflow-ids';
import { WORKFLOW_TYPES } from './shared/messages';

/**
 * Creates the recurring work as Temporal Schedules (never cron loops). Idempotent: the worker
 * calls it at every start, and an existing schedule is left as it is (operators may pause it).
 */
export async function ensureSchedules(client: Client, taskQueue: string): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: NIGHTLY_SCORE_SCHEDULE_ID,
      // 02:00 UTC: quiet for every hospital the network is likely to span.
      spec: { calendars: [{ hour: 2, minute: 0 }] },
      action: { type: 'startWorkflow', workflowType: WORKFLOW_TYPES.nightlyLeadScore, taskQueue, workflowId: `${NIGHTLY_SCORE_SCHEDULE_ID}-run`, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '6 hours' },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
}
