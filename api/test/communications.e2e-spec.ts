import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { eventually, startTestWorker } from './support/worker';

describe('communications: logging, history and stats', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let other: HospitalFixture;
  let stopWorker: () => Promise<void>;
  let token: string;
  let otherToken: string;
  const auth = () => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    stopWorker = (await startTestWorker()).stop;
    t = await createTestApp();
    h = await createHospital(t.prisma, 'CM');
    other = await createHospital(t.prisma, 'CO');
    token = await tokenFor(t, h.users.receptionist.email);
    otherToken = await tokenFor(t, other.users.admin.email);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await stopWorker();
  });

  const newLead = async (source = 'WALK_IN') =>
    (
      await t
        .http()
        .post('/api/v1/crm/leads')
        .set(auth())
        .send({ firstName: 'Meera', lastName: 'Nair', source, phone: `+1555${Math.floor(Math.random() * 1e9)}` })
    ).body.data.id as string;

  it('logs a call: it lands in the timeline, sets last contact, and raises the score', async () => {
    const leadId = await newLead();
    await eventually(async () => ((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: leadId } })).score === 10 ? true : undefined));
    const res = await t
      .http()
      .post('/api/v1/crm/communications')
      .set(auth())
      .send({ leadId, channel: 'PHONE_CALL', direction: 'OUTBOUND', outcome: 'Interested', durationSeconds: 180, responded: true });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      status: 'RESPONDED',
      channel: 'PHONE_CALL',
      durationSeconds: 180,
      lead: { id: leadId },
      initiatedBy: { id: h.users.receptionist.id },
    });
    // Walk-in 10 + one communication 3 + answered 20 + contacted today 15.
    const lead = await eventually(async () => {
      const row = await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: leadId } });
      return row.score === 48 ? row : undefined;
    });
    expect(lead.lastContactedAt).not.toBeNull();
    const timeline = await t.http().get(`/api/v1/crm/leads/${leadId}/timeline`).set(auth());
    expect(timeline.body.data.items.map((i: { kind: string }) => i.kind)).toEqual(expect.arrayContaining(['communication', 'activity']));
  });

  it.each([
    ['nobody to talk to', { channel: 'PHONE_CALL', direction: 'OUTBOUND' }, 400],
    ['an unknown channel', { channel: 'PIGEON', direction: 'OUTBOUND', leadId: '00000000-0000-4000-8000-000000000000' }, 400],
    ['a system status', { channel: 'EMAIL', direction: 'OUTBOUND', status: 'DELIVERED', leadId: '00000000-0000-4000-8000-000000000000' }, 400],
    ['an unknown lead', { channel: 'PHONE_CALL', direction: 'OUTBOUND', leadId: '00000000-0000-4000-8000-000000000000' }, 404],
    ['a future time', { channel: 'PHONE_CALL', direction: 'OUTBOUND', occurredAt: '2999-01-01T00:00:00Z' }, 0],
  ])('refuses %s', async (_case, body, status) => {
    const before = await t.prisma.cRMCommunication.count({ where: { hospitalId: h.id } });
    const payload = status === 0 ? { ...body, leadId: await newLead() } : body;
    const res = await t.http().post('/api/v1/crm/communications').set(auth()).send(payload);
    expect(res.status).toBe(status === 0 ? 422 : status);
    expect(await t.prisma.cRMCommunication.count({ where: { hospitalId: h.id } })).toBe(before);
  });

  it("keeps another hospital's leads and history out of reach", async () => {
    const leadId = await newLead();
    const res = await t
      .http()
      .post('/api/v1/crm/communications')
      .set({ Authorization: `Bearer ${otherToken}` })
      .send({ leadId, channel: 'PHONE_CALL', direction: 'OUTBOUND' });
    expect(res.status).toBe(404);
    const list = await t
      .http()
      .get(`/api/v1/crm/communications?leadId=${leadId}`)
      .set({ Authorization: `Bearer ${otherToken}` });
    expect(list.body.data.total).toBe(0);
  });

  it('counts volume by channel and status with delivery and response rates', async () => {
    const hh = await createHospital(t.prisma, 'CS');
    const at = new Date('2026-10-10T10:00:00Z');
    const row = (
      channel: 'EMAIL' | 'SMS' | 'PHONE_CALL',
      direction: 'INBOUND' | 'OUTBOUND',
      status: 'SENT' | 'DELIVERED' | 'RESPONDED' | 'FAILED' | 'LOGGED',
    ) => ({ hospitalId: hh.id, channel, direction, status, createdAt: at });
    await t.prisma.cRMCommunication.createMany({
      data: [
        row('EMAIL', 'OUTBOUND', 'SENT'),
        row('EMAIL', 'OUTBOUND', 'DELIVERED'),
        row('EMAIL', 'OUTBOUND', 'RESPONDED'),
        row('SMS', 'OUTBOUND', 'FAILED'),
        row('SMS', 'INBOUND', 'LOGGED'),
        row('PHONE_CALL', 'OUTBOUND', 'LOGGED'),
      ],
    });
    const adminToken = await tokenFor(t, hh.users.admin.email);
    const res = await t
      .http()
      .get('/api/v1/crm/communications/stats?from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z')
      .set({ Authorization: `Bearer ${adminToken}` });
    expect(res.status).toBe(200);
    expect(res.body.data.total).toBe(6);
    expect(res.body.data.byChannel.EMAIL).toEqual({ total: 3, inbound: 0, outbound: 3, byStatus: { SENT: 1, DELIVERED: 1, RESPONDED: 1 } });
    expect(res.body.data.byChannel.SMS).toMatchObject({ total: 2, inbound: 1, outbound: 1 });
    // 4 messages went out (3 emails, 1 failed SMS): 2 delivered, 1 answered.
    expect(res.body.data.outbound).toEqual({ sent: 4, delivered: 2, responded: 1, deliveryRate: 50, responseRate: 25 });
    const outside = await t
      .http()
      .get('/api/v1/crm/communications/stats?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z')
      .set({ Authorization: `Bearer ${adminToken}` });
    expect(outside.body.data.total).toBe(0);
  });

  it('lists history with filters, newest first', async () => {
    const leadId = await newLead();
    for (const channel of ['PHONE_CALL', 'IN_PERSON', 'VIDEO_CALL']) {
      await t.http().post('/api/v1/crm/communications').set(auth()).send({ leadId, channel, direction: 'INBOUND' });
    }
    const res = await t.http().get(`/api/v1/crm/communications?leadId=${leadId}&channel=PHONE_CALL,VIDEO_CALL`).set(auth());
    expect(res.body.data.communications.map((c: { channel: string }) => c.channel)).toEqual(['VIDEO_CALL', 'PHONE_CALL']);
  });
});
