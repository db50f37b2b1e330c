import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { campaignWorkflowId, launchCampaignUpdate, WORKFLOW_TYPES } from '../src/shared';
import type { campaignWorkflow } from '../src/workflows/campaign.workflow';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';
import { twilioCounts } from './support/channel-stand-ins';
import { startWorkerProcess, until } from './support/killable-worker';
import { draftCampaign } from './support/campaign-fixtures';

// A campaign to a few thousand people on the real Temporal server and the local Twilio fake; the
// worker is SIGKILLed mid-send and another takes over. Everyone gets exactly one message and the
// campaign's counters equal its ledger.
const RECIPIENTS = 2_000;

describe('a worker killed in the middle of a campaign', () => {
  let h: WorkerHarness | undefined;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await h?.stop();
  });

  it('sends every recipient exactly one message after a restart, and the counters match the ledger', async () => {
    const taskQueue = `campaign-crash-${randomUUID()}`;
    child = await startWorkerProcess(taskQueue);
    const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
    h = await startWorkerHarness(`unused-${randomUUID()}`);
    const { prisma } = h;
    // 250 messages a second: the campaign takes about eight seconds, so the kill lands mid-send.
    const fixture = await draftCampaign(prisma, RECIPIENTS, { rateLimits: { WHATSAPP: 250 } });
    const handle = await client.workflow.start<typeof campaignWorkflow>(WORKFLOW_TYPES.campaign, {
      taskQueue,
      workflowId: campaignWorkflowId(fixture.campaignId),
      args: [fixture.campaignId, {}],
    });
    expect(await handle.executeUpdate(launchCampaignUpdate, { args: [{}] })).toMatchObject({ status: 'RUNNING', totalRecipients: RECIPIENTS });

    const sentSoFar = () => prisma.cRMCampaignRecipient.count({ where: { campaignId: fixture.campaignId, status: 'SENT' } });
    await until(async () => ((await sentSoFar()) >= 400 ? true : undefined), 60_000);
    child.kill('SIGKILL');
    const atKill = await sentSoFar();
    expect(atKill).toBeLessThan(RECIPIENTS);

    // The replacement worker on the same task queue picks the batch up after the heartbeat timeout.
    const replacement = await startWorkerHarness(taskQueue);
    try {
      const done = await handle.result();
      expect(done).toMatchObject({ status: 'COMPLETED', totalRecipients: RECIPIENTS });
      const counts = await twilioCounts(fixture.phones);
      const histogram = Object.values(counts).reduce<Record<number, number>>((acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }), {});
      expect(histogram).toEqual({ 1: RECIPIENTS });

      const ledger = await prisma.cRMCampaignRecipient.groupBy({ by: ['status'], where: { campaignId: fixture.campaignId }, _count: { _all: true } });
      expect(ledger.map((g) => [g.status, g._count._all])).toEqual([['SENT', RECIPIENTS]]);
      const campaign = await prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } });
      expect({ sent: campaign.sentCount, failed: campaign.failedCount, status: campaign.status }).toEqual({ sent: RECIPIENTS, failed: 0, status: 'COMPLETED' });
      expect(await prisma.cRMCommunication.count({ where: { campaignId: fixture.campaignId, status: 'SENT' } })).toBe(RECIPIENTS);
    } finally {
      await replacement.stop();
      await client.connection.close();
    }
  }, 180_000);
});
