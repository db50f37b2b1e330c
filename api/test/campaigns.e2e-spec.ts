import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { eventually, startTestWorker } from './support/worker';
import { createTemplate, previewContacts, taggedLeads } from './support/campaign-fixtures';
import { twilioMessagesTo } from '../../workflows/test/support/channel-stand-ins';

const BASE = '/api/v1/crm/campaigns';
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

// Kolkata is UTC+05:30 all year: quiet hours from an hour ago to an hour ahead, local wall clock.
function quietWindowAroundNow(): { quietHoursStart: string; quietHoursEnd: string } {
  const local = (new Date().getUTCHours() * 60 + new Date().getUTCMinutes() + 330) % 1440;
  const clock = (minutes: number) => {
    const m = (minutes + 1440) % 1440;
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  };
  return { quietHoursStart: clock(local - 60), quietHoursEnd: clock(local + 60) };
}

describe('campaigns: records, audience preview, and the send through campaign-<id>', () => {
  let t: TestApp;
  let a: HospitalFixture;
  let b: HospitalFixture;
  let stopWorker: () => Promise<void>;
  const tokens: Record<string, string> = {};
  const templates: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const draft = (body: Record<string, unknown> = {}, who = 'admin') =>
    t
      .http()
      .post(BASE)
      .set(as(who))
      .send({
        name: 'Diabetes care week',
        campaignType: 'HEALTH_CAMP',
        channel: 'WHATSAPP',
        templateId: templates.whatsapp,
        audience: { contactTypes: ['PATIENT'], conditions: ['diabetes'] },
        ...body,
      });
  const act = (method: 'post' | 'patch', id: string, action: string, body: Record<string, unknown> = {}, who = 'admin') =>
    t.http()[method](`${BASE}/${id}/${action}`).set(as(who)).send(body);
  const progressOf = async (id: string, who = 'admin') => (await t.http().get(`${BASE}/${id}/progress`).set(as(who))).body.data;

  beforeAll(async () => {
    stopWorker = (await startTestWorker()).stop;
    t = await createTestApp();
    [a, b] = [await createHospital(t.prisma, 'CPA'), await createHospital(t.prisma, 'CPB')];
    tokens.admin = await tokenFor(t, a.users.admin.email);
    tokens.reception = await tokenFor(t, a.users.receptionist.email);
    tokens.otherAdmin = await tokenFor(t, b.users.admin.email);
    templates.whatsapp = (await createTemplate(t.prisma, a.id, 'WHATSAPP')).id;
    templates.email = (await createTemplate(t.prisma, a.id, 'EMAIL')).id;
    templates.inactive = (await createTemplate(t.prisma, a.id, 'WHATSAPP', { isActive: false })).id;
    templates.otherHospital = (await createTemplate(t.prisma, b.id, 'WHATSAPP')).id;
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await stopWorker();
  });

  describe('records', () => {
    it('creates a DRAFT with its audience normalised, lists and filters it, and audits the creation', async () => {
      const res = await draft({
        audience: { contactTypes: ['PATIENT'], conditions: [' Diabetes ', 'diabetes'], excludeTags: [] },
        costPerMessage: 0.25,
        budget: 100,
      });
      expect(res.status).toBe(201);
      const c = res.body.data;
      expect(c).toMatchObject({
        name: 'Diabetes care week',
        status: 'DRAFT',
        channel: 'WHATSAPP',
        audience: { contactTypes: ['PATIENT'], conditions: ['Diabetes'] },
        costPerMessage: 0.25,
        budget: 100,
        totalRecipients: 0,
        sentCount: 0,
        failedCount: 0,
        template: { id: templates.whatsapp, channel: 'WHATSAPP' },
        createdBy: { id: a.users.admin.id },
      });
      expect((await t.http().get(`${BASE}/${c.id}`).set(as('admin'))).body.data.id).toBe(c.id);
      const listed = await t
        .http()
        .get(`${BASE}?status=DRAFT&campaignType=HEALTH_CAMP&channel=WHATSAPP,SMS&q=care%20week&createdFrom=${inHours(-1)}`)
        .set(as('admin'));
      expect(listed.status).toBe(200);
      expect(listed.body.data).toMatchObject({ page: 1, limit: 20 });
      expect(listed.body.data.campaigns.map((x: { id: string }) => x.id)).toContain(c.id);
      const none = await t.http().get(`${BASE}?status=RUNNING&campaignType=HEALTH_CAMP`).set(as('admin'));
      expect(none.body.data.campaigns.map((x: { id: string }) => x.id)).not.toContain(c.id);
      const audit = await t.prisma.auditLog.findMany({ where: { entityId: c.id } });
      expect(audit.map((row) => row.action)).toEqual(['campaign.create']);
    });

    it('refuses a bad audience with 400 naming each field', async () => {
      const res = await draft({ audience: { ageRange: { min: 60, max: 30 }, city: 'Pune', doNotMarket: true } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['audience.city', 'audience.ageRange.max', 'audience.doNotMarket']);
      const missing = await draft({ audience: undefined });
      expect(missing.status).toBe(400);
      expect(missing.body.error.details.map((d: { field: string }) => d.field)).toContain('audience');
      const leadsOnly = await draft({ audience: { contactTypes: ['LEAD'], lastVisit: { within: 30 } } });
      expect(leadsOnly.status).toBe(400);
      expect(leadsOnly.body.error.details).toEqual([{ field: 'audience.lastVisit', messages: [expect.stringContaining('applies to patients only')] }]);
    });

    it('refuses a template of another channel, an inactive one and another hospital’s with 422', async () => {
      for (const templateId of [templates.email, templates.inactive, templates.otherHospital]) {
        const res = await draft({ templateId });
        expect(res.status).toBe(422);
        expect(res.body.error.details[0].field).toBe('templateId');
      }
      expect((await draft({ templateId: templates.email })).body.error.message).toContain('is for EMAIL, not WHATSAPP');
      expect((await draft({ channel: 'PHONE_CALL' })).status).toBe(400);
      expect((await draft({ scheduledAt: inHours(-1) })).status).toBe(422);
    });

    it('refuses status, counters and the hospital in the body (400) and changes nothing', async () => {
      const before = await t.prisma.cRMCampaign.count({ where: { hospitalId: a.id } });
      const res = await draft({ status: 'RUNNING', sentCount: 5000, totalRecipients: 1, hospitalId: b.id });
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['hospitalId', 'sentCount', 'status', 'totalRecipients']);
      expect(await t.prisma.cRMCampaign.count({ where: { hospitalId: a.id } })).toBe(before);
      const { id } = (await draft()).body.data;
      const put = await t.http().put(`${BASE}/${id}`).set(as('admin')).send({ convertedCount: 9, status: 'COMPLETED' });
      expect(put.status).toBe(400);
      expect(await t.prisma.cRMCampaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ convertedCount: 0, status: 'DRAFT' });
    });

    it('edits a DRAFT, checking the result as a whole, and deletes it', async () => {
      const { id } = (await draft()).body.data;
      const put = (body: Record<string, unknown>) => t.http().put(`${BASE}/${id}`).set(as('admin')).send(body);
      const renamed = await put({ name: 'Diabetes week 2', audience: { contactTypes: ['PATIENT'], ageRange: { min: 40 } }, budget: null });
      expect(renamed.status).toBe(200);
      expect(renamed.body.data).toMatchObject({ name: 'Diabetes week 2', audience: { contactTypes: ['PATIENT'], ageRange: { min: 40 } }, budget: null });
      expect((await put({ channel: 'EMAIL' })).status).toBe(422);
      expect((await put({ channel: 'EMAIL', templateId: templates.email })).body.data).toMatchObject({ channel: 'EMAIL', template: { id: templates.email } });
      const blank = await put({ name: null });
      expect(blank.status).toBe(400);
      expect(blank.body.error.details).toEqual([{ field: 'name', messages: ['name cannot be null'] }]);
      const removed = await t.http().delete(`${BASE}/${id}`).set(as('admin'));
      expect(removed.status).toBe(200);
      expect(removed.body.data).toEqual({ id, name: 'Diabetes week 2', deleted: true });
      expect((await t.http().get(`${BASE}/${id}`).set(as('admin'))).status).toBe(404);
      expect((await t.prisma.auditLog.findMany({ where: { entityId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })).map((r) => r.action)).toEqual([
        'campaign.create',
        'campaign.delete',
      ]);
    });

    it('answers 404 for another hospital’s campaign on every endpoint and 403 to a receptionist', async () => {
      const { id } = (await draft()).body.data;
      const other = as('otherAdmin');
      expect((await t.http().get(`${BASE}/${id}`).set(other)).status).toBe(404);
      expect((await t.http().put(`${BASE}/${id}`).set(other).send({ name: 'Mine now' })).status).toBe(404);
      expect((await t.http().delete(`${BASE}/${id}`).set(other)).status).toBe(404);
      expect((await act('post', id, 'launch', {}, 'otherAdmin')).status).toBe(404);
      expect((await act('patch', id, 'pause', {}, 'otherAdmin')).status).toBe(404);
      expect((await act('patch', id, 'cancel', {}, 'otherAdmin')).status).toBe(404);
      expect((await t.http().get(`${BASE}/${id}/progress`).set(other)).status).toBe(404);
      expect((await t.http().get(`${BASE}/${id}/analytics`).set(other)).status).toBe(404);
      expect((await t.http().get(BASE).set(other)).body.data.campaigns.map((c: { id: string }) => c.id)).not.toContain(id);

      const reception = await t.http().get(BASE).set(as('reception'));
      expect(reception.status).toBe(403);
      expect(reception.body.error).toEqual({ code: 'FORBIDDEN', message: expect.stringContaining('campaigns') });
      expect((await draft({}, 'reception')).status).toBe(403);
      expect((await act('post', id, 'launch', {}, 'reception')).status).toBe(403);
      expect((await t.http().post(`${BASE}/audience/preview`).set(as('reception')).send({ channel: 'EMAIL', audience: {} })).status).toBe(403);
    });
  });

  describe('audience preview', () => {
    let p: HospitalFixture;
    let contacts: Awaited<ReturnType<typeof previewContacts>>;
    const preview = (channel: string, audience: unknown) => t.http().post(`${BASE}/audience/preview`).set(as('previewAdmin')).send({ channel, audience });

    beforeAll(async () => {
      p = await createHospital(t.prisma, 'CPP');
      tokens.previewAdmin = await tokenFor(t, p.users.admin.email);
      contacts = await previewContacts(t.prisma, p.id);
    });

    it('counts who an audience reaches by email and shows the first of them', async () => {
      const res = await preview('EMAIL', {});
      expect(res.status).toBe(200);
      expect(res.body.data.count).toEqual({ total: 3, patients: 2, leads: 1 });
      expect(res.body.data.sample).toHaveLength(3);
      expect(res.body.data.sample.map((s: { contactType: string }) => s.contactType)).toEqual(['PATIENT', 'PATIENT', 'LEAD']);
      expect(res.body.data.sample.map((s: { firstName: string }) => s.firstName).sort()).toEqual(['Asha', 'Bala', 'Kiran']);
      expect(res.body.data.sample[2]).toEqual({
        contactType: 'LEAD',
        leadId: contacts.kiran.id,
        patientId: null,
        address: contacts.email('Kiran'),
        firstName: 'Kiran',
        lastName: 'Preview',
      });
    });

    it.each<[string, string, unknown, { total: number; patients: number; leads: number }]>([
      ['SMS reaches E.164 numbers only', 'SMS', {}, { total: 2, patients: 1, leads: 1 }],
      [
        'diabetic patients seen this month',
        'EMAIL',
        { contactTypes: ['PATIENT'], conditions: ['DIABETES'], lastVisit: { within: 30 } },
        { total: 1, patients: 1, leads: 0 },
      ],
      [
        'engaged leads (the do-not-contact one left out)',
        'EMAIL',
        { contactTypes: ['LEAD'], engagementScore: { min: 50 } },
        { total: 1, patients: 0, leads: 1 },
      ],
      ['aged 40 to 60', 'EMAIL', { ageRange: { min: 40, max: 60 } }, { total: 1, patients: 1, leads: 0 }],
      ['a department, from appointments', 'EMAIL', { departments: ['cardiology'] }, { total: 1, patients: 1, leads: 0 }],
      [
        'a tag with quotes and wildcards matches nobody',
        'EMAIL',
        { contactTypes: ['LEAD'], tags: ["VIP' OR '1'='1", 'V%'] },
        { total: 0, patients: 0, leads: 0 },
      ],
    ])('%s', async (_name, channel, audience, count) => {
      const res = await preview(channel, audience);
      expect(res.status).toBe(200);
      expect(res.body.data.count).toEqual(count);
    });

    it('refuses a bad spec or channel with 400 naming the field', async () => {
      const res = await preview('EMAIL', { engagementScore: { min: 120 } });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([{ field: 'audience.engagementScore.min', messages: [expect.stringContaining('0 to 100')] }]);
      expect((await preview('PHONE_CALL', {})).body.error.details[0].field).toBe('channel');
    });
  });

  describe('the send', () => {
    it('launches now: the workflow fixes the list, sends each recipient one WhatsApp message and completes', async () => {
      const { leads, audience } = await taggedLeads(t.prisma, a.id, 3);
      const { id } = (await draft({ audience, costPerMessage: 0.5 })).body.data;
      const res = await act('post', id, 'launch');
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ id, status: 'RUNNING', totalRecipients: 3, progress: { status: 'RUNNING', totalRecipients: 3 } });

      const done = await eventually(async () => {
        const progress = await progressOf(id);
        return progress.status === 'COMPLETED' ? progress : undefined;
      }, 30_000);
      expect(done).toMatchObject({ totalRecipients: 3, processed: 3, sent: 3, failed: 0, skipped: 0, unknown: 0 });
      for (const lead of leads) {
        const received = await twilioMessagesTo(lead.phone!);
        expect(received.map((m) => m.message.body)).toEqual([expect.stringContaining(`Hi ${lead.firstName}, join our free diabetes camp`)]);
      }
      expect(await t.prisma.cRMCampaignRecipient.count({ where: { campaignId: id, status: 'SENT' } })).toBe(3);

      const again = await act('post', id, 'launch');
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('is COMPLETED');
      expect((await t.http().put(`${BASE}/${id}`).set(as('admin')).send({ name: 'Too late' })).status).toBe(409);
      expect((await t.http().delete(`${BASE}/${id}`).set(as('admin'))).status).toBe(409);
      expect((await act('patch', id, 'pause')).status).toBe(409);
      expect((await t.prisma.auditLog.findMany({ where: { entityId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })).map((r) => r.action)).toEqual([
        'campaign.create',
        'campaign.launch',
      ]);

      // Analytics: counters from the ledger's settlement, cost, sends per local day, and a conversion with revenue.
      const [converted] = leads;
      const patient = await t.prisma.patient.create({ data: { hospitalId: a.id, mrn: `MRN-${id}`, firstName: converted.firstName, lastName: 'Camp' } });
      await t.prisma.cRMLead.update({ where: { id: converted.id }, data: { status: 'CONVERTED', convertedAt: new Date(), convertedToPatientId: patient.id } });
      await t.prisma.invoice.create({
        data: { hospitalId: a.id, patientId: patient.id, number: `INV-${id}`, amount: '1000.00', status: 'PAID', paidAt: new Date() },
      });
      const analytics = await t.http().get(`${BASE}/${id}/analytics`).set(as('admin'));
      expect(analytics.status).toBe(200);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
      expect(analytics.body.data).toMatchObject({
        counters: { totalRecipients: 3, sentCount: 3, failedCount: 0 },
        rates: { deliveryRate: 0, openRate: null },
        timezone: 'Asia/Kolkata',
        daily: [{ date: today, sent: 3, delivered: 0 }],
        cost: { costPerMessage: 0.5, messagesSent: 3, total: 1.5 },
        roi: { attributionWindowDays: 30, attributedConversions: 1, revenue: [{ currency: 'USD', amount: 1000 }], roiPercent: 66566.7 },
      });
    });

    it('launches a birthday campaign that keeps running with no list of its own; its daily runs are listed under it', async () => {
      const { audience } = await taggedLeads(t.prisma, a.id, 2);
      const { id } = (await draft({ name: 'Birthday wishes', campaignType: 'BIRTHDAY', audience })).body.data;
      const launched = await act('post', id, 'launch');
      expect(launched.status).toBe(200);
      expect(launched.body.data).toMatchObject({ status: 'RUNNING', totalRecipients: 0, progress: { status: 'RUNNING', daily: true } });

      // What the hourly schedule's pass writes for a day (workflows/test/birthday-campaign.e2e-spec.ts sends one).
      const parent = await t.prisma.cRMCampaign.findUniqueOrThrow({ where: { id } });
      const run = await t.prisma.cRMCampaign.create({
        data: {
          ...parent,
          id: undefined,
          name: 'Birthday wishes · 2026-11-24',
          status: 'COMPLETED',
          parentCampaignId: id,
          runDate: new Date('2026-11-24T00:00:00Z'),
          audience: audience,
        },
      });
      const names = async (query = '') =>
        (await t.http().get(`${BASE}?limit=100${query}`).set(as('admin'))).body.data.campaigns.map((c: { id: string }) => c.id);
      expect(await names()).toContain(id);
      expect(await names()).not.toContain(run.id);
      const runs = await t.http().get(`${BASE}?parentCampaignId=${id}`).set(as('admin'));
      expect(runs.body.data.campaigns).toEqual([expect.objectContaining({ id: run.id, parentCampaignId: id, runDate: '2026-11-24', status: 'COMPLETED' })]);
      expect((await t.http().get(`${BASE}?parentCampaignId=${id}`).set(as('otherAdmin'))).body.data.campaigns).toEqual([]);
      expect((await t.http().get(`${BASE}?parentCampaignId=not-a-uuid`).set(as('admin'))).status).toBe(400);

      const cancelled = await act('post', id, 'cancel');
      expect(cancelled.body.data).toMatchObject({ status: 'CANCELLED' });
    });

    it('schedules a launch, moves it, refuses what a scheduled campaign cannot do, and cancels it', async () => {
      const { leads, audience } = await taggedLeads(t.prisma, a.id, 2);
      const { id } = (await draft({ audience })).body.data;
      const startAt = inHours(2);
      const launched = await act('post', id, 'launch', { startAt });
      expect(launched.status).toBe(200);
      expect(launched.body.data).toMatchObject({ status: 'SCHEDULED', totalRecipients: 2, progress: { status: 'SCHEDULED', startAt } });

      const later = inHours(3);
      const moved = await act('patch', id, 'schedule', { startAt: later });
      expect(moved.status).toBe(200);
      expect(moved.body.data.progress).toMatchObject({ status: 'SCHEDULED', startAt: later });
      expect((await t.prisma.cRMCampaign.findUniqueOrThrow({ where: { id } })).scheduledAt?.toISOString()).toBe(later);
      expect((await act('patch', id, 'schedule', { startAt: inHours(-1) })).status).toBe(422);

      const paused = await act('patch', id, 'pause');
      expect(paused.status).toBe(409);
      expect(paused.body.error.message).toBe('A scheduled campaign cannot be paused');
      expect((await progressOf(id)).source).toBe('workflow');

      const cancelled = await act('patch', id, 'cancel');
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.data).toMatchObject({ status: 'CANCELLED', progress: { status: 'CANCELLED', skipped: 2, sent: 0 } });
      const twice = await act('patch', id, 'cancel');
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toMatch(/cancelled campaign cannot be cancelled|is CANCELLED/);
      expect(await eventually(async () => ((await progressOf(id)).source === 'database' ? progressOf(id) : undefined))).toMatchObject({
        status: 'CANCELLED',
        totalRecipients: 2,
        skipped: 2,
      });
      for (const lead of leads) expect(await twilioMessagesTo(lead.phone!)).toEqual([]);
      expect((await t.prisma.auditLog.findMany({ where: { entityId: id } })).map((r) => r.action).sort()).toEqual([
        'campaign.cancel',
        'campaign.create',
        'campaign.launch',
      ]);
    });

    it('pauses and resumes a running campaign held by quiet hours, then cancels it by POST', async () => {
      const q = await createHospital(t.prisma, 'CPQ');
      tokens.quietAdmin = await tokenFor(t, q.users.admin.email);
      await t.prisma.cRMSettings.create({ data: { hospitalId: q.id, ...quietWindowAroundNow() } });
      const templateId = (await createTemplate(t.prisma, q.id, 'WHATSAPP')).id;
      const { leads, audience } = await taggedLeads(t.prisma, q.id, 2);
      const { id } = (await draft({ audience, templateId }, 'quietAdmin')).body.data;

      expect((await act('patch', id, 'pause', {}, 'quietAdmin')).body.error.message).toBe(`Campaign ${id} is DRAFT: launch it first`);
      expect((await act('post', id, 'launch', {}, 'quietAdmin')).body.data.progress).toMatchObject({ status: 'RUNNING', totalRecipients: 2 });
      const paused = await act('patch', id, 'pause', {}, 'quietAdmin');
      expect(paused.status).toBe(200);
      expect(paused.body.data).toMatchObject({ status: 'PAUSED', progress: { status: 'PAUSED', sent: 0 } });
      expect((await act('patch', id, 'pause', {}, 'quietAdmin')).body.error).toEqual({ code: 'CONFLICT', message: 'A paused campaign cannot be paused' });
      const resumed = await act('patch', id, 'resume', {}, 'quietAdmin');
      expect(resumed.status).toBe(200);
      expect(resumed.body.data.progress.status).toBe('RUNNING');
      expect(await progressOf(id, 'quietAdmin')).toMatchObject({ source: 'workflow', status: 'RUNNING', sent: 0 });
      const cancelled = await act('post', id, 'cancel', {}, 'quietAdmin');
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.data.progress).toMatchObject({ status: 'CANCELLED', skipped: 2 });
      for (const lead of leads) expect(await twilioMessagesTo(lead.phone!)).toEqual([]);
    });

    it('refuses to launch over budget, with a start in the past, or with a template that was deactivated (422)', async () => {
      const { audience } = await taggedLeads(t.prisma, a.id, 3);
      const over = (await draft({ audience, costPerMessage: 1, budget: 2.5 })).body.data.id;
      const res = await act('post', over, 'launch');
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual([{ field: 'budget', messages: ['3 recipients × 1 = 3 > 2.5'] }]);
      expect((await act('post', over, 'launch', { startAt: inHours(-1) })).body.error.details[0].field).toBe('startAt');

      const template = await createTemplate(t.prisma, a.id, 'WHATSAPP');
      const { id } = (await draft({ audience, templateId: template.id })).body.data;
      await t.prisma.cRMTemplate.update({ where: { id: template.id }, data: { isActive: false } });
      const inactive = await act('post', id, 'launch');
      expect(inactive.status).toBe(422);
      expect(inactive.body.error.details[0].field).toBe('templateId');
      expect((await t.prisma.cRMCampaign.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
    });
  });
});
