import { getExpectedTwilioSignature } from 'twilio';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { eventually, startTestWorker } from './support/worker';
import { createTemplate, taggedLeads } from './support/campaign-fixtures';

// After a campaign is sent, provider callbacks and replies climb each recipient's funnel and the
// campaign's counters follow, once per recipient and stage, whatever order or how often they come.
const BASE = '/api/v1/crm/campaigns';
const STATUS = '/api/v1/crm/webhooks/twilio/status';
const INBOUND = '/api/v1/crm/webhooks/twilio/inbound';

describe('campaign counters from delivery callbacks, replies and conversions', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let stopWorker: () => Promise<void>;
  let admin: string;
  const as = () => ({ Authorization: `Bearer ${admin}` });
  const token = () => process.env.TWILIO_AUTH_TOKEN!;
  const publicUrl = () => (process.env.PUBLIC_API_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '');
  const twilio = (path: string, params: Record<string, string>) =>
    t
      .http()
      .post(path)
      .type('form')
      .set('X-Twilio-Signature', getExpectedTwilioSignature(token(), `${publicUrl()}${path}`, params))
      .send(params);
  const callback = (sid: string, to: string, status: string) =>
    twilio(STATUS, { MessageSid: sid, SmsSid: sid, MessageStatus: status, SmsStatus: status, To: `whatsapp:${to}`, From: 'whatsapp:+14155238886' });
  const counters = async (id: string) =>
    t.prisma.cRMCampaign.findUniqueOrThrow({
      where: { id },
      select: { sentCount: true, deliveredCount: true, openedCount: true, clickedCount: true, respondedCount: true, convertedCount: true, failedCount: true },
    });

  beforeAll(async () => {
    if (!process.env.TWILIO_AUTH_TOKEN) throw new Error('TWILIO_AUTH_TOKEN is not set: run through `npm test`, which starts the Twilio stand-in');
    stopWorker = (await startTestWorker()).stop;
    t = await createTestApp();
    h = await createHospital(t.prisma, 'CD');
    admin = await tokenFor(t, h.users.admin.email);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await stopWorker();
  });

  it('counts deliveries, opens, replies and a conversion once each, whatever order the callbacks come in', async () => {
    const template = await createTemplate(t.prisma, h.id, 'WHATSAPP');
    const { leads, audience } = await taggedLeads(t.prisma, h.id, 3);
    const created = await t
      .http()
      .post(BASE)
      .set(as())
      .send({ name: 'Funnel', campaignType: 'HEALTH_CAMP', channel: 'WHATSAPP', templateId: template.id, audience });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;
    expect((await t.http().post(`${BASE}/${id}/launch`).set(as()).send({})).status).toBe(200);
    await eventually(async () => ((await t.prisma.cRMCampaign.findUniqueOrThrow({ where: { id } })).status === 'COMPLETED' ? true : undefined), 30_000);

    const messages = await t.prisma.cRMCommunication.findMany({
      where: { campaignId: id },
      select: { providerMessageId: true, toAddress: true, leadId: true },
    });
    const of = (leadId: string) => messages.find((m) => m.leadId === leadId)!;
    const [first, second, third] = leads.map((l) => of(l.id));

    // First: delivered, then read, then a late duplicate "delivered". Second: read with no delivered before it.
    for (const [m, status] of [
      [first, 'delivered'],
      [first, 'read'],
      [first, 'delivered'],
      [second, 'read'],
      [second, 'read'],
    ] as const) {
      expect((await callback(m.providerMessageId!, m.toAddress!, status)).status).toBe(200);
    }
    // Third replies (twice: a replayed webhook).
    const reply = { MessageSid: `SM${'f'.repeat(32)}`, From: `whatsapp:${third.toAddress}`, To: 'whatsapp:+14155238886', Body: 'Yes, please book me' };
    expect((await twilio(INBOUND, reply)).status).toBe(200);
    expect((await twilio(INBOUND, reply)).status).toBe(200);

    // By hand: delivered = first, second (read implies delivered), third (a reply implies delivered) = 3;
    // opened = first, second = 2; responded = third = 1; nothing clicked or failed.
    expect(await counters(id)).toEqual({
      sentCount: 3,
      deliveredCount: 3,
      openedCount: 2,
      clickedCount: 0,
      respondedCount: 1,
      convertedCount: 0,
      failedCount: 0,
    });
    const ledger = await t.prisma.cRMCampaignRecipient.findMany({ where: { campaignId: id }, select: { leadId: true, status: true } });
    expect(Object.fromEntries(ledger.map((r) => [r.leadId, r.status]))).toEqual({
      [leads[0].id]: 'OPENED',
      [leads[1].id]: 'OPENED',
      [leads[2].id]: 'RESPONDED',
    });

    // The third lead converts: the campaign gets the credit, once.
    const lead = leads[2];
    await t.prisma.cRMLead.update({ where: { id: lead.id }, data: { status: 'APPOINTMENT_SCHEDULED' } });
    expect((await t.http().post(`/api/v1/crm/leads/${lead.id}/convert`).set(as()).send({})).status).toBeLessThan(300);
    expect((await t.http().post(`/api/v1/crm/leads/${lead.id}/convert`).set(as()).send({})).status).toBeLessThan(300);
    expect((await counters(id)).convertedCount).toBe(1);
    expect((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: lead.id } })).campaignId).toBe(id);
  });
});
