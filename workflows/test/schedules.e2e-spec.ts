import { ScheduleNotFoundError } from '@temporalio/client';
import { BIRTHDAY_SCHEDULE_ID, NIGHTLY_SCORE_SCHEDULE_ID, WORKFLOW_TYPES } from '../src/shared';
import { ensureSchedules } from '../src/schedules';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';

let h: WorkerHarness;

beforeAll(async () => {
  h = await startWorkerHarness();
}, 120_000);
afterAll(() => h.stop());

describe('recurring work as Temporal Schedules', () => {
  beforeAll(async () => {
    for (const id of [NIGHTLY_SCORE_SCHEDULE_ID, BIRTHDAY_SCHEDULE_ID]) {
      await h.client.schedule
        .getHandle(id)
        .delete()
        .catch((e: unknown) => {
          if (!(e instanceof ScheduleNotFoundError)) throw e;
        });
    }
    // The worker calls it at every start: the second call changes nothing.
    await ensureSchedules(h.client, h.taskQueue);
    await ensureSchedules(h.client, h.taskQueue);
  });

  it('recomputes lead scores every night at 02:00 UTC', async () => {
    const description = await h.client.schedule.getHandle(NIGHTLY_SCORE_SCHEDULE_ID).describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: WORKFLOW_TYPES.nightlyLeadScore, taskQueue: h.taskQueue });
    expect(description.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 2, end: 2, step: 1 }], minute: [{ start: 0, end: 0, step: 1 }] });
  });

  it('opens the day’s birthday campaign runs every hour, so each hospital is served in its own morning', async () => {
    const description = await h.client.schedule.getHandle(BIRTHDAY_SCHEDULE_ID).describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: WORKFLOW_TYPES.birthdayCampaigns, taskQueue: h.taskQueue });
    expect(description.spec.intervals).toEqual([expect.objectContaining({ every: 3_600_000 })]);
  });
});
