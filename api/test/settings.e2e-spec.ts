import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';

// What a hospital starts with (and the audit's "before" of a first change).
const DEFAULTS = {
  autoAssignLeads: false,
  assignmentStrategy: 'OFF',
  autoFollowUpTask: true,
  followUpTaskDueHours: 24,
  autoSurveyEnabled: false,
  surveyDelayHours: 24,
  surveyChannel: 'EMAIL',
  postVisitSurveyId: null,
  postDischargeSurveyId: null,
  quietHoursStart: null,
  quietHoursEnd: null,
  timezone: 'Asia/Kolkata',
  rateLimits: {},
  frequencyCapPerWeek: 3,
  taskReminderMinutes: [60],
  attributionWindowDays: 30,
};

describe('crm/settings', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let other: HospitalFixture;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const put = (body: Record<string, unknown>, who = 'admin') => t.http().put('/api/v1/crm/settings').set(as(who)).send(body);
  const fields = (res: { body: { error: { details: Array<{ field: string }> } } }) => res.body.error.details.map((d) => d.field);

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospital(t.prisma, 'ST');
    other = await createHospital(t.prisma, 'SO');
    tokens.admin = await tokenFor(t, h.users.admin.email);
    tokens.reception = await tokenFor(t, h.users.receptionist.email);
    tokens.doctor = await tokenFor(t, h.users.doctor.email);
    tokens.other = await tokenFor(t, other.users.admin.email);
  });
  afterAll(() => t.close());

  it("reads the hospital's settings with their defaults and its time zone; receptionists and doctors get 403", async () => {
    const res = await t.http().get('/api/v1/crm/settings').set(as('admin'));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ hospitalId: h.id, ...DEFAULTS });
    expect(res.body.data).not.toHaveProperty('lastAssignedUserId');
    for (const who of ['reception', 'doctor']) {
      expect((await t.http().get('/api/v1/crm/settings').set(as(who))).status).toBe(403);
      const write = await put({ frequencyCapPerWeek: 1 }, who);
      expect([write.status, write.body.error.code]).toEqual([403, 'FORBIDDEN']);
    }
  });

  it.each([
    [{ quietHoursStart: '25:00' }, ['quietHoursStart']],
    [{ quietHoursEnd: '8:00' }, ['quietHoursEnd']],
    [{ rateLimits: { PHONE_CALL: 5 } }, ['rateLimits.PHONE_CALL']],
    [{ rateLimits: { SMS: 0 } }, ['rateLimits.SMS']],
    [{ rateLimits: { EMAIL: -2, WHATSAPP: 'fast' } }, ['rateLimits.EMAIL', 'rateLimits.WHATSAPP']],
    [{ rateLimits: { SMS: 20_000 } }, ['rateLimits.SMS']],
    [{ assignmentStrategy: 'RANDOM' }, ['assignmentStrategy']],
    [{ timezone: 'Mars/Olympus_Mons' }, ['timezone']],
    [{ surveyChannel: 'PHONE_CALL' }, ['surveyChannel']],
    [{ surveyDelayHours: -1, followUpTaskDueHours: 0 }, ['followUpTaskDueHours', 'surveyDelayHours']],
    [{ taskReminderMinutes: 60 }, ['taskReminderMinutes']],
    [{ taskReminderMinutes: [0] }, ['taskReminderMinutes']],
    [{ attributionWindowDays: 0 }, ['attributionWindowDays']],
    [{ frequencyCapPerWeek: 2.5 }, ['frequencyCapPerWeek']],
    [{ postVisitSurveyId: 'not-a-uuid' }, ['postVisitSurveyId']],
    [{ lastAssignedUserId: null }, ['lastAssignedUserId']],
  ])('refuses %o with 400 naming %o', async (body, expected) => {
    const res = await put(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(fields(res).sort()).toEqual([...expected].sort());
  });

  it('refuses settings that do not hold together, or surveys that are not usable here, with 422', async () => {
    const theirs = await t.prisma.cRMSurvey.create({ data: { hospitalId: other.id, name: 'Theirs', surveyType: 'POST_VISIT' } });
    const inactive = await t.prisma.cRMSurvey.create({ data: { hospitalId: h.id, name: 'Old', surveyType: 'POST_VISIT', isActive: false } });
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ quietHoursStart: '22:00' }, 'quietHoursEnd', /both a start and an end/],
      [{ quietHoursStart: '22:00', quietHoursEnd: '22:00' }, 'quietHoursEnd', /different time/],
      [{ autoAssignLeads: true }, 'assignmentStrategy', /ROUND_ROBIN or LEAST_LOADED/],
      [{ postVisitSurveyId: theirs.id }, 'postVisitSurveyId', /no survey .* in this hospital/],
      [{ postDischargeSurveyId: '00000000-0000-4000-8000-000000000000' }, 'postDischargeSurveyId', /no survey/],
      [{ postVisitSurveyId: inactive.id }, 'postVisitSurveyId', /inactive/],
    ];
    for (const [body, field, message] of cases) {
      const res = await put(body);
      expect([res.status, res.body.error.code, fields(res)]).toEqual([422, 'UNPROCESSABLE', [field]]);
      expect(res.body.error.message).toMatch(message);
    }
    const unchanged = await t.http().get('/api/v1/crm/settings').set(as('admin'));
    expect(unchanged.body.data).toMatchObject({ quietHoursStart: null, autoAssignLeads: false, postVisitSurveyId: null });
  });

  it('changes what the body names, audits the before and after of each changed field, and leaves other hospitals alone', async () => {
    const visit = await t.prisma.cRMSurvey.create({ data: { hospitalId: h.id, name: 'After visit', surveyType: 'POST_VISIT' } });
    const discharge = await t.prisma.cRMSurvey.create({ data: { hospitalId: h.id, name: 'After discharge', surveyType: 'POST_DISCHARGE' } });
    const body = {
      autoAssignLeads: true,
      assignmentStrategy: 'LEAST_LOADED',
      autoFollowUpTask: true, // unchanged: not audited
      followUpTaskDueHours: 4,
      autoSurveyEnabled: true,
      surveyDelayHours: 2,
      surveyChannel: 'WHATSAPP',
      postVisitSurveyId: visit.id,
      postDischargeSurveyId: discharge.id,
      quietHoursStart: '21:30',
      quietHoursEnd: '07:00',
      timezone: 'Europe/London',
      rateLimits: { EMAIL: 50, SMS: 2.5 },
      frequencyCapPerWeek: 2,
      taskReminderMinutes: [1440, 30],
      attributionWindowDays: 45,
    };
    const res = await put(body);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ ...body, updatedById: h.users.admin.id });
    expect((await t.http().get('/api/v1/crm/settings').set(as('admin'))).body.data).toMatchObject(body);
    expect((await t.prisma.hospital.findUniqueOrThrow({ where: { id: h.id } })).timezone).toBe('Europe/London');

    const audits = await t.prisma.auditLog.findMany({ where: { hospitalId: h.id, action: 'settings.update' } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ userId: h.users.admin.id, entityType: 'CRMSettings', entityId: res.body.data.id });
    const changed = Object.keys(body).filter((k) => k !== 'autoFollowUpTask');
    expect(audits[0].details).toEqual({
      changed,
      before: Object.fromEntries(changed.map((k) => [k, DEFAULTS[k as keyof typeof DEFAULTS]])),
      after: Object.fromEntries(changed.map((k) => [k, body[k as keyof typeof body]])),
    });

    // Saving the same values again changes nothing and writes no audit row; turning quiet hours off takes both ends.
    expect((await put(body)).status).toBe(200);
    expect(await t.prisma.auditLog.count({ where: { hospitalId: h.id, action: 'settings.update' } })).toBe(1);
    const off = await put({ quietHoursStart: null, quietHoursEnd: null });
    expect(off.body.data).toMatchObject({ quietHoursStart: null, quietHoursEnd: null, timezone: 'Europe/London' });
    const last = await t.prisma.auditLog.findFirst({ where: { hospitalId: h.id, action: 'settings.update' }, orderBy: { createdAt: 'desc' } });
    expect(last?.details).toEqual({
      changed: ['quietHoursStart', 'quietHoursEnd'],
      before: { quietHoursStart: '21:30', quietHoursEnd: '07:00' },
      after: { quietHoursStart: null, quietHoursEnd: null },
    });

    const theirs = await t.http().get('/api/v1/crm/settings').set(as('other'));
    expect(theirs.body.data).toMatchObject({ hospitalId: other.id, timezone: 'Asia/Kolkata', autoAssignLeads: false, attributionWindowDays: 30 });
  });

  it("moves the dashboard's days with a new time zone at once", async () => {
    const before = await t.http().get('/api/v1/crm/reports/dashboard').set(as('other'));
    expect(before.body.data.range.timezone).toBe('Asia/Kolkata');
    expect((await put({ timezone: 'America/New_York' }, 'other')).status).toBe(200);
    const after = await t.http().get('/api/v1/crm/reports/dashboard').set(as('other'));
    expect(after.body.data.range.timezone).toBe('America/New_York');
  });
});
