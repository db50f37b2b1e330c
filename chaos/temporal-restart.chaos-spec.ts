import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { createPrismaClient } from '@hospital-crm/db';
import { campaignWorkflowId, launchCampaignUpdate, WORKFLOW_TYPES } from '../workflows/src/shared';
import { draftCampaign } from '../workflows/test/support/campaign-fixtures';
import { twilioCounts } from '../workflows/test/support/channel-stand-ins';
import { startWorkerProcess, until } from '../workflows/test/support/killable-worker';
import { killNow, prebuiltBundle } from './support/kill-loop';
import { RestartableTemporal } from './support/temporal-server';
import { recordChaos, tally, verdict } from './support/results';

// A campaign on a Temporal server of its own (history in SQLite) that is stopped twice mid-send,
// once cleanly and once with SIGKILL, and started again: the campaign finishes, nobody twice, nobody missed.
const RECIPIENTS = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('a campaign finishes exactly once through two Temporal server restarts', async () => {
  const temporal = new RestartableTemporal();
  await temporal.start();
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const env = { ...process.env, TEMPORAL_ADDRESS: temporal.address, WORKFLOW_BUNDLE_PATH: await prebuiltBundle() };
  let worker: ChildProcess | undefined;
  let workerRestarts = 0;
  try {
    const taskQueue = `chaos-temporal-${randomUUID()}`;
    worker = await startWorkerProcess(taskQueue, env);
    const fixture = await draftCampaign(prisma, RECIPIENTS, { rateLimits: { WHATSAPP: 150 } });
    const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
    const handle = await client.workflow.start(WORKFLOW_TYPES.campaign, {
      taskQueue,
      workflowId: campaignWorkflowId(fixture.campaignId),
      args: [fixture.campaignId, {}],
    });
    await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
    await client.connection.close();

    const settled = () => prisma.cRMCampaignRecipient.count({ where: { campaignId: fixture.campaignId, status: { not: 'PENDING' } } });
    const restarts: Array<'SIGTERM' | 'SIGKILL'> = ['SIGTERM', 'SIGKILL'];
    for (const [i, signal] of restarts.entries()) {
      await until(async () => ((await settled()) >= ((i + 1) * RECIPIENTS) / 3 ? true : undefined), 180_000);
      await temporal.stop(signal);
      await sleep(5_000);
      await temporal.start();
    }
    const status = async () => (await prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } })).status;
    await until(async () => {
      // A worker that gave up while the server was away is started again, as a supervisor would.
      if (worker && worker.exitCode !== null) {
        worker = await startWorkerProcess(taskQueue, env);
        workerRestarts += 1;
      }
      return (await status()) === 'COMPLETED' ? true : undefined;
    }, 300_000);

    const t = tally(await twilioCounts(fixture.phones));
    const campaign = await prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } });
    const sentLedger = await prisma.cRMCampaignRecipient.count({ where: { campaignId: fixture.campaignId, status: 'SENT' } });
    const problems = [
      ...(campaign.sentCount !== sentLedger ? [`sentCount ${campaign.sentCount} ≠ ledger ${sentLedger}`] : []),
      ...(workerRestarts ? [`worker exited ${workerRestarts}× while the server was down`] : []),
    ];
    recordChaos('4-temporal-restart', [
      {
        fault: `Temporal server restart mid-campaign (SIGTERM, then SIGKILL; ${RECIPIENTS} WhatsApp)`,
        runs: restarts.length,
        ...t,
        result: verdict(t, problems),
      },
    ]);
    expect({ ...t, sentCount: campaign.sentCount, sentLedger }).toEqual({
      expected: RECIPIENTS,
      duplicates: 0,
      losses: 0,
      sentCount: RECIPIENTS,
      sentLedger: RECIPIENTS,
    });
  } finally {
    if (worker) await killNow(worker);
    await temporal.stop('SIGTERM');
    await prisma.$disconnect();
  }
});
