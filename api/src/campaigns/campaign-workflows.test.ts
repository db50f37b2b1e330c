import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { CampaignProgress } from '@hospital-crm/workflows';
import type { ApiError } from '../common/envelope';
import type { TemporalClient } from '../common/temporal/temporal.module';
import type { TemporalConfig } from '../config/configuration';
import { CampaignWorkflows } from './campaign-workflows';

const RUNNING: CampaignProgress = { status: 'RUNNING', totalRecipients: 3, processed: 0, sent: 0, failed: 0, skipped: 0, unknown: 0 };

/** A Temporal client whose handle answers (or throws) what the test says; it records the start options. */
function clientThat(answer: () => Promise<unknown>) {
  const started: unknown[] = [];
  const handle = { executeUpdate: answer, query: answer, terminate: answer };
  const client = {
    workflow: { start: async (type: string, options: unknown) => started.push({ type, options }), getHandle: () => handle },
    withDeadline: (_deadline: number, fn: () => Promise<unknown>) => fn(),
  };
  const workflows = new CampaignWorkflows(client as unknown as TemporalClient, { taskQueue: 'q' } as TemporalConfig);
  return { workflows, started };
}

const gone = async () => 'Campaign c1 is DRAFT: launch it first';

async function refusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as ApiError;
  return { status: error.getStatus(), message: error.message };
}

describe('CampaignWorkflows', () => {
  it('starts campaign-<id> joining an existing run, then answers with the progress the launch Update confirmed', async () => {
    const { workflows, started } = clientThat(async () => RUNNING);
    await expect(workflows.launch('c1', undefined, gone)).resolves.toEqual(RUNNING);
    expect(started).toEqual([
      { type: 'campaignWorkflow', options: { workflowId: 'campaign-c1', taskQueue: 'q', args: ['c1'], workflowIdConflictPolicy: 'USE_EXISTING' } },
    ]);
  });

  it('turns a refusal by the workflow into 409 with its reason', async () => {
    const { workflows } = clientThat(() => Promise.reject(new WorkflowUpdateFailedError('Update failed', new Error('A paused campaign cannot be paused'))));
    expect(await refusal(workflows.pause('c1', gone))).toEqual({ status: 409, message: 'A paused campaign cannot be paused' });
  });

  it('turns a missing or finished workflow into 409 saying where the campaign is', async () => {
    const missing = clientThat(() => Promise.reject(new WorkflowNotFoundError('not found', 'campaign-c1', undefined)));
    expect(await refusal(missing.workflows.cancel('c1', gone))).toEqual({ status: 409, message: 'Campaign c1 is DRAFT: launch it first' });
    await expect(missing.workflows.progress('c1')).resolves.toBeNull();
    const finished = clientThat(() => Promise.reject(new Error('workflow execution already completed')));
    expect((await refusal(finished.workflows.resume('c1', gone))).status).toBe(409);
  });

  it('answers 503 when Temporal cannot be reached, and discarding a draft’s workflow never fails', async () => {
    const { workflows } = clientThat(() => Promise.reject(new Error('14 UNAVAILABLE: No connection established')));
    expect(await refusal(workflows.reschedule('c1', new Date('2030-01-01T00:00:00Z'), gone))).toEqual({
      status: 503,
      message: 'The campaign scheduler is unavailable; nothing was changed. Try again shortly.',
    });
    await expect(workflows.progress('c1')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expect(workflows.discard('c1')).resolves.toBeUndefined();
  });
});
