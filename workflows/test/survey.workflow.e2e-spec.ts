import { randomUUID } from 'node:crypto';
import { WORKFLOW_TYPES, surveyAnsweredSignal, type SurveyOutcome, type SurveyWorkflowInput } from '../src/shared';
import { hashSurveyToken, startSurveyWorkflow, SURVEY_PUBLIC_PATH } from '../src/surveys';
import { PUBLIC_API_URL, startSurveyHarness, type SurveyHarness } from './support/survey-harness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let h: SurveyHarness;
let hospitalId: string;
let surveyId: string;

beforeAll(async () => {
  h = await startSurveyHarness();
  const hospital = await h.prisma.hospital.create({ data: { name: 'Survey & Sons', code: `SV${randomUUID().slice(0, 6).toUpperCase()}` } });
  hospitalId = hospital.id;
  await h.prisma.cRMSettings.create({ data: { hospitalId, autoSurveyEnabled: true, surveyDelayHours: 24, surveyChannel: 'EMAIL' } });
  const survey = await h.prisma.cRMSurvey.create({
    data: {
      hospitalId,
      name: 'After your visit',
      surveyType: 'POST_VISIT',
      questions: [{ id: 'nps', type: 'NPS', text: 'Recommend us?', required: true, order: 0 }],
    },
  });
  surveyId = survey.id;
}, 180_000);
afterAll(() => h.stop());

/** A patient (with the given contact details) whose appointment just ended on the test clock, and its workflow input. */
async function completedVisit(patient: { email?: string | null; phone?: string | null; doNotMarket?: boolean } = {}) {
  const tag = randomUUID().slice(0, 8);
  const row = await h.prisma.patient.create({
    data: { hospitalId, mrn: `MRN-${tag}`, firstName: 'Asha', lastName: tag, email: `asha.${tag}@patient.example`, ...patient },
  });
  const ended = new Date(await h.now());
  const appointment = await h.prisma.appointment.create({
    data: { hospitalId, patientId: row.id, scheduledAt: ended, status: 'COMPLETED', completedAt: ended },
  });
  const input: SurveyWorkflowInput = { hospitalId, surveyId, visit: { kind: 'APPOINTMENT', id: appointment.id }, visitEndedAt: ended.toISOString() };
  return { patient: row, input };
}

const start = (input: SurveyWorkflowInput) => startSurveyWorkflow(h.env.client, h.taskQueue, input);
const handleOf = (workflowId: string) => h.env.client.workflow.getHandle(workflowId);
const invitationOf = (input: SurveyWorkflowInput) => h.prisma.cRMSurveyInvitation.findFirst({ where: { surveyId, appointmentId: input.visit.id } });
const sentTo = (address: string) => h.sent.filter((m) => m.toAddress === address);
const tokenIn = (body: string) => new RegExp(`${PUBLIC_API_URL}${SURVEY_PUBLIC_PATH}/([A-Za-z0-9_-]{43})/page`).exec(body)?.[1];

