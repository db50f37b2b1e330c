import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { campaignWorkflowId, launchCampaignUpdate, WORKFLOW_TYPES } from '../workflows/src/shared';
import { draftCampaign } from '../workflows/test/support/campaign-fixtures';
import { standIns, twilioCounts, type FakeTwilioRule } from '../workflows/test/support/channel-stand-ins';
import { startWorkerProcess, until } from '../workflows/test/support/killable-worker';
import { killNow, prebuiltBundle } from './support/kill-loop';
import { draftEmailCampaign, emailCounts } from './support/email-campaign';
import { recordChaos, tally, verdict, type ChaosRow } from './support/results';

// Twilio goes down in every way a provider can (5xx, 429, garbage, silence beyond the client
// timeout) while a WhatsApp campaign and an email campaign run on the same worker: the email
// campaign finishes during the outage, and once Twilio is back the WhatsApp one finishes too,
// everyone exactly once.
const WHATSAPP = 500;
const EMAIL = 300;
const TIMEOUT_MS = 1_000;
const OUTAGE: Array<[string, FakeTwilioRule]> = [
  ['503', { status: 503 }],
  ['429', { status: 429, code: 20429 }],
  ['HTML instead of JSON', { status: 200, body: '<html><body>Bad gateway</body></html>' }],
  ['500 with a body that is not JSON', { status: 500, body: 'upstream connect error' }],
  ['no answer within the timeout', { delayMs: TIMEOUT_MS + 1_500, status: 503 }],
];

const outage = async (rule: FakeTwilioRule | Record<string, never>) => {
  const res = await fetch(`${standIns().twilioUrl}/__fake/outage`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (!res.ok) throw new Error(`outage: ${res.status} ${await res.text()}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const status = async (prisma: PrismaClient, id: string) => (await prisma.cRMCampaign.findUniqueOrThrow({ where: { id } })).status;
const launchOn = async (client: Client, taskQueue: string, campaignId: string) => {
  const handle = await client.workflow.start(WORKFLOW_TYPES.campaign, { taskQueue, workflowId: campaignWorkflowId(campaignId), args: [campaignId, {}] });
  await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
};
const workerEnv = async () => ({ ...process.env, PROVIDER_TIMEOUT_MS: String(TIMEOUT_MS), WORKFLOW_BUNDLE_PATH: await prebuiltBundle() });

it('a Twilio outage of every kind holds up nothing else, and WhatsApp sends resume exactly once when it ends', async () => {
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  let worker: ChildProcess | undefined;
  try {
    const taskQueue = `chaos-outage-${randomUUID()}`;
    worker = await startWorkerProcess(taskQueue, await workerEnv());
    const whatsapp = await draftCampaign(prisma, WHATSAPP, { rateLimits: { WHATSAPP: 200 } });
    const email = await draftEmailCampaign(prisma, EMAIL);
    const launch = (campaignId: string) => launchOn(client, taskQueue, campaignId);

    await outage(OUTAGE[0][1]);
    await launch(whatsapp.campaignId);
    await launch(email.campaignId);
    let emailDoneInOutage = false;
    for (const [, rule] of OUTAGE) {
      await outage(rule);
      await sleep(5_000);
      emailDoneInOutage ||= (await status(prisma, email.campaignId)) === 'COMPLETED';
    }
    emailDoneInOutage ||= (await status(prisma, email.campaignId)) === 'COMPLETED';
    const sentDuringOutage = (await twilioCounts(whatsapp.phones)) as Record<string, number>;
    await outage({});
    await until(async () => ((await status(prisma, whatsapp.campaignId)) === 'COMPLETED' ? true : undefined), 420_000);

    const wa = tally(await twilioCounts(whatsapp.phones));
    const mail = tally(await emailCounts(standIns().motoUrl, email.emails));
    const leaked = Object.values(sentDuringOutage).reduce((a, b) => a + b, 0);
    const rows: ChaosRow[] = [
      {
        fault: `Twilio outage: ${OUTAGE.map(([name]) => name).join(', ')} (${WHATSAPP} WhatsApp)`,
        runs: OUTAGE.length,
        ...wa,
        result: verdict(wa, leaked ? [`${leaked} accepted during the outage`] : []),
      },
      {
        fault: `email campaign during the Twilio outage (${EMAIL} through SES)`,
        runs: 1,
        ...mail,
        result: verdict(mail, emailDoneInOutage ? [] : ['not finished while Twilio was down']),
      },
    ];
    recordChaos('6-provider-outage', rows);
    expect({ wa, mail, emailDoneInOutage, leaked }).toEqual({
      wa: { expected: WHATSAPP, duplicates: 0, losses: 0 },
      mail: { expected: EMAIL, duplicates: 0, losses: 0 },
      emailDoneInOutage: true,
      leaked: 0,
    });
  } finally {
    await outage({}).catch(() => undefined);
    if (worker) await killNow(worker);
    await client.connection.close();
    await prisma.$disconnect();
  }
});

// Twilio takes every message but answers only after the client gave up: the outcome is unknown,
// so the retry asks Twilio's message list instead of sending again. Everyone exactly once, all SENT.
const LATE = 300;
it('Twilio answering after the timeout (the message was accepted): nobody gets it twice, everyone is SENT', async () => {
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  let worker: ChildProcess | undefined;
  try {
    const taskQueue = `chaos-late-${randomUUID()}`;
    worker = await startWorkerProcess(taskQueue, await workerEnv());
    const fixture = await draftCampaign(prisma, LATE, { rateLimits: { WHATSAPP: 100 } });
    await outage({ delayMs: TIMEOUT_MS + 1_500 });
    await launchOn(client, taskQueue, fixture.campaignId);
    await until(async () => ((await status(prisma, fixture.campaignId)) === 'COMPLETED' ? true : undefined), 300_000);

    const sends = tally(await twilioCounts(fixture.phones));
    const ledger = await prisma.cRMCampaignRecipient.groupBy({ by: ['status'], where: { campaignId: fixture.campaignId }, _count: { _all: true } });
    const notSent = ledger.filter((g) => g.status !== 'SENT').map((g) => `${g._count._all} ${g.status}`);
    const campaign = await prisma.cRMCampaign.findUniqueOrThrow({ where: { id: fixture.campaignId } });
    const problems = [...notSent, ...(campaign.sentCount !== LATE ? [`sentCount ${campaign.sentCount}`] : [])];
    recordChaos('7-provider-late-answer', [
      { fault: `Twilio accepts, answers after the ${TIMEOUT_MS} ms timeout (${LATE} WhatsApp)`, runs: 1, ...sends, result: verdict(sends, problems) },
    ]);
    expect({ sends, problems }).toEqual({ sends: { expected: LATE, duplicates: 0, losses: 0 }, problems: [] });
  } finally {
    await outage({}).catch(() => undefined);
    if (worker) await killNow(worker);
    await client.connection.close();
    await prisma.$disconnect();
  }
});
