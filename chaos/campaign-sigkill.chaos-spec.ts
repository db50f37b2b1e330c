import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { createPrismaClient } from '@hospital-crm/db';
import { campaignWorkflowId, launchCampaignUpdate, WORKFLOW_TYPES } from '../workflows/src/shared';
import { draftCampaign } from '../workflows/test/support/campaign-fixtures';
import { twilioCounts } from '../workflows/test/support/channel-stand-ins';
import { killRepeatedly } from './support/kill-loop';
import { recordChaos, tally, verdict } from './support/results';

// A campaign to a few thousand people through the Twilio fake while the worker is SIGKILLed again
// and again at random moments: everyone gets exactly one message and the counters equal the ledger.
// Batches of 300 (instead of 2,000) let kills land in several batch activities, across continue-as-new,
// rather than all in one: each kill of the same activity doubles its retry wait (2 s … 5 min,
// campaign.workflow.ts), which made a single-batch run take longer than the suite's budget.
const RECIPIENTS = 1_500;
const BATCH = 300;

it('a campaign survives repeated worker SIGKILLs: one message each, counters equal the ledger', async () => {
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  try {
    const taskQueue = `chaos-campaign-${randomUUID()}`;
    const fixture = await draftCampaign(prisma, RECIPIENTS, { rateLimits: { WHATSAPP: 100 } });
    const handle = await client.workflow.start(WORKFLOW_TYPES.campaign, {
      taskQueue,
      workflowId: campaignWorkflowId(fixture.campaignId),
      args: [fixture.campaignId, { batchSize: BATCH }],
    });
    const settled = () => prisma.cRMCampaignRecipient.count({ where: { campaignId: fixture.campaignId, status: { not: 'PENDING' } } });
    const launched = handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
    const kills = await killRepeatedly({
      taskQueue,
      progress: settled,
      done: async () => (await prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } })).status === 'COMPLETED',
      timeoutMs: 300_000,
    });
    await launched;

    const t = tally(await twilioCounts(fixture.phones));
    const ledger = await prisma.cRMCampaignRecipient.groupBy({ by: ['status'], where: { campaignId: fixture.campaignId }, _count: { _all: true } });
    const campaign = await prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } });
    const sentInLedger = ledger.filter((g) => g.status === 'SENT').reduce((n, g) => n + g._count._all, 0);
    const problems = [
      ...(campaign.sentCount !== sentInLedger ? [`sentCount ${campaign.sentCount} ≠ ledger ${sentInLedger}`] : []),
      ...(campaign.failedCount !== 0 ? [`${campaign.failedCount} failed`] : []),
      ...(kills < 3 ? [`only ${kills} kill(s) landed`] : []),
    ];
    recordChaos('1-campaign-sigkill', [
      {
        fault: `worker SIGKILL every 1–4 s during a campaign (${RECIPIENTS} WhatsApp at 100/s, batches of ${BATCH})`,
        runs: kills,
        ...t,
        result: verdict(t, problems),
      },
    ]);
    expect({ ...t, problems }).toEqual({ expected: RECIPIENTS, duplicates: 0, losses: 0, problems: [] });
    expect(campaign.status).toBe('COMPLETED');
  } finally {
    await client.connection.close();
    await prisma.$disconnect();
  }
});
