import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { bodyCipherFromEnv, queueOutboundCommunication } from '@hospital-crm/db';
import { communicationWorkflowId, WORKFLOW_TYPES } from '../src/shared';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';
import { twilioMessagesTo, twilioRule, uniquePhone } from './support/channel-stand-ins';
import { startWorkerProcess, until } from './support/killable-worker';

// A worker SIGKILLed while the provider call is in flight: the retry on another worker must
// find the message Twilio already took (no duplicate) and record it, not send it again.
const cipher = bodyCipherFromEnv();

describe('a worker killed during a send', () => {
  let h: WorkerHarness | undefined;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await h?.stop();
  });

  it('sends the message once, not twice, after a restart', async () => {
    const taskQueue = `crash-${randomUUID()}`;
    child = await startWorkerProcess(taskQueue);
    const prisma = (await import('@hospital-crm/db')).createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 2 });
    try {
      const hospital = await prisma.hospital.create({ data: { name: 'Crash', code: `CR${randomUUID().slice(0, 6).toUpperCase()}` } });
      const phone = uniquePhone();
      // Twilio takes 6 s to answer this number: long enough to kill the worker mid-call.
      await twilioRule({ to: phone, delayMs: 6000 });
      const id = await prisma.$transaction((tx) =>
        queueOutboundCommunication(tx, cipher, {
          hospitalId: hospital.id,
          channel: 'WHATSAPP',
          toAddress: phone,
          body: 'Your discharge papers are ready',
          isMarketing: false,
        }),
      );
      const { Client, Connection } = await import('@temporalio/client');
      const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
      const handle = await client.workflow.start(WORKFLOW_TYPES.communication, { taskQueue, workflowId: communicationWorkflowId(id), args: [id, {}] });

      // The attempt has begun (marker written) and the request is with the provider: kill.
      await until(async () => ((await prisma.cRMCommunication.findUniqueOrThrow({ where: { id } })).dispatchStartedAt ? true : undefined), 30_000);
      // (A moment for the request to leave: the first Twilio call in a fresh process loads its modules.)
      await new Promise((r) => setTimeout(r, 3000));
      child.kill('SIGKILL');
      // Twilio still finishes what it was given.
      await until(async () => ((await twilioMessagesTo(phone)).length === 1 ? true : undefined), 15_000);

      // A new worker picks the activity up after the heartbeat timeout.
      h = await startWorkerHarness(taskQueue);
      expect(await handle.result()).toEqual({ phase: 'sent' });
      const received = await twilioMessagesTo(phone);
      expect(received).toHaveLength(1);
      const row = await prisma.cRMCommunication.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'SENT', providerMessageId: received[0].message.sid, dispatchStartedAt: null });
      await client.connection.close();
    } finally {
      await prisma.$disconnect();
    }
  }, 90_000);
});
