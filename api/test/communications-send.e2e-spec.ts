import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { eventually, startTestWorker } from './support/worker';
import { twilioMessagesTo, uniquePhone } from '../../workflows/test/support/channel-stand-ins';

// Sending goes API → communication-<id> workflow → real provider SDK → local stand-in (moto, Twilio fake).
describe('communications: send, schedule, cancel and reschedule', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let other: HospitalFixture;
  let stopWorker: () => Promise<void>;
  let token: string;
  let otherToken: string;
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

  beforeAll(async () => {
    stopWorker = (await startTestWorker()).stop;
    t = await createTestApp();
    h = await createHospital(t.prisma, 'SN');
    other = await createHospital(t.prisma, 'SO');
    token = await tokenFor(t, h.users.receptionist.email);
    otherToken = await tokenFor(t, other.users.admin.email);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await stopWorker();
  });

  const newLead = async (fields: Record<string, unknown> = {}) => {
    const phone = uniquePhone();
    const res = await t
      .http()
      .post('/api/v1/crm/leads')
      .set(auth())
      .send({ firstName: 'Kavya', lastName: 'Iyer', source: 'WEBSITE', phone, email: `kavya.${phone.slice(-6)}@mail.example`, ...fields });
    expect(res.status).toBe(201);
    return { id: res.body.data.id as string, phone };
  };
  const send = (body: Record<string, unknown>) => t.http().post('/api/v1/crm/communications/send').set(auth()).send(body);
  const schedule = (body: Record<string, unknown>) => t.http().post('/api/v1/crm/communications/schedule').set(auth()).send(body);
  const statusOf = async (id: string) => (await t.prisma.cRMCommunication.findUniqueOrThrow({ where: { id } })).status;

  it('sends a WhatsApp message now: 202 QUEUED, then SENT through Twilio with the text the person receives', async () => {
    const lead = await newLead();
    const res = await send({ leadId: lead.id, channel: 'WHATSAPP', body: 'Hello Kavya, your MRI slot is confirmed.' });
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({
      status: 'QUEUED',
      channel: 'WHATSAPP',
      direction: 'OUTBOUND',
      toAddress: lead.phone,
      body: 'Hello Kavya, your MRI slot is confirmed.',
    });
    expect(res.body.data).not.toHaveProperty('bodyKeyId');
    const id = res.body.data.id as string;
    await eventually(async () => ((await statusOf(id)) === 'SENT' ? true : undefined));
    const received = await twilioMessagesTo(lead.phone);
    expect(received.map((m) => m.message.body)).toEqual(['Hello Kavya, your MRI slot is confirmed.']);
    const shown = await t.http().get(`/api/v1/crm/communications/${id}`).set(auth());
    expect(shown.body.data).toMatchObject({ status: 'SENT', provider: 'twilio', providerMessageId: received[0].message.sid });
    const stored = await t.prisma.cRMCommunication.findUniqueOrThrow({ where: { id } });
    expect(stored.body).not.toContain('MRI');
  });

  it('renders a template for the lead and sends it', async () => {
    const lead = await newLead();
    const template = await t.prisma.cRMTemplate.create({
      data: {
        hospitalId: h.id,
        name: 'Visit reminder',
        channel: 'WHATSAPP',
        category: 'APPOINTMENT_REMINDER',
        content: 'Hi {{firstName}}, see you on {{visitDay}}.',
        variables: ['firstName', 'visitDay'],
      },
    });
    const res = await send({ leadId: lead.id, channel: 'WHATSAPP', templateId: template.id, variables: { visitDay: 'Friday' } });
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ body: 'Hi Kavya, see you on Friday.', isMarketing: false, template: { id: template.id } });
    await eventually(async () => ((await twilioMessagesTo(lead.phone)).length === 1 ? true : undefined));
  });

  it('turns a typed email into escaped HTML', async () => {
    const lead = await newLead();
    const res = await send({ leadId: lead.id, channel: 'EMAIL', subject: 'Preparation', body: 'Fasting <8h> before the test.\n\nThanks' });
    expect(res.status).toBe(202);
    expect(res.body.data.body).toBe('<p>Fasting &lt;8h&gt; before the test.</p>\n<p>Thanks</p>');
    expect(res.body.data.toAddress).toMatch(/^kavya\.\d+@mail\.example$/);
  });

  it('schedules, then cancels before the time: CANCELLED as the workflow confirmed; a second cancel is a 409', async () => {
    const lead = await newLead();
    const res = await schedule({ leadId: lead.id, channel: 'WHATSAPP', body: 'See you next week', sendAt: inHours(24) });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ status: 'SCHEDULED' });
    const id = res.body.data.id as string;
    const cancelled = await t.http().post(`/api/v1/crm/communications/${id}/cancel`).set(auth());
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: 'CANCELLED' });
    expect(cancelled.body.data.cancelledAt).not.toBeNull();
    const again = await t.http().post(`/api/v1/crm/communications/${id}/cancel`).set(auth());
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ success: false, error: { code: 'CONFLICT' } });
    const moved = await t
      .http()
      .patch(`/api/v1/crm/communications/${id}/schedule`)
      .set(auth())
      .send({ sendAt: inHours(48) });
    expect(moved.status).toBe(409);
    expect(await twilioMessagesTo(lead.phone)).toHaveLength(0);
  });

  it('reschedules a waiting message', async () => {
    const lead = await newLead();
    const id = (await schedule({ leadId: lead.id, channel: 'SMS', body: 'Checkup due', sendAt: inHours(5) })).body.data.id as string;
    const sendAt = inHours(30);
    const moved = await t.http().patch(`/api/v1/crm/communications/${id}/schedule`).set(auth()).send({ sendAt });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ status: 'SCHEDULED', scheduledFor: sendAt });
    await t.http().post(`/api/v1/crm/communications/${id}/cancel`).set(auth()).expect(200);
  });

  it.each([
    ['no recipient', { channel: 'SMS', body: 'x' }, 400, /leadId or patientId/],
    ['a channel that is logged, not sent', { channel: 'PHONE_CALL', body: 'x', lead: true }, 400, /channel/],
    ['neither body nor template', { channel: 'SMS', lead: true }, 400, /or choose a template/],
    ['an email without a subject', { channel: 'EMAIL', body: 'x', lead: true }, 400, /subject/],
    ['a text over 1600 characters', { channel: 'SMS', body: 'x'.repeat(1601), lead: true }, 422, /at most 1600/],
    ['an unknown field', { channel: 'SMS', body: 'x', hospitalId: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b', lead: true }, 400, /hospitalId/],
  ])('refuses %s and records nothing', async (_name, body, status, message) => {
    const { lead, ...rest } = body as Record<string, unknown>;
    const before = await t.prisma.cRMCommunication.count({ where: { hospitalId: h.id } });
    const res = await send({ ...rest, ...(lead ? { leadId: (await newLead()).id } : {}) });
    expect(res.status).toBe(status);
    expect(res.body.success).toBe(false);
    expect(JSON.stringify(res.body.error)).toMatch(message as RegExp);
    expect(await t.prisma.cRMCommunication.count({ where: { hospitalId: h.id } })).toBe(before);
  });

  it('refuses a time in the past or more than a year ahead', async () => {
    const lead = await newLead();
    expect((await schedule({ leadId: lead.id, channel: 'SMS', body: 'x', sendAt: inHours(-1) })).status).toBe(422);
    expect((await schedule({ leadId: lead.id, channel: 'SMS', body: 'x', sendAt: inHours(24 * 400) })).status).toBe(422);
    expect((await schedule({ leadId: lead.id, channel: 'SMS', body: 'x', sendAt: 'tomorrow' })).status).toBe(400);
  });

  it('refuses a lead without a phone number for SMS, with a clear reason', async () => {
    const lead = await newLead({ phone: undefined });
    const res = await send({ leadId: lead.id, channel: 'SMS', body: 'x' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/no phone number/);
  });

  it('refuses marketing to an opted-out lead and anything to a suppressed number, but sends a reminder to the opted-out lead', async () => {
    const lead = await newLead({ doNotMarket: true });
    const offer = await send({ leadId: lead.id, channel: 'WHATSAPP', body: 'Offer!', isMarketing: true });
    expect(offer.status).toBe(422);
    expect(offer.body.error.message).toMatch(/opted out of marketing/);
    expect((await send({ leadId: lead.id, channel: 'WHATSAPP', body: 'Your visit is at 10' })).status).toBe(202);

    const stopped = await newLead();
    await t.prisma.contactSuppression.create({ data: { hospitalId: h.id, channel: 'WHATSAPP', address: stopped.phone, reason: 'STOP_REPLY', scope: 'ALL' } });
    const res = await send({ leadId: stopped.id, channel: 'WHATSAPP', body: 'Your visit is at 10' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/suppressed/);
  });

  it('refuses a template made for another channel', async () => {
    const lead = await newLead();
    const template = await t.prisma.cRMTemplate.create({ data: { hospitalId: h.id, name: 'SMS only', channel: 'SMS', category: 'CUSTOM', content: 'Hi' } });
    const res = await send({ leadId: lead.id, channel: 'WHATSAPP', templateId: template.id });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/for SMS/);
  });

  it("keeps hospitals apart: another hospital's lead or message is a 404", async () => {
    const lead = await newLead();
    const res = await t
      .http()
      .post('/api/v1/crm/communications/send')
      .set({ Authorization: `Bearer ${otherToken}` })
      .send({ leadId: lead.id, channel: 'SMS', body: 'x' });
    expect(res.status).toBe(404);
    const mine = (await schedule({ leadId: lead.id, channel: 'SMS', body: 'x', sendAt: inHours(3) })).body.data.id as string;
    expect(
      (
        await t
          .http()
          .post(`/api/v1/crm/communications/${mine}/cancel`)
          .set({ Authorization: `Bearer ${otherToken}` })
      ).status,
    ).toBe(404);
    expect(await statusOf(mine)).toBe('SCHEDULED');
    await t.http().post(`/api/v1/crm/communications/${mine}/cancel`).set(auth()).expect(200);
  });
});
