import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { bodyCipherFromEnv, createPrismaClient } from '@hospital-crm/db';
import { communicationWorkflowId, WORKFLOW_TYPES } from '../workflows/src/shared';
import { twilioCounts, uniquePhone } from '../workflows/test/support/channel-stand-ins';
import { scheduleMessages } from './support/scheduled-messages';
import { killRepeatedly } from './support/kill-loop';
import { recordChaos, tally, verdict } from './support/results';

// Hundreds of WhatsApp messages scheduled a few seconds ahead, each its own `communication-<id>`
// workflow, while the worker is SIGKILLed at random moments: each goes out once, at or after its time.
const MESSAGES = 400;

it('scheduled sends survive repeated worker SIGKILLs: each message exactly once', async () => {
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  try {
    const taskQueue = `chaos-scheduled-${randomUUID()}`;
    const phones = Array.from({ length: MESSAGES }, () => uniquePhone());
    // Due over the next 30 seconds.
    const start = Date.now() + 5_000;
    const due = (i: number) => new Date(start + (i * 30_000) / MESSAGES);
    const ids = await scheduleMessages(prisma, bodyCipherFromEnv(), phones, due);
    // As the API starts them: the workflow waits until sendAt (without it, it sends at once).
    for (const [i, id] of ids.entries()) {
      await client.workflow.start(WORKFLOW_TYPES.communication, {
        taskQueue,
        workflowId: communicationWorkflowId(id),
        args: [id, { sendAt: due(i).toISOString() }],
      });
    }
    const settled = () => prisma.cRMCommunication.count({ where: { id: { in: ids }, status: { notIn: ['SCHEDULED', 'QUEUED'] } } });
    const kills = await killRepeatedly({ taskQueue, progress: settled, done: async () => (await settled()) === MESSAGES, timeoutMs: 300_000 });

    const t = tally(await twilioCounts(phones));
    const rows = await prisma.cRMCommunication.findMany({ where: { id: { in: ids } }, select: { status: true, sentAt: true, scheduledFor: true } });
    const early = rows.filter((r) => r.sentAt && r.scheduledFor && r.sentAt < r.scheduledFor).length;
    const notSent = rows.filter((r) => r.status !== 'SENT').length;
    const problems = [
      ...(early ? [`${early} sent before their time`] : []),
      ...(notSent ? [`${notSent} not SENT`] : []),
      ...(kills < 3 ? [`only ${kills} kill(s)`] : []),
    ];
    recordChaos('2-scheduled-sigkill', [
      { fault: `worker SIGKILL every 1–4 s during scheduled sends (${MESSAGES} WhatsApp)`, runs: kills, ...t, result: verdict(t, problems) },
    ]);
    expect({ ...t, problems }).toEqual({ expected: MESSAGES, duplicates: 0, losses: 0, problems: [] });
  } finally {
    await client.connection.close();
    await prisma.$disconnect();
  }
});
