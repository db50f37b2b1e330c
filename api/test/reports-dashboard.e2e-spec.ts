import { createTestApp, type TestApp } from './support/test-app';
import { dashboardNotificationsDelivered } from './support/dashboard-notifications';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';

type Status = 'NEW' | 'QUALIFIED' | 'CONVERTED' | 'LOST';

/** A lead row numbered n of the hospital, created at the given instant. */
const leadRow = (h: HospitalFixture, n: number, status: Status, createdAt: Date, extra: { score?: number; deletedAt?: Date } = {}) => ({
  hospitalId: h.id,
  leadNumber: `LD-${h.code}-${n}`,
  firstName: 'L',
  lastName: String(n),
  source: 'WEBSITE' as const,
  status,
  createdAt,
  score: extra.score ?? 0,
  deletedAt: extra.deletedAt ?? null,
});

describe('reports/dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const dashboard = async (h: HospitalFixture, query = '', who: 'admin' | 'receptionist' = 'admin') =>
    t
      .http()
      .get(`/api/v1/crm/reports/dashboard${query}`)
      .set({ Authorization: `Bearer ${await tokenFor(t, h.users[who].email)}` });

  it("computes the seed's eight metrics for a small fixed dataset, by hand", async () => {
    const h = await createHospital(t.prisma, 'RP');
    const now = Date.now();
    const lead = (n: number, status: Status, score: number, daysAgo = 0, deleted = false) =>
      leadRow(h, n, status, new Date(now - daysAgo * 86_400_000), { score, deletedAt: deleted ? new Date(now) : undefined });
    // 5 leads (and a deleted one that counts nowhere), one created 70 days ago; 1 converted and 1 lost
    // among the 4 of the last 30 days; open scores 20, 40 and 60 (the old NEW lead).
    await t.prisma.cRMLead.createMany({
      data: [
        lead(1, 'NEW', 20),
        lead(2, 'QUALIFIED', 40),
        lead(3, 'CONVERTED', 90),
        lead(4, 'LOST', 5),
        lead(5, 'NEW', 60, 70),
        lead(6, 'CONVERTED', 99, 1, true),
      ],
    });
    const task = (status: 'PENDING' | 'OVERDUE' | 'COMPLETED', hours: number) => ({
      hospitalId: h.id,
      title: 't',
      taskType: 'CUSTOM' as const,
      assignedToId: h.users.receptionist.id,
      status,
      dueDate: new Date(now + hours * 3_600_000),
    });
    await t.prisma.cRMTask.createMany({ data: [task('PENDING', 5), task('OVERDUE', -5), task('PENDING', -1), task('COMPLETED', -10)] });
    await t.prisma.cRMCampaign.createMany({
      data: [
        { hospitalId: h.id, name: 'Running', campaignType: 'PROMOTION', channel: 'EMAIL', status: 'RUNNING' },
        { hospitalId: h.id, name: 'Draft', campaignType: 'PROMOTION', channel: 'EMAIL', status: 'DRAFT' },
      ],
    });
    const survey = await t.prisma.cRMSurvey.create({ data: { hospitalId: h.id, name: 'NPS', surveyType: 'NPS' } });
    await t.prisma.cRMSurveyResponse.createMany({
      data: [10, 9, 3, 8].map((npsScore) => ({ hospitalId: h.id, surveyId: survey.id, answers: {}, npsScore })),
    });
    // An answer 40 days ago is outside the default range (the last 30 days).
    await t.prisma.cRMSurveyResponse.create({
      data: { hospitalId: h.id, surveyId: survey.id, answers: {}, npsScore: 0, submittedAt: new Date(now - 40 * 86_400_000) },
    });

    const res = await dashboard(h);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      totalLeads: 5,
      newLeadsThisMonth: 4,
      newLeads: 4,
      conversionRate: 50, // 1 converted of the 2 recent leads with an outcome
      avgLeadScore: 40, // open leads: (20 + 40 + 60) / 3
      openTasks: 3,
      overdueTasks: 2, // one marked OVERDUE, one pending past its due time
      activeCampaigns: 1,
      avgNps: 25, // 2 promoters, 1 detractor of 4: 50% − 25%
      npsResponses: 4,
    });
    expect(res.body.data.range).toMatchObject({ timezone: 'Asia/Kolkata' });
    expect((await dashboard(h, '', 'receptionist')).status).toBe(403);
  });

  it("counts a range in the hospital's zone: 23:30 local is that day, not the next UTC day", async () => {
    const h = await createHospital(t.prisma, 'RZ');
    // New York in November is UTC−5: 23:30 on the 10th is 04:30 UTC on the 11th.
    await t.prisma.hospital.update({ where: { id: h.id }, data: { timezone: 'America/New_York' } });
    const lead = (n: number, createdAt: string, status: Status = 'NEW') => leadRow(h, n, status, new Date(createdAt));
    await t.prisma.cRMLead.createMany({
      data: [
        lead(1, '2026-11-10T05:00:00Z', 'CONVERTED'), // 00:00 on the 10th local: first instant of the day
        lead(2, '2026-11-11T04:30:00Z', 'LOST'), // 23:30 on the 10th local
        lead(3, '2026-11-11T05:30:00Z', 'CONVERTED'), // 00:30 on the 11th local
        lead(4, '2026-11-10T04:59:59Z'), // 23:59:59 on the 9th local
      ],
    });
    const survey = await t.prisma.cRMSurvey.create({ data: { hospitalId: h.id, name: 'NPS', surveyType: 'NPS' } });
    await t.prisma.cRMSurveyResponse.createMany({
      data: [
        { hospitalId: h.id, surveyId: survey.id, answers: {}, npsScore: 10, submittedAt: new Date('2026-11-11T04:30:00Z') }, // 23:30 on the 10th
        { hospitalId: h.id, surveyId: survey.id, answers: {}, npsScore: 2, submittedAt: new Date('2026-11-11T05:30:00Z') }, // the 11th
      ],
    });
    const tenth = await dashboard(h, '?from=2026-11-10&to=2026-11-10');
    // Leads 1 and 2: one converted, one lost → 50; NPS of the one answer (10) → 100.
    expect(tenth.body.data).toMatchObject({ newLeads: 2, conversionRate: 50, avgNps: 100, npsResponses: 1, totalLeads: 4 });
    expect(tenth.body.data.range).toEqual({
      from: '2026-11-10',
      to: '2026-11-10',
      timezone: 'America/New_York',
      start: '2026-11-10T05:00:00.000Z',
      end: '2026-11-11T05:00:00.000Z',
    });
    const eleventh = await dashboard(h, '?from=2026-11-11&to=2026-11-11');
    expect(eleventh.body.data).toMatchObject({ newLeads: 1, conversionRate: 100, avgNps: -100, npsResponses: 1 });
    const bad = await dashboard(h, '?from=2026-11-12&to=2026-11-11');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ field: 'from', messages: [expect.stringContaining('must not be after')] }]);
    expect((await dashboard(h, '?to=11/11/2026')).status).toBe(400);
  });

  it('serves from the cache until a write drops it, and the next read is fresh', async () => {
    const h = await createHospital(t.prisma, 'RC');
    const admin = { Authorization: `Bearer ${await tokenFor(t, h.users.admin.email)}` };
    const first = await dashboard(h);
    expect(first.body.data).toMatchObject({ totalLeads: 0, openTasks: 0 });
    expect((await dashboard(h)).body.data.generatedAt).toBe(first.body.data.generatedAt);

    // A lead created through the API drops the hospital's entries before it answers: the very next read recomputes.
    const created = await t.http().post('/api/v1/crm/leads').set(admin).send({ firstName: 'New', lastName: 'Lead', source: 'WEBSITE' });
    expect(created.status).toBe(201);
    expect((await dashboard(h)).body.data).toMatchObject({ totalLeads: 1, newLeads: 1 });

    const task = await t
      .http()
      .post('/api/v1/crm/tasks')
      .set(admin)
      .send({
        title: 'Call back',
        taskType: 'FOLLOW_UP_CALL',
        assignedToId: h.users.receptionist.id,
        dueDate: new Date(Date.now() + 86_400_000).toISOString(),
      });
    expect(task.status).toBe(201);
    expect((await dashboard(h)).body.data).toMatchObject({ openTasks: 1, overdueTasks: 0 });

    // A refused write, and a write that moves no dashboard number, keep the entry.
    await dashboardNotificationsDelivered(t.prisma);
    const kept = (await dashboard(h)).body.data.generatedAt;
    const refused = await t.http().post('/api/v1/crm/leads').set(admin).send({ firstName: '' });
    expect(refused.status).toBe(400);
    await t.prisma.cRMLead.updateMany({ where: { hospitalId: h.id }, data: { lastContactedAt: new Date() } });
    await dashboardNotificationsDelivered(t.prisma);
    expect((await dashboard(h)).body.data.generatedAt).toBe(kept);
  });

  it('follows writes made outside the API, as the worker makes them, as soon as the database reports them', async () => {
    const h = await createHospital(t.prisma, 'RW');
    expect((await dashboard(h)).body.data).toMatchObject({ totalLeads: 0, openTasks: 0, activeCampaigns: 0 });

    // A lead imported, a campaign started and a task opened by the worker: no API request drops the cache.
    await t.prisma.cRMLead.create({ data: { hospitalId: h.id, leadNumber: `LD-${h.code}-W`, firstName: 'Imported', lastName: 'Lead', source: 'OTHER' } });
    const campaign = await t.prisma.cRMCampaign.create({
      data: { hospitalId: h.id, name: 'Camp', campaignType: 'HEALTH_CAMP', channel: 'WHATSAPP', status: 'RUNNING' },
    });
    const opened = await t.prisma.cRMTask.create({
      data: { hospitalId: h.id, title: 'Call', taskType: 'FOLLOW_UP_CALL', assignedToId: h.users.receptionist.id, dueDate: new Date(Date.now() - 60_000) },
    });
    await dashboardNotificationsDelivered(t.prisma);
    expect((await dashboard(h)).body.data).toMatchObject({ totalLeads: 1, activeCampaigns: 1, openTasks: 1, overdueTasks: 1 });

    // The campaign finishes and the task is completed.
    await t.prisma.cRMCampaign.update({ where: { id: campaign.id }, data: { status: 'COMPLETED' } });
    await t.prisma.cRMTask.update({ where: { id: opened.id }, data: { status: 'COMPLETED' } });
    await dashboardNotificationsDelivered(t.prisma);
    expect((await dashboard(h)).body.data).toMatchObject({ activeCampaigns: 0, openTasks: 0, overdueTasks: 0 });
  });

  it("keeps each hospital's numbers to itself, and its cache too", async () => {
    const a = await createHospital(t.prisma, 'RI');
    const b = await createHospital(t.prisma, 'RJ');
    await t.prisma.cRMLead.create({ data: { hospitalId: a.id, leadNumber: `LD-${a.code}-1`, firstName: 'A', lastName: 'A', source: 'OTHER' } });
    await dashboardNotificationsDelivered(t.prisma);
    const first = (await dashboard(a)).body.data;
    expect(first.totalLeads).toBe(1);
    expect((await dashboard(b)).body.data.totalLeads).toBe(0);
    // A write in hospital B does not drop A's entry.
    const bAdmin = { Authorization: `Bearer ${await tokenFor(t, b.users.admin.email)}` };
    expect((await t.http().post('/api/v1/crm/leads').set(bAdmin).send({ firstName: 'B', lastName: 'B', source: 'WEBSITE' })).status).toBe(201);
    await dashboardNotificationsDelivered(t.prisma);
    expect((await dashboard(a)).body.data).toMatchObject({ totalLeads: 1, generatedAt: first.generatedAt });
    expect((await dashboard(b)).body.data.totalLeads).toBe(1);
  });
});
