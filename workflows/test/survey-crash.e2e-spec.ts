import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { createPrismaClient } from '@hospital-crm/db';
import { startSurveyWorkflow } from '../src/surveys';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';
import { twilioMessagesTo, uniquePhone } from './support/channel-stand-ins';
import { startWorkerProcess, until } from './support/killable-worker';
import { killMidSend, slowTwilioFor } from './support/kill-mid-send';
import { completedVisit, postVisitSurveyHospital } from './support/survey-fixtures';

// A post-visit survey whose worker is SIGKILLed during the invitation's provider call: the
// patient gets one invitation, recorded as sent, with one invitation row.
const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 2 });
let h: WorkerHarness | undefined;
let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await h?.stop();
  await prisma.$disconnect();
});

it('a survey invitation survives a worker killed mid-call: one message, one invitation, recorded sent', async () => {
  const taskQueue = `crash-survey-${randomUUID()}`;
  const { hospital, survey } = await postVisitSurveyHospital(prisma, 'Crash surveys', 'SC');
  const phone = uniquePhone();
  await slowTwilioFor(phone);
  const { visit, ended } = await completedVisit(prisma, hospital.id, { firstName: 'Asha', lastName: 'Crash', phone });
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  let workflowId: string | undefined;
  try {
    child = await startWorkerProcess(taskQueue);
    ({ workflowId } = await startSurveyWorkflow(client, taskQueue, {
      hospitalId: hospital.id,
      surveyId: survey.id,
      visit: { kind: 'APPOINTMENT', id: visit.id },
      visitEndedAt: ended.toISOString(),
    }));
    await killMidSend(child, phone);
    child = undefined;

    h = await startWorkerHarness(taskQueue);
    const invitation = await until(async () => {
      const rows = await prisma.cRMSurveyInvitation.findMany({ where: { surveyId: survey.id } });
      return rows.length === 1 && rows[0].sentAt ? rows[0] : undefined;
    }, 60_000);
    expect(await prisma.cRMSurveyInvitation.count({ where: { surveyId: survey.id } })).toBe(1);
    const received = await twilioMessagesTo(phone);
    expect(received).toHaveLength(1);
    const message = await prisma.cRMCommunication.findUniqueOrThrow({ where: { id: invitation.communicationId! } });
    expect(message).toMatchObject({ status: 'SENT', providerMessageId: received[0].message.sid, dispatchStartedAt: null });
  } finally {
    // It would wait two days for the reminder: end it here.
    if (workflowId)
      await client.workflow
        .getHandle(workflowId)
        .terminate('test done')
        .catch(() => undefined);
    await client.connection.close();
  }
}, 90_000);
