import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { bodyCipherFromEnv, createPrismaClient, queueOutboundCommunication } from '@hospital-crm/db';
import { communicationStateQuery, communicationWorkflowId, WORKFLOW_TYPES } from '../src/shared';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';
import { twilioMessagesTo, uniquePhone } from './support/channel-stand-ins';
import { startWorkerProcess, until } from './support/killable-worker';
import { killMidSend, slowTwilioFor } from './support/kill-mid-send';

// A scheduled message whose worker is SIGKILLed twice: while it waits for its time, and during
// the provider call at that time. It goes out once, not before its time, and ends SENT.
const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 2 });
let h: WorkerHarness | undefined;
let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await h?.stop();
  await prisma.$disconnect();
});

it('a scheduled send survives a worker killed while waiting and again mid-call: sent once, on time', async () => {
  const taskQueue = `crash-scheduled-${randomUUID()}`;
  const hospital = await prisma.hospital.create({ data: { name: 'Crash', code: `CS${randomUUID().slice(0, 6).toUpperCase()}` } });
  const phone = uniquePhone();
  await slowTwilioFor(phone);
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  try {
    child = await startWorkerProcess(taskQueue);
    // Due shortly after the worker is up.
    const scheduledFor = new Date(Date.now() + 5_000);
    const id = await prisma.$transaction((tx) =>
      queueOutboundCommunication(tx, bodyCipherFromEnv(), {
        hospitalId: hospital.id,
        channel: 'WHATSAPP',
        toAddress: phone,
        body: 'Reminder: your scan is tomorrow at 9:00',
        isMarketing: false,
        scheduledFor,
      }),
    );
    const handle = await client.workflow.start(WORKFLOW_TYPES.communication, {
      taskQueue,
      workflowId: communicationWorkflowId(id),
      args: [id, { sendAt: scheduledFor.toISOString() }],
    });
    // Killed while the workflow waits for its time (its timer lives in Temporal, not in the worker).
    await until(async () => ((await handle.query(communicationStateQuery)).phase === 'waiting' ? true : undefined), 15_000);
    child.kill('SIGKILL');
    child = await startWorkerProcess(taskQueue);
    // At its time the send begins; Twilio takes it and answers late: killed mid-call.
    await killMidSend(child, phone);
    child = undefined;

    h = await startWorkerHarness(taskQueue);
    expect(await handle.result()).toEqual({ phase: 'sent' });
    const received = await twilioMessagesTo(phone);
    expect(received).toHaveLength(1);
    const row = await prisma.cRMCommunication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'SENT', providerMessageId: received[0].message.sid, dispatchStartedAt: null });
    expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(scheduledFor.getTime());
  } finally {
    await client.connection.close();
  }
}, 90_000);
