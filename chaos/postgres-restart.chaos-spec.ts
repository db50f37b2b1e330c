import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { createPrismaClient } from '@hospital-crm/db';
import { campaignWorkflowId, launchCampaignUpdate, WORKFLOW_TYPES } from '../workflows/src/shared';
import { draftCampaign } from '../workflows/test/support/campaign-fixtures';
import { twilioCounts } from '../workflows/test/support/channel-stand-ins';
import { startWorkerProcess, until } from '../workflows/test/support/killable-worker';
import { createTestApp, type TestApp } from '../api/test/support/test-app';
import { createHospital, tokenFor } from '../api/test/support/fixtures';
import { killNow, prebuiltBundle } from './support/kill-loop';
import { leadLoad, type LoadAnswer } from './support/api-load';
import { chaosEnv, recordChaos, tally, verdict } from './support/results';

// The API under a load of writes and a worker mid-campaign, on a PostgreSQL cluster of their own
// that is stopped (fast, then immediate: a crash) and started again. While it is down the API
// answers 503 in the envelope, never 500 and never silence; afterwards it serves again without a
// restart, every acknowledged write is there, and the campaign ends with everyone sent once.
const RECIPIENTS = 1_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pgCtl = (name: string) => {
  const [cmd, ...args] = JSON.parse(chaosEnv(name)) as string[];
  const result = spawnSync(cmd, args, { stdio: 'pipe', encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${result.stderr}`);
};

it('the API and the worker ride out PostgreSQL restarts: 503 while down, nothing lost, nothing twice', async () => {
  const databaseUrl = chaosEnv('CHAOS_PG_URL');
  process.env.DATABASE_URL = databaseUrl;
  const t: TestApp = await createTestApp();
  const prisma = createPrismaClient({ url: databaseUrl, poolSize: 2 });
  let worker: ChildProcess | undefined;
  let workerRestarts = 0;
  const answers: LoadAnswer[] = [];
  const outages: Array<{ from: number; to: number }> = [];
  try {
    const h = await createHospital(t.prisma, 'PG');
    const token = await tokenFor(t, h.users.admin.email);

    const taskQueue = `chaos-pg-${randomUUID()}`;
    const env = { ...process.env, DATABASE_URL: databaseUrl, WORKFLOW_BUNDLE_PATH: await prebuiltBundle() };
    worker = await startWorkerProcess(taskQueue, env);
    const fixture = await draftCampaign(prisma, RECIPIENTS, { rateLimits: { WHATSAPP: 60 } });
    const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
    const handle = await client.workflow.start(WORKFLOW_TYPES.campaign, {
      taskQueue,
      workflowId: campaignWorkflowId(fixture.campaignId),
      args: [fixture.campaignId, {}],
    });
    await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
    await client.connection.close();

    for (const mode of ['CHAOS_PG_STOP_FAST', 'CHAOS_PG_STOP_IMMEDIATE']) {
      const load = leadLoad(t, token, 6);
      await sleep(3_000);
      const from = Date.now();
      pgCtl(mode);
      await sleep(6_000);
      pgCtl('CHAOS_PG_START');
      outages.push({ from, to: Date.now() });
      await sleep(5_000);
      await load.stop();
      answers.push(...load.answers);
    }
    await until(async () => {
      if (worker && worker.exitCode !== null) {
        worker = await startWorkerProcess(taskQueue, env);
        workerRestarts += 1;
      }
      return (await prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } })).status === 'COMPLETED' ? true : undefined;
    }, 300_000);

    // What the API said: 201 or, while the database was away, 503 SERVICE_UNAVAILABLE in the envelope.
    const during = (a: LoadAnswer) => outages.some((o) => a.at >= o.from && a.at <= o.to);
    const wrong = answers.filter((a) => a.status !== 201 && !(a.status === 503 && a.code === 'SERVICE_UNAVAILABLE' && a.enveloped));
    const unavailable = answers.filter((a) => a.status === 503 && during(a)).length;
    const recoveredAfter = outages.map((o) => answers.some((a) => a.status === 201 && a.at > o.to));
    const acked = answers.filter((a) => a.leadId);
    const stored = await prisma.cRMLead.groupBy({ by: ['phone'], where: { hospitalId: h.id }, _count: { _all: true } });
    const storedCount = new Map(stored.map((s) => [s.phone, s._count._all]));
    const writes = tally(Object.fromEntries(acked.map((a) => [a.phone, storedCount.get(a.phone) ?? 0])));
    const apiProblems = [
      ...(wrong.length ? [`${wrong.length} answers neither 201 nor an enveloped 503 (${[...new Set(wrong.map((w) => w.status))].join(', ')})`] : []),
      ...(unavailable ? [] : ['no 503 while the database was down']),
      ...(recoveredAfter.every(Boolean) ? [] : ['no successful write after a restart']),
    ];
    const sends = tally(await twilioCounts(fixture.phones));
    const campaign = await prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } });
    const sendProblems = [
      ...(campaign.sentCount !== RECIPIENTS ? [`sentCount ${campaign.sentCount}`] : []),
      ...(workerRestarts ? [`worker exited ${workerRestarts}×`] : []),
    ];
    recordChaos('5-postgres-restart', [
      {
        fault: `PostgreSQL stop (fast, immediate) + start under API load: acknowledged writes (${unavailable} × 503 while down)`,
        runs: outages.length,
        ...writes,
        result: verdict(writes, apiProblems),
      },
      { fault: `PostgreSQL stop + start mid-campaign: worker (${RECIPIENTS} WhatsApp)`, runs: outages.length, ...sends, result: verdict(sends, sendProblems) },
    ]);
    expect({ writes, apiProblems, sends, sendProblems }).toEqual({
      writes: { expected: acked.length, duplicates: 0, losses: 0 },
      apiProblems: [],
      sends: { expected: RECIPIENTS, duplicates: 0, losses: 0 },
      sendProblems: [],
    });
  } finally {
    if (worker) await killNow(worker);
    await t.close();
    await prisma.$disconnect();
  }
});
