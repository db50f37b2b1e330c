import { taskWorkflowId } from '@hospital-crm/workflows';
import { Client, Connection } from '@temporalio/client';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { startTestWorker } from './support/worker';
import { SURVEY_QUESTIONS, sentInvitation } from './support/survey-fixtures';

describe('survey responses: scoring, follow-up, filters and analytics', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let stopWorker: () => Promise<void>;
  let temporal: Client;
  let admin: string;
  const as = () => ({ Authorization: `Bearer ${admin}` });
  const newSurvey = async (body: Record<string, unknown> = {}) =>
    (
      await t
        .http()
        .post('/api/v1/crm/surveys')
        .set(as())
        .send({ name: 'Clinic feedback', surveyType: 'NPS', questions: SURVEY_QUESTIONS, ...body })
    ).body.data.id as string;
  const answer = (token: string, answers: Record<string, unknown>) => t.http().post(`/api/v1/crm/public/surveys/${token}`).send({ answers });

  beforeAll(async () => {
    stopWorker = (await startTestWorker()).stop;
    t = await createTestApp();
    h = await createHospital(t.prisma, 'SVR');
    admin = await tokenFor(t, h.users.admin.email);
    temporal = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  }, 120_000);
  afterAll(async () => {
    await temporal.connection.close();
    await t.close();
    await stopWorker();
  });

  it('computes NPS exactly as the seed defines it: 5 promoters, 2 passives, 3 detractors → 20', async () => {
    const surveyId = await newSurvey();
    const scores = [10, 9, 10, 9, 10, 7, 8, 0, 3, 6];
    for (const [i, recommend] of scores.entries()) {
      const { token } = await sentInvitation(t.prisma, h.id, surveyId, { doctorId: i < 5 ? h.users.doctor.id : undefined });
      expect((await answer(token, { recommend, care: recommend >= 9 ? 5 : recommend >= 7 ? 4 : 1 })).status).toBe(201);
    }
    // By hand: promoters 5/10 = 50 %, detractors 3/10 = 30 %, NPS = 50 - 30 = 20.
    const res = await t.http().get(`/api/v1/crm/surveys/${surveyId}/analytics?interval=week`).set(as());
    expect(res.status).toBe(200);
    const data = res.body.data;
    expect(data.responses).toBe(10);
    expect(data.nps).toEqual({ nps: 20, promoters: 5, passives: 2, detractors: 3, total: 10, promoterPct: 50, detractorPct: 30 });
    expect(data.npsDistribution.find((d: { score: number }) => d.score === 10)).toEqual({ score: 10, count: 3 });
    // CSAT: five 5s, two 4s, three 1s → 36 / 10.
    expect(data.csat).toBe(3.6);
    expect(data.trend).toHaveLength(1);
    expect(data.trend[0]).toMatchObject({ responses: 10, nps: { nps: 20 } });
    expect(data.range.timezone).toBe('Asia/Kolkata');
    const byDoctor = data.byDoctor.find((d: { doctor: { id: string } | null }) => d.doctor?.id === h.users.doctor.id);
    expect(byDoctor).toMatchObject({ responses: 5, nps: { nps: 100 } });
    expect(data.byDepartment).toEqual([expect.objectContaining({ department: 'cardiology', responses: 10 })]);
    expect(data.byChannel).toEqual([{ channel: 'EMAIL', invitationsSent: 10, responses: 10, notSent: 0, responseRate: 100 }]);
    expect(data.sentiment.requiresFollowUp).toBe(3);
  });

  it("buckets the trend by the hospital's local day: 20:00 UTC is already tomorrow in Kolkata", async () => {
    const surveyId = await newSurvey();
    // 1 Jan 10:00 UTC = 15:30 on 1 Jan in Kolkata; 1 Jan 20:00 UTC = 01:30 on 2 Jan.
    for (const submittedAt of ['2026-01-01T10:00:00Z', '2026-01-01T20:00:00Z']) {
      await t.prisma.cRMSurveyResponse.create({
        data: { hospitalId: h.id, surveyId, answers: { recommend: 9 }, npsScore: 9, submittedAt: new Date(submittedAt) },
      });
    }
    const res = await t.http().get(`/api/v1/crm/surveys/${surveyId}/analytics?interval=day&from=2025-12-30T00:00:00Z&to=2026-01-05T00:00:00Z`).set(as());
    expect(res.status).toBe(200);
    expect(res.body.data.trend.map((p: { periodStart: string; responses: number }) => [p.periodStart, p.responses])).toEqual([
      ['2026-01-01', 1],
      ['2026-01-02', 1],
    ]);
  });

  it('flags a detractor and opens a service-recovery task with its timer workflow', async () => {
    const surveyId = await newSurvey();
    const { token, patient } = await sentInvitation(t.prisma, h.id, surveyId);
    expect((await answer(token, { recommend: 2, comments: 'The wait was terrible and the staff were rude' })).status).toBe(201);
    const response = await t.prisma.cRMSurveyResponse.findFirstOrThrow({ where: { surveyId } });
    expect(response).toMatchObject({ npsScore: 2, sentiment: 'NEGATIVE', requiresFollowUp: true });
    const task = await t.prisma.cRMTask.findUniqueOrThrow({ where: { id: response.followUpTaskId! } });
    expect(task).toMatchObject({
      hospitalId: h.id,
      patientId: patient.id,
      assignedToId: h.users.admin.id,
      taskType: 'FOLLOW_UP_CALL',
      priority: 'HIGH',
      status: 'PENDING',
      title: `Service recovery: ${patient.firstName} ${patient.lastName} (NPS 2, detractor)`,
    });
    expect(task.description).toContain('The wait was terrible');
    expect((await temporal.workflow.getHandle(taskWorkflowId(task.id)).describe()).status.name).toBe('RUNNING');

    const list = await t
      .http()
      .get(`/api/v1/crm/surveys/${surveyId}/responses?requiresFollowUp=true&npsCategory=DETRACTOR&sentiment=NEGATIVE&channel=EMAIL`)
      .set(as());
    expect(list.body.data).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(list.body.data.responses[0]).toMatchObject({ id: response.id, npsCategory: 'DETRACTOR', patient: { id: patient.id }, followUpTaskId: task.id });
    const promoters = await t.http().get(`/api/v1/crm/surveys/${surveyId}/responses?npsCategory=PROMOTER,PASSIVE`).set(as());
    expect(promoters.body.data.total).toBe(0);
  });

  it('keeps no link to the patient for an anonymous survey', async () => {
    const surveyId = await newSurvey({ isAnonymous: true });
    const { token, invitation } = await sentInvitation(t.prisma, h.id, surveyId, { doctorId: h.users.doctor.id });
    expect((await answer(token, { recommend: 9 })).status).toBe(201);
    const response = await t.prisma.cRMSurveyResponse.findFirstOrThrow({ where: { surveyId } });
    expect(response).toMatchObject({ patientId: null, invitationId: null, appointmentId: null, admissionId: null, doctorId: h.users.doctor.id, npsScore: 9 });
    // Coarsened to the hospital-local day, so the time cannot be matched to the invitation's.
    expect(response.submittedAt.toISOString()).toMatch(/T18:30:00.000Z$/);
    expect((await t.prisma.cRMSurveyInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).respondedAt).not.toBeNull();
  });

  it('takes the page form without JavaScript: a refused answer comes back marked, then thanks', async () => {
    const surveyId = await newSurvey();
    const { token } = await sentInvitation(t.prisma, h.id, surveyId);
    const url = `/api/v1/crm/public/surveys/${token}/page`;
    const refused = await t.http().post(url).type('form').send('q_care=4&q_liked=Staff&q_comments=Fine');
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Question &#34;recommend&#34; (How likely are you to recommend us?) is required');
    expect(refused.text).toContain('value="Staff" checked');
    const done = await t.http().post(url).type('form').send('q_recommend=8&q_care=4&q_liked=Staff&q_liked=Cleanliness&q_comments=Fine');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Thank you');
    expect(await t.prisma.cRMSurveyResponse.findFirstOrThrow({ where: { surveyId } })).toMatchObject({
      npsScore: 8,
      csatScore: 4,
      answers: { recommend: 8, care: 4, liked: ['Staff', 'Cleanliness'], comments: 'Fine' },
    });
  });

  it('refuses an expired link and a question change that would invalidate stored answers', async () => {
    const surveyId = await newSurvey();
    const { token } = await sentInvitation(t.prisma, h.id, surveyId, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await answer(token, { recommend: 9 });
    expect(expired.status).toBe(409);
    expect(expired.body.error.details).toEqual({ reason: 'EXPIRED' });

    const live = await sentInvitation(t.prisma, h.id, surveyId);
    await answer(live.token, { recommend: 9 });
    const dropped = SURVEY_QUESTIONS.filter((q) => q.id !== 'comments');
    const refused = await t.http().put(`/api/v1/crm/surveys/${surveyId}`).set(as()).send({ questions: dropped });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Question "comments" would be removed');
    const reworded = SURVEY_QUESTIONS.map((q) => (q.id === 'care' ? { ...q, text: 'How kind was the care?' } : q));
    const ok = await t.http().put(`/api/v1/crm/surveys/${surveyId}`).set(as()).send({ questions: reworded, isActive: false });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ isActive: false, responseCount: 1 });
  });
});
