import { randomUUID } from 'node:crypto';
import { bodyCipherFromEnv } from '@hospital-crm/db';
import { hashSurveyToken, surveyWorkflowId } from '@hospital-crm/workflows';
import { Client, Connection } from '@temporalio/client';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { eventually, startTestWorker } from './support/worker';
import { createPatient, SURVEY_QUESTIONS } from './support/survey-fixtures';

const COMPLETED = '/api/v1/crm/integrations/appointments/completed';
const DISCHARGED = '/api/v1/crm/integrations/admissions/discharged';

describe('surveys: definitions, visit triggers and the patient link', () => {
  let t: TestApp;
  let a: HospitalFixture;
  let b: HospitalFixture;
  let stopWorker: () => Promise<void>;
  let temporal: Client;
  let visitsKey: string;
  let leadsKey: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const createSurvey = (body: Record<string, unknown> = {}, who = 'admin') =>
    t
      .http()
      .post('/api/v1/crm/surveys')
      .set(as(who))
      .send({ name: 'After your visit', surveyType: 'POST_VISIT', questions: SURVEY_QUESTIONS, ...body });
  const apiKey = async (scopes: string[]) =>
    (await t.http().post('/api/v1/integrations/api-keys').set(as('admin')).send({ name: scopes.join(), scopes })).body.data.key as string;

  beforeAll(async () => {
    stopWorker = (await startTestWorker()).stop;
    t = await createTestApp();
    [a, b] = [await createHospital(t.prisma, 'SVA'), await createHospital(t.prisma, 'SVB')];
    tokens.admin = await tokenFor(t, a.users.admin.email);
    tokens.reception = await tokenFor(t, a.users.receptionist.email);
    tokens.otherAdmin = await tokenFor(t, b.users.admin.email);
    temporal = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
    visitsKey = await apiKey(['visits:write']);
    leadsKey = await apiKey(['leads:write']);
  }, 120_000);
  afterAll(async () => {
    await temporal.connection.close();
    await t.close();
    await stopWorker();
  });

  describe('definitions', () => {
    it('creates a survey with its questions sorted by order and a default rating scale', async () => {
      const res = await createSurvey({ questions: SURVEY_QUESTIONS.map((q) => (q.id === 'care' ? { ...q, scale: undefined } : q)) });
      expect(res.status).toBe(201);
      expect(res.body.data).toMatchObject({ name: 'After your visit', surveyType: 'POST_VISIT', isActive: true, isAnonymous: false, responseCount: 0 });
      expect(res.body.data.questions.map((q: { id: string }) => q.id)).toEqual(['recommend', 'care', 'dept', 'liked', 'comments']);
      expect(res.body.data.questions[1]).toEqual({ id: 'care', type: 'RATING', text: 'How was the care?', required: false, order: 1, scale: 5 });
      const listed = await t.http().get('/api/v1/crm/surveys?surveyType=POST_VISIT&isActive=true').set(as('admin'));
      expect(listed.body.data.surveys.map((s: { id: string }) => s.id)).toContain(res.body.data.id);
    });

    it('refuses a bad question with 422 naming it, and a malformed one with 400', async () => {
      const bad = await createSurvey({ questions: [{ id: 'mood', type: 'RATING', text: 'Mood', order: 0, scale: 42 }] });
      expect(bad.status).toBe(422);
      expect(bad.body.error.message).toContain('Question "mood": a rating scale must be a whole number from 3 to 10');
      expect(bad.body.error.details).toEqual([{ field: 'questions.0.scale', messages: [expect.stringContaining('Question "mood"')] }]);
      const dupe = await createSurvey({ questions: [SURVEY_QUESTIONS[1], { ...SURVEY_QUESTIONS[0], id: 'recommend' }] });
      expect(dupe.status).toBe(422);
      expect(dupe.body.error.message).toContain('id "recommend" is used by an earlier question');
      const malformed = await createSurvey({ questions: [{ id: 'x', type: 'SLIDER', text: 'X', order: 'first' }] });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.details.map((d: { field: string }) => d.field)).toEqual(['questions.0.type', 'questions.0.order']);
    });

    it('answers 404 for another hospital’s survey and 403 to a receptionist', async () => {
      const { id } = (await createSurvey()).body.data;
      expect((await t.http().get(`/api/v1/crm/surveys/${id}`).set(as('otherAdmin'))).status).toBe(404);
      expect((await t.http().put(`/api/v1/crm/surveys/${id}`).set(as('otherAdmin')).send({ isActive: false })).status).toBe(404);
      expect((await t.http().get(`/api/v1/crm/surveys/${id}/responses`).set(as('otherAdmin'))).status).toBe(404);
      expect((await t.http().get(`/api/v1/crm/surveys/${id}/analytics`).set(as('otherAdmin'))).status).toBe(404);
      const reception = await t.http().get('/api/v1/crm/surveys').set(as('reception'));
      expect(reception.status).toBe(403);
      expect(reception.body.error).toEqual({ code: 'FORBIDDEN', message: expect.stringContaining('surveys') });
      expect((await createSurvey({}, 'reception')).status).toBe(403);
      expect((await t.http().get(`/api/v1/crm/surveys/${id}/analytics`).set(as('reception'))).status).toBe(403);
    });
  });

  describe('visit triggers', () => {
    let surveyId: string;
    beforeAll(async () => {
      surveyId = (await createSurvey()).body.data.id;
      await t
        .http()
        .put('/api/v1/crm/settings')
        .set(as('admin'))
        .send({ autoSurveyEnabled: true, surveyDelayHours: 0, surveyChannel: 'EMAIL', postVisitSurveyId: surveyId });
    });

    it('refuses a missing or invalid key (401) and a key without visits:write (403)', async () => {
      const patient = await createPatient(t.prisma, a.id);
      const body = { appointmentId: randomUUID(), patientId: patient.id };
      expect((await t.http().post(COMPLETED).send(body)).status).toBe(401);
      const forged = await t
        .http()
        .post(COMPLETED)
        .set('X-Api-Key', `${visitsKey.slice(0, -4)}AAAA`)
        .send(body);
      expect(forged.status).toBe(401);
      expect((await t.http().post(COMPLETED).set('X-Api-Key', leadsKey).send(body)).status).toBe(403);
      expect(await t.prisma.appointment.count({ where: { id: body.appointmentId } })).toBe(0);
    });

    it('records the appointment, starts one survey-<surveyId>-<appointmentId> workflow, and calls a second report a duplicate', async () => {
      const patient = await createPatient(t.prisma, a.id);
      const body = { appointmentId: randomUUID(), patientMrn: patient.mrn, doctorId: a.users.doctor.id, department: 'cardiology' };
      const first = await t.http().post(COMPLETED).set('X-Api-Key', visitsKey).send(body);
      expect(first.status).toBe(202);
      const workflowId = surveyWorkflowId(surveyId, body.appointmentId);
      expect(first.body.data).toEqual({
        visitId: body.appointmentId,
        patientId: patient.id,
        survey: { started: true, duplicate: false, surveyId, workflowId },
      });
      expect(await t.prisma.appointment.findUniqueOrThrow({ where: { id: body.appointmentId } })).toMatchObject({
        hospitalId: a.id,
        patientId: patient.id,
        status: 'COMPLETED',
        doctorId: a.users.doctor.id,
      });
      expect((await temporal.workflow.getHandle(workflowId).describe()).type).toBe('surveyWorkflow');

      const again = await t.http().post(COMPLETED).set('X-Api-Key', visitsKey).send(body);
      expect(again.status).toBe(200);
      expect(again.body.data.survey).toMatchObject({ started: false, duplicate: true, surveyId });
      await eventually(async () => ((await t.prisma.cRMSurveyInvitation.count({ where: { appointmentId: body.appointmentId } })) === 1 ? true : undefined));
    });

    it('refuses an unknown patient (422) and records a discharge without a survey when none is chosen', async () => {
      const unknown = await t.http().post(COMPLETED).set('X-Api-Key', visitsKey).send({ appointmentId: randomUUID(), patientId: randomUUID() });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.details).toEqual([{ field: 'patientId', messages: ['The patient is not registered in this hospital'] }]);
      const patient = await createPatient(t.prisma, a.id);
      const discharged = await t.http().post(DISCHARGED).set('X-Api-Key', visitsKey).send({ admissionId: randomUUID(), patientId: patient.id });
      expect(discharged.status).toBe(200);
      expect(discharged.body.data.survey).toEqual({ started: false, duplicate: false, reason: 'No survey is chosen in the settings (postDischargeSurveyId)' });
    });
  });

  describe('a patient answering through the link', () => {
    it('goes from the visit report to a stored, scored response; the link works once', async () => {
      const surveyId = (await createSurvey({ surveyType: 'POST_DISCHARGE', name: 'After your stay' })).body.data.id;
      await t.http().put('/api/v1/crm/settings').set(as('admin')).send({ autoSurveyEnabled: true, surveyDelayHours: 0, postDischargeSurveyId: surveyId });
      const patient = await createPatient(t.prisma, a.id);
      const admissionId = randomUUID();
      const report = await t.http().post(DISCHARGED).set('X-Api-Key', visitsKey).send({ admissionId, patientId: patient.id, doctorId: a.users.doctor.id });
      expect(report.status).toBe(202);

      // The workflow queues the invitation through the communications pipeline; the link is in the sealed body only.
      const invitation = await eventually(
        async () => (await t.prisma.cRMSurveyInvitation.findFirst({ where: { admissionId, communicationId: { not: null } } })) ?? undefined,
      );
      const message = await t.prisma.cRMCommunication.findUniqueOrThrow({ where: { id: invitation.communicationId! } });
      expect(message).toMatchObject({
        patientId: patient.id,
        channel: 'EMAIL',
        toAddress: patient.email,
        isMarketing: false,
        subject: expect.stringContaining('stay'),
      });
      const token = /\/api\/v1\/crm\/public\/surveys\/([A-Za-z0-9_-]{43})\/page/.exec(bodyCipherFromEnv().decrypt(message.body, message.bodyKeyId) ?? '')?.[1];
      expect(token).toBeDefined();
      expect(message.body).not.toContain(token!);
      expect(invitation.tokenHash).toBe(hashSurveyToken(token!));

      const shown = await t.http().get(`/api/v1/crm/public/surveys/${token}`);
      expect(shown.status).toBe(200);
      expect(shown.body.data.survey).toMatchObject({ name: 'After your stay', isAnonymous: false });
      const page = await t.http().get(`/api/v1/crm/public/surveys/${token}/page`);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.text).toContain('<form method="post">');

      const bad = await t
        .http()
        .post(`/api/v1/crm/public/surveys/${token}`)
        .send({ answers: { recommend: 11 } });
      expect(bad.status).toBe(422);
      expect(bad.body.error.message).toContain('Question "recommend" (How likely are you to recommend us?): must be a whole number from 0 to 10');

      const answers = { recommend: 10, care: 5, dept: 'OPD', liked: ['Staff', 'Cleanliness'], comments: 'Wonderful nurses, thank you!' };
      const ok = await t.http().post(`/api/v1/crm/public/surveys/${token}`).send({ answers });
      expect(ok.status).toBe(201);
      expect(ok.body).toEqual({ success: true, data: { submitted: true } });
      const stored = await t.prisma.cRMSurveyResponse.findFirstOrThrow({ where: { invitationId: invitation.id } });
      expect(stored).toMatchObject({
        patientId: patient.id,
        admissionId,
        doctorId: a.users.doctor.id,
        channel: 'EMAIL',
        answers,
        npsScore: 10,
        csatScore: 5,
        sentiment: 'POSITIVE',
        requiresFollowUp: false,
        followUpTaskId: null,
      });

      const reuse = await t.http().post(`/api/v1/crm/public/surveys/${token}`).send({ answers });
      expect(reuse.status).toBe(409);
      expect(reuse.body.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'ANSWERED' } });
      const reusedPage = await t.http().get(`/api/v1/crm/public/surveys/${token}/page`);
      expect(reusedPage.status).toBe(409);
      expect(reusedPage.text).toContain('already been answered');
      expect(await t.prisma.cRMSurveyResponse.count({ where: { surveyId } })).toBe(1);

      const handle = temporal.workflow.getHandle(surveyWorkflowId(surveyId, admissionId));
      expect(await handle.result()).toEqual({ outcome: 'answered', invitationId: invitation.id });
    });

    it('answers 404 for a link that does not exist, as JSON and as a page', async () => {
      const made = 'A'.repeat(43);
      expect((await t.http().get(`/api/v1/crm/public/surveys/${made}`)).body.error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'INVALID' } });
      expect((await t.http().get('/api/v1/crm/public/surveys/short/page')).status).toBe(404);
    });
  });
});
