import { randomUUID } from 'node:crypto';
import { WORKFLOW_TYPES } from '../src/shared';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';

const DAY = 86_400_000;
let h: WorkerHarness;

beforeAll(async () => {
  h = await startWorkerHarness();
}, 120_000);
afterAll(() => h.stop());

describe('nightly lead score recompute', () => {
  it('decays recency for every lead, across batches and continue-as-new, and leaves fresh scores alone', async () => {
    const hospital = await h.prisma.hospital.create({ data: { name: 'Nightly', code: `NI${randomUUID().slice(0, 6).toUpperCase()}` } });
    // Stored as if scored when last contact was fresh (recency 15): 12 and 40 days on, it decays.
    const stale = (days: number, i: number) => ({
      hospitalId: hospital.id,
      leadNumber: `LD-${hospital.code}-${i}`,
      firstName: `Lead${i}`,
      lastName: 'Nightly',
      source: 'WALK_IN' as const,
      lastContactedAt: new Date(Date.now() - days * DAY),
      score: 25,
      scoreBreakdown: { sourceQuality: 10, engagement: 0, responseRate: 0, recency: 15, interestSignals: 0 },
    });
    await h.prisma.cRMLead.createMany({ data: [stale(12, 1), stale(40, 2), stale(1, 3)] });

    const result = await h.client.workflow.execute(WORKFLOW_TYPES.nightlyLeadScore, {
      taskQueue: h.taskQueue,
      workflowId: `nightly-test-${randomUUID()}`,
      // Tiny batches force many pages (and continue-as-new is exercised by the keyset cursor).
      args: [{ afterId: null, scanned: 0, changed: 0, batchSize: 2, hospitalId: hospital.id }],
    });
    expect(result).toMatchObject({ scanned: 3, changed: 2 });

    const leads = await h.prisma.cRMLead.findMany({ where: { hospitalId: hospital.id }, orderBy: { leadNumber: 'asc' } });
    expect(leads.map((l) => l.score)).toEqual([20, 10, 25]);
    expect(leads[0].scoreBreakdown).toMatchObject({ recency: 10 });
    expect(leads[1].scoreBreakdown).toMatchObject({ recency: 0 });
    // Unchanged scores are not rewritten.
    expect(leads[2].scoredAt).toBeNull();
  }, 120_000);
});
