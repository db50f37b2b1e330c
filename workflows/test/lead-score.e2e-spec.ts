import { randomUUID } from 'node:crypto';
import { nextLeadNumber } from '@hospital-crm/db';
import { scoreLead } from '@hospital-crm/domain';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';
import { leadScoreWorkflowId, recomputeScoreSignal, WORKFLOW_TYPES } from '../src/shared';

let h: WorkerHarness;
let prisma: WorkerHarness['prisma'];
let client: WorkerHarness['client'];
let taskQueue: string;

beforeAll(async () => {
  h = await startWorkerHarness();
  ({ prisma, client, taskQueue } = h);
}, 120_000);
afterAll(() => h.stop());

async function createLead() {
  const hospital = await prisma.hospital.create({ data: { name: 'Score test', code: `SC${randomUUID().slice(0, 6).toUpperCase()}` } });
  return prisma.$transaction(async (tx) =>
    tx.cRMLead.create({
      data: {
        hospitalId: hospital.id,
        leadNumber: await nextLeadNumber(tx, hospital.id),
        firstName: 'Asha',
        lastName: 'Verma',
        source: 'REFERRAL_DOCTOR',
        interestedIn: ['Cardiology'],
      },
    }),
  );
}

function recompute(leadId: string) {
  return client.workflow.signalWithStart(WORKFLOW_TYPES.leadScore, {
    workflowId: leadScoreWorkflowId(leadId),
    taskQueue,
    args: [leadId],
    signal: recomputeScoreSignal,
  });
}

describe('lead-score workflow', () => {
  it('stores the formula score and its breakdown, and raises it after a communication is logged', async () => {
    const lead = await createLead();
    const first = await (await recompute(lead.id)).result();
    // Referral doctor 20 + interest signals 5; no communications yet.
    expect(first).toBe(25);
    const stored = await prisma.cRMLead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(stored.score).toBe(25);
    expect(stored.scoreBreakdown).toEqual({ sourceQuality: 20, engagement: 0, responseRate: 0, recency: 0, interestSignals: 5 });

    await prisma.cRMCommunication.create({
      data: { hospitalId: lead.hospitalId, leadId: lead.id, channel: 'PHONE_CALL', direction: 'OUTBOUND', status: 'RESPONDED', outcome: 'Interested' },
    });
    const second = await (await recompute(lead.id)).result();
    // + engagement 3, response rate 20 (1 of 1 answered), recency 15 (contacted just now).
    expect(second).toBe(63);
    expect(second).toBe(
      scoreLead(
        {
          source: 'REFERRAL_DOCTOR',
          communicationCount: 1,
          respondedCount: 1,
          lastContactAt: new Date(),
          interestedIn: ['Cardiology'],
          preferredDoctorId: null,
          preferredDate: null,
        },
        new Date(),
      ).total,
    );
    const changes = await prisma.cRMActivity.findMany({ where: { leadId: lead.id, activityType: 'SCORE_CHANGED' }, orderBy: { createdAt: 'asc' } });
    expect(changes.map((c) => c.title)).toEqual(['Score changed from 0 to 25', 'Score changed from 25 to 63']);
  }, 60_000);

  it('is idempotent: recomputing unchanged inputs writes no new timeline entry', async () => {
    const lead = await createLead();
    await (await recompute(lead.id)).result();
    await (await recompute(lead.id)).result();
    expect(await prisma.cRMActivity.count({ where: { leadId: lead.id, activityType: 'SCORE_CHANGED' } })).toBe(1);
  }, 60_000);

  it('folds signals sent while running into one more pass under the same workflow id', async () => {
    const lead = await createLead();
    const handles = await Promise.all([recompute(lead.id), recompute(lead.id), recompute(lead.id)]);
    expect(new Set(handles.map((h) => h.firstExecutionRunId)).size).toBe(1);
    expect(await handles[0].result()).toBe(25);
  }, 60_000);
});
