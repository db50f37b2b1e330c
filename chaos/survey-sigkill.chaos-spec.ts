import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { createPrismaClient } from '@hospital-crm/db';
import { startSurveyWorkflow } from '../workflows/src/surveys';
import { twilioCounts, uniquePhone } from '../workflows/test/support/channel-stand-ins';
import { completedVisit, postVisitSurveyHospital } from '../workflows/test/support/survey-fixtures';
import { killRepeatedly } from './support/kill-loop';
import { recordChaos, tally, verdict } from './support/results';

// Survey workflows for visits that just ended (no delay), invitations by WhatsApp, while the
// worker is SIGKILLed at random moments: every patient gets exactly one invitation.
const VISITS = 200;

it('survey workflows survive repeated worker SIGKILLs: one invitation per visit', async () => {
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  const workflowIds: string[] = [];
  try {
    const taskQueue = `chaos-survey-${randomUUID()}`;
    const { hospital, survey } = await postVisitSurveyHospital(prisma, 'Chaos surveys', 'CS');
    const phones = Array.from({ length: VISITS }, () => uniquePhone());
    for (const [i, phone] of phones.entries()) {
      const { visit, ended } = await completedVisit(prisma, hospital.id, { firstName: `P${i}`, lastName: 'Chaos', phone });
      const started = await startSurveyWorkflow(client, taskQueue, {
        hospitalId: hospital.id,
        surveyId: survey.id,
        visit: { kind: 'APPOINTMENT', id: visit.id },
        visitEndedAt: ended.toISOString(),
      });
      workflowIds.push(started.workflowId);
    }
    const sent = () => prisma.cRMCommunication.count({ where: { hospitalId: hospital.id, status: { notIn: ['SCHEDULED', 'QUEUED'] } } });
    const kills = await killRepeatedly({ taskQueue, progress: sent, done: async () => (await sent()) >= VISITS, timeoutMs: 300_000 });

    const t = tally(await twilioCounts(phones));
    const invitations = await prisma.cRMSurveyInvitation.count({ where: { surveyId: survey.id } });
    const problems = [
      ...(invitations !== VISITS ? [`${invitations} invitation rows for ${VISITS} visits`] : []),
      ...(kills < 3 ? [`only ${kills} kill(s)`] : []),
    ];
    recordChaos('3-survey-sigkill', [
      { fault: `worker SIGKILL every 1–4 s during survey workflows (${VISITS} visits)`, runs: kills, ...t, result: verdict(t, problems) },
    ]);
    expect({ ...t, problems }).toEqual({ expected: VISITS, duplicates: 0, losses: 0, problems: [] });
  } finally {
    // They would wait two days for the reminder: end them here.
    await Promise.all(
      workflowIds.map((id) =>
        client.workflow
          .getHandle(id)
          .terminate('chaos suite done')
          .catch(() => undefined),
      ),
    );
    await client.connection.close();
    await prisma.$disconnect();
  }
});
