import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor } from './support/fixtures';

describe('reports/dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("computes the seed's eight metrics for a small fixed dataset, by hand", async () => {
    const h = await createHospital(t.prisma, 'RP');
    const now = Date.now();
    const lead = (n: number, status: 'NEW' | 'QUALIFIED' | 'CONVERTED' | 'LOST', score: number, daysAgo = 0) => ({
      hospitalId: h.id,
      leadNumber: `LD-${h.code}-${n}`,
      firstName: 'L',
      lastName: String(n),
      source: 'WEBSITE' as const,
      status,
      score,
      createdAt: new Date(now - daysAgo * 86_400_000),
    });
    // 5 leads, one created 70 days ago; 1 converted and 1 lost; open scores 20 and 40 (the old NEW lead scores 60).
    await t.prisma.cRMLead.createMany({
      data: [lead(1, 'NEW', 20), lead(2, 'QUALIFIED', 40), lead(3, 'CONVERTED', 90), lead(4, 'LOST', 5), lead(5, 'NEW', 60, 70)],
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
    await t.prisma.cRMSurveyResponse.createMany({ data: [10, 9, 3, 8].map((npsScore) => ({ hospitalId: h.id, surveyId: survey.id, answers: {}, npsScore })) });

    const res = await t
      .http()
      .get('/api/v1/crm/reports/dashboard')
      .set({ Authorization: `Bearer ${await tokenFor(t, h.users.admin.email)}` });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      totalLeads: 5,
      newLeadsThisMonth: 4,
      conversionRate: 50, // 1 converted of 2 with an outcome
      avgLeadScore: 40, // open leads: (20 + 40 + 60) / 3
      openTasks: 3,
      overdueTasks: 2, // one marked OVERDUE, one pending past its due time
      activeCampaigns: 1,
      avgNps: 25, // 2 promoters, 1 detractor of 4: 50% − 25%
    });
    expect(
      (
        await t
          .http()
          .get('/api/v1/crm/reports/dashboard')
          .set({ Authorization: `Bearer ${await tokenFor(t, h.users.receptionist.email)}` })
      ).status,
    ).toBe(403);
  });
});
