import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { Prisma } from '@hospital-crm/db';
import { createLeadImportActivities, type ImportedLeadData, type ImportLeadRowsResult } from '../src/activities/lead-import.activities';
import { leadImportWorkflowId, WORKFLOW_TYPES } from '../src/shared';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';

let h: WorkerHarness;

beforeAll(async () => {
  h = await startWorkerHarness();
}, 120_000);
afterAll(() => h.stop());

async function hospitalWithUser(label: string) {
  const code = `${label}${randomUUID().slice(0, 6).toUpperCase()}`;
  const hospital = await h.prisma.hospital.create({ data: { name: `Import ${code}`, code } });
  const user = await h.prisma.user.create({
    data: { hospitalId: hospital.id, email: `importer.${code}@test.example`, passwordHash: 'x', role: 'RECEPTIONIST', firstName: 'Imp', lastName: 'Orter' },
  });
  return { hospital, user };
}

/** A job as the upload endpoint stores it: valid rows only, each with the line it came from. */
async function createJob(
  hospitalId: string,
  createdById: string | null,
  rows: Array<Partial<ImportedLeadData> | Record<string, unknown>>,
  options: { allowDuplicates?: boolean; fileName?: string } = {},
) {
  return h.prisma.cRMImportJob.create({
    data: {
      hospitalId,
      createdById,
      fileName: options.fileName,
      allowDuplicates: options.allowDuplicates ?? false,
      totalRows: rows.length,
      rows: {
        create: rows.map((data, i) => ({
          line: i + 2,
          data: { firstName: `Row${i + 2}`, lastName: 'Import', source: 'WEBSITE', ...data } as Prisma.InputJsonValue,
        })),
      },
    },
  });
}

const runImport = (jobId: string) =>
  h.client.workflow.execute(WORKFLOW_TYPES.leadImport, { taskQueue: h.taskQueue, workflowId: leadImportWorkflowId(jobId), args: [jobId] });