describe('survey workflow (time-skipping)', () => {
  it('honours the delay: nothing before it, then one invitation whose link matches the stored hash', async () => {
    await h.withWorker(async () => {
      const { patient, input } = await completedVisit();
      await start(input);
      await h.env.sleep('23 hours');
      expect(await invitationOf(input)).toBeNull();
      expect(sentTo(patient.email!)).toHaveLength(0);

      await h.env.sleep('2 hours');
      const invitation = await invitationOf(input);
      expect(invitation).toMatchObject({ patientId: patient.id, channel: 'EMAIL', skipReason: null });
      expect(invitation?.sentAt).not.toBeNull();
      const [message] = sentTo(patient.email!);
      expect(message.subject).toBe('How was your visit at Survey & Sons?');
      const token = tokenIn(message.body);
      expect(token && hashSurveyToken(token)).toBe(invitation?.tokenHash);
      // The link lives 7 days from the send, on the workflow's clock.
      const sentAt = Date.parse(input.visitEndedAt) + DAY;
      expect(Math.abs(invitation!.expiresAt.getTime() - (sentAt + 7 * DAY))).toBeLessThan(HOUR);
    });
  });

  it('reminds once after 48 hours with a fresh link, then lets the link expire after 7 days', async () => {
    await h.withWorker(async () => {
      const { patient, input } = await completedVisit();
      const { workflowId } = await start(input);
      await h.env.sleep('25 hours');
      expect(sentTo(patient.email!)).toHaveLength(1);
      await h.env.sleep('47 hours');
      expect(sentTo(patient.email!)).toHaveLength(1);
      await h.env.sleep('2 hours');
      const reminded = sentTo(patient.email!);
      expect(reminded).toHaveLength(2);
      expect(reminded[1].subject).toBe('Reminder: how was your visit at Survey & Sons?');
      const invitation = await invitationOf(input);
      expect(invitation?.remindedAt).not.toBeNull();
      expect(hashSurveyToken(tokenIn(reminded[1].body)!)).toBe(invitation?.reminderTokenHash);
      expect(invitation?.reminderTokenHash).not.toBe(invitation?.tokenHash);

      await h.env.sleep('4 days');
      expect((await handleOf(workflowId).describe()).status.name).toBe('RUNNING');
      expect(await handleOf(workflowId).result()).toEqual({ outcome: 'expired', invitationId: invitation!.id });
      expect(sentTo(patient.email!)).toHaveLength(2);
    });
  });

  it('starts one workflow for a visit reported twice, and never invites a surveyed visit again', async () => {
    await h.withWorker(async () => {
      const { patient, input } = await completedVisit();
      const first = await start(input);
      const second = await start(input);
      expect(first.duplicate).toBe(false);
      expect(second).toEqual({ workflowId: first.workflowId, duplicate: true });
      await h.env.sleep('25 hours');
      expect(await h.prisma.cRMSurveyInvitation.count({ where: { appointmentId: input.visit.id } })).toBe(1);

      // Even under another workflow id (e.g. after Temporal forgot the first run), the invitation row stops a second survey.
      const again = await h.env.client.workflow.execute(WORKFLOW_TYPES.survey, {
        taskQueue: h.taskQueue,
        workflowId: `${first.workflowId}-again`,
        args: [input],
      });
      expect(again).toEqual({ outcome: 'not-sent', reason: 'This visit was already surveyed' });
      expect(sentTo(patient.email!)).toHaveLength(1);
    });
  });

  it('stops before the reminder when the patient answers (signal), and ends answered', async () => {
    await h.withWorker(async () => {
      const { patient, input } = await completedVisit();
      const { workflowId } = await start(input);
      await h.env.sleep('30 hours');
      const invitation = await invitationOf(input);
      await h.prisma.cRMSurveyInvitation.update({ where: { id: invitation!.id }, data: { respondedAt: new Date() } });
      await handleOf(workflowId).signal(surveyAnsweredSignal);
      expect(await handleOf(workflowId).result()).toEqual({ outcome: 'answered', invitationId: invitation!.id });
      await h.env.sleep('3 days');
      expect(sentTo(patient.email!)).toHaveLength(1);
    });
  });

  it('sends no reminder for an answer it was never told about (the row decides)', async () => {
    await h.withWorker(async () => {
      const { patient, input } = await completedVisit();
      const { workflowId } = await start(input);
      await h.env.sleep('30 hours');
      await h.prisma.cRMSurveyInvitation.updateMany({ where: { appointmentId: input.visit.id }, data: { respondedAt: new Date() } });
      const outcome = (await handleOf(workflowId).result()) as SurveyOutcome;
      expect(outcome.outcome).toBe('answered');
      expect(sentTo(patient.email!)).toHaveLength(1);
    });
  });

  it.each<[string, { email?: string | null; phone?: string | null; doNotMarket?: boolean }, 'ALL' | 'MARKETING' | null, string | null]>([
    ['no email address', { email: null }, null, 'The patient has no email address on file'],
    ['an address suppressed for all messages', {}, 'ALL', 'The address is suppressed on this channel (hard bounce)'],
    ['a marketing-only suppression (surveys are service messages)', {}, 'MARKETING', null],
    ['a marketing opt-out (surveys are service messages)', { doNotMarket: true }, null, null],
  ])('with %s: the reason it was not sent (if any) is recorded on the invitation', async (_case, contact, scope, reason) => {
    await h.withWorker(async () => {
      const { patient, input } = await completedVisit(contact);
      if (scope) {
        await h.prisma.contactSuppression.create({ data: { hospitalId, channel: 'EMAIL', address: patient.email!, reason: 'HARD_BOUNCE', scope } });
      }
      const { workflowId } = await start(input);
      await h.env.sleep('25 hours');
      const invitation = await invitationOf(input);
      expect(invitation?.skipReason ?? null).toBe(reason);
      expect(invitation?.sentAt === null).toBe(reason !== null);
      if (reason) expect(await handleOf(workflowId).result()).toEqual({ outcome: 'not-sent', reason, invitationId: invitation!.id });
    });
  });

  it('records a failed send on the invitation and sends no reminder', async () => {
    await h.withWorker(async () => {
      const { patient, input } = await completedVisit();
      h.outcomeFor.set(patient.email!, { phase: 'failed', reason: 'Mailbox does not exist' });
      const { workflowId } = await start(input);
      expect(await handleOf(workflowId).result()).toMatchObject({ outcome: 'not-sent', reason: 'Mailbox does not exist' });
      expect(await invitationOf(input)).toMatchObject({ sentAt: null, skipReason: 'Mailbox does not exist' });
      expect(sentTo(patient.email!)).toHaveLength(1);
    });
  });

  it('reads the settings when it acts: auto-surveys switched off during the delay send nothing', async () => {
    await h.withWorker(async () => {
      const { input } = await completedVisit();
      const other = await h.prisma.hospital.create({ data: { name: 'Switch-off', code: `SO${randomUUID().slice(0, 6).toUpperCase()}` } });
      await h.prisma.cRMSettings.create({ data: { hospitalId: other.id, autoSurveyEnabled: true, surveyDelayHours: 2 } });
      const survey = await h.prisma.cRMSurvey.create({ data: { hospitalId: other.id, name: 'S', surveyType: 'POST_VISIT', questions: [] } });
      const patient = await h.prisma.patient.create({ data: { hospitalId: other.id, mrn: 'M1', firstName: 'B', lastName: 'C', email: 'b@c.example' } });
      const appointment = await h.prisma.appointment.create({
        data: { hospitalId: other.id, patientId: patient.id, scheduledAt: new Date(input.visitEndedAt) },
      });
      const offInput = { ...input, hospitalId: other.id, surveyId: survey.id, visit: { kind: 'APPOINTMENT' as const, id: appointment.id } };
      const { workflowId } = await start(offInput);
      await h.env.sleep('1 hour');
      await h.prisma.cRMSettings.update({ where: { hospitalId: other.id }, data: { autoSurveyEnabled: false } });
      expect(await handleOf(workflowId).result()).toEqual({ outcome: 'not-sent', reason: 'Automatic surveys were switched off for this hospital' });
      expect(await h.prisma.cRMSurveyInvitation.count({ where: { appointmentId: appointment.id } })).toBe(0);
    });
  });
});