describe('lead import workflow', () => {
  it('imports the rows as numbered leads, marks duplicates of open leads and per-row failures, and completes the job', async () => {
    const { hospital, user } = await hospitalWithUser('IM');
    const existing = await h.prisma.cRMLead.create({
      data: { hospitalId: hospital.id, leadNumber: `LD-${hospital.code}-OLD`, firstName: 'Old', lastName: 'Lead', source: 'WALK_IN', phone: '+15550001111' },
    });
    const job = await createJob(
      hospital.id,
      user.id,
      [
        {
          phone: '+15550002222',
          email: 'a@import.example',
          interestedIn: ['Cardiology'],
          dateOfBirth: '1980-04-12',
          nextFollowUpAt: '2030-01-02T10:00:00.000Z',
        },
        { phone: '+15550001111' }, // an open lead has this phone
        { gender: 'ALIEN' }, // the database refuses it: only this row fails
        { email: 'a@import.example' }, // the first row, imported moments ago, now has this email
        { firstName: 'Plain', hospitalId: randomUUID(), score: 99 }, // stray keys never reach the lead
      ],
      { fileName: 'spring-camp.csv' },
    );

    const result = await runImport(job.id);
    expect(result).toEqual({ imported: 2, duplicates: 2, failed: 1, pending: 0 });

    const rows = await h.prisma.cRMImportRow.findMany({ where: { jobId: job.id }, orderBy: { line: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['IMPORTED', 'DUPLICATE', 'FAILED', 'DUPLICATE', 'IMPORTED']);
    expect(rows[1].error).toBe(existing.leadNumber);
    expect(rows[2].error).toMatch(/ALIEN|gender|Gender/);
    const leads = await h.prisma.cRMLead.findMany({
      where: { hospitalId: hospital.id, id: { not: existing.id } },
      orderBy: { leadNumber: 'asc' },
      include: { activities: true },
    });
    expect(leads.map((l) => l.leadNumber)).toEqual([`LD-${hospital.code}-000001`, `LD-${hospital.code}-000002`]);
    expect(leads.map((l) => l.id).sort()).toEqual([rows[0].leadId, rows[4].leadId].sort());
    expect(leads[0]).toMatchObject({ phone: '+15550002222', interestedIn: ['Cardiology'], createdById: user.id, status: 'NEW', score: 0 });
    expect(leads[0].dateOfBirth?.toISOString()).toBe('1980-04-12T00:00:00.000Z');
    expect(leads[0].nextFollowUpAt?.toISOString()).toBe('2030-01-02T10:00:00.000Z');
    expect(leads[1]).toMatchObject({ firstName: 'Plain', hospitalId: hospital.id, score: 0 });
    for (const lead of leads) {
      expect(lead.activities).toEqual([
        expect.objectContaining({ activityType: 'LEAD_CREATED', title: 'Lead imported from spring-camp.csv', performedById: user.id }),
      ]);
    }
    const done = await h.prisma.cRMImportJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(done.status).toBe('COMPLETED');
    expect(done.startedAt).not.toBeNull();
    expect(done.completedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
  }, 60_000);

  it('imports duplicates when the job allows them', async () => {
    const { hospital } = await hospitalWithUser('ID');
    await h.prisma.cRMLead.create({
      data: {
        hospitalId: hospital.id,
        leadNumber: `LD-${hospital.code}-OLD`,
        firstName: 'Old',
        lastName: 'Lead',
        source: 'WALK_IN',
        email: 'same@import.example',
      },
    });
    const job = await createJob(hospital.id, null, [{ email: 'same@import.example' }], { allowDuplicates: true });
    expect(await runImport(job.id)).toEqual({ imported: 1, duplicates: 0, failed: 0, pending: 0 });
    const activity = await h.prisma.cRMActivity.findFirstOrThrow({ where: { hospitalId: hospital.id, activityType: 'LEAD_CREATED' } });
    expect(activity.title).toBe('Lead imported from CSV');
  }, 60_000);

  it('pages through many batches and never imports a row twice, whether the workflow or a batch runs again', async () => {
    const { hospital } = await hospitalWithUser('IR');
    const job = await createJob(
      hospital.id,
      null,
      Array.from({ length: 450 }, (_, i) => ({ phone: `+1666${String(i).padStart(7, '0')}` })),
    );
    expect(await runImport(job.id)).toEqual({ imported: 450, duplicates: 0, failed: 0, pending: 0 });
    // The same job again (a re-run for the same id): every row is already IMPORTED.
    expect(await runImport(job.id)).toEqual({ imported: 450, duplicates: 0, failed: 0, pending: 0 });
    expect(await h.prisma.cRMLead.count({ where: { hospitalId: hospital.id } })).toBe(450);
    const numbers = await h.prisma.cRMLead.findMany({ where: { hospitalId: hospital.id }, select: { leadNumber: true }, orderBy: { leadNumber: 'asc' } });
    expect(numbers[449].leadNumber).toBe(`LD-${hospital.code}-000450`);
  }, 120_000);

  it('lets concurrent and repeated batches of the same job each claim a row at most once', async () => {
    const { hospital } = await hospitalWithUser('IC');
    const job = await createJob(
      hospital.id,
      null,
      Array.from({ length: 30 }, (_, i) => ({ email: `c${i}@import.example` })),
    );
    const activities = createLeadImportActivities(h.prisma);
    const batch = () => new MockActivityEnvironment().run(activities.importLeadRows, { jobId: job.id, limit: 50 }) as Promise<ImportLeadRowsResult>;
    // Two attempts racing (a retry while the timed-out first attempt still runs), then a late one.
    const [first, second] = await Promise.all([batch(), batch()]);
    expect(first.processed + second.processed).toBe(30);
    expect(first.imported + second.imported).toBe(30);
    expect(await batch()).toEqual({ processed: 0, imported: 0, duplicates: 0, failed: 0, more: false });
    expect(await h.prisma.cRMLead.count({ where: { hospitalId: hospital.id } })).toBe(30);
    expect(await h.prisma.cRMActivity.count({ where: { hospitalId: hospital.id, activityType: 'LEAD_CREATED' } })).toBe(30);
  }, 60_000);

  it('ends quietly when the job no longer exists', async () => {
    expect(await runImport(randomUUID())).toBeNull();
  }, 30_000);
});
