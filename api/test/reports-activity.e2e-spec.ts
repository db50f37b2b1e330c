import type { CommunicationChannel, CommunicationDirection, CommunicationStatus, TaskStatus } from '@hospital-crm/db';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';

// Messages, tasks and survey answers in Kolkata (UTC+05:30), every expected number worked out by
// hand below. Range: Mon 6 – Sun 19 April 2026 (two ISO weeks), local days.
const RANGE = 'from=2026-04-06&to=2026-04-19';
const at = (local: string) => new Date(`${local}:00+05:30`);

describe('reports: communication-metrics, staff-performance and the activity charts', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let other: HospitalFixture;
  let token: string;
  const get = (path: string) =>
    t
      .http()
      .get(`/api/v1/crm/reports/${path}`)
      .set({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospital(t.prisma, 'RA');
    other = await createHospital(t.prisma, 'RY');
    token = await tokenFor(t, h.users.admin.email);
    await seedActivity(t, h);
    await seedActivity(t, other);
  }, 60_000);
  afterAll(() => t.close());

  it('communication-metrics: volume by channel and status, rates of what went to a provider', async () => {
    const res = await get(`communication-metrics?${RANGE}`);
    expect(res.status).toBe(200);
    const body = res.body.data;
    // In the range: c1–c9, c11, c12 (c10 is 00:30 on 20 April local, though still 19 April in UTC).
    // Sent (outbound, not scheduled/queued/cancelled/logged): c1 c6 (EMAIL), c2 c9 (SMS), c4 c7 (WHATSAPP) = 6.
    // Delivered c1 c6 c4 c7 = 4; read c6 c7 = 2; responded c7 = 1; failed c2 = 1.
    expect(body.totals).toEqual({
      total: 11,
      inbound: 1,
      outbound: 10,
      byStatus: { DELIVERED: 2, FAILED: 1, LOGGED: 2, SENT: 1, SCHEDULED: 1, READ: 1, RESPONDED: 1, CANCELLED: 1, QUEUED: 1 },
      sent: 6,
      delivered: 4,
      read: 2,
      responded: 1,
      failed: 1,
      deliveryRate: 66.7, // 4/6
      readRate: 33.3, // 2/6
      responseRate: 16.7, // 1/6
      failureRate: 16.7, // 1/6
    });
    expect(body.byChannel).toEqual([
      // c3, a logged call: volume, no provider rates.
      {
        channel: 'PHONE_CALL',
        total: 1,
        inbound: 0,
        outbound: 1,
        byStatus: { LOGGED: 1 },
        sent: 0,
        delivered: 0,
        read: 0,
        responded: 0,
        failed: 0,
        deliveryRate: null,
        readRate: null,
        responseRate: null,
        failureRate: null,
      },
      // c1 DELIVERED, c5 SCHEDULED, c6 READ, c11 CANCELLED: 2 sent, both delivered, 1 read.
      {
        channel: 'EMAIL',
        total: 4,
        inbound: 0,
        outbound: 4,
        byStatus: { DELIVERED: 1, SCHEDULED: 1, READ: 1, CANCELLED: 1 },
        sent: 2,
        delivered: 2,
        read: 1,
        responded: 0,
        failed: 0,
        deliveryRate: 100,
        readRate: 50,
        responseRate: 0,
        failureRate: 0,
      },
      // c2 FAILED, c9 SENT, c12 QUEUED: 2 sent, 1 failed.
      {
        channel: 'SMS',
        total: 3,
        inbound: 0,
        outbound: 3,
        byStatus: { FAILED: 1, SENT: 1, QUEUED: 1 },
        sent: 2,
        delivered: 0,
        read: 0,
        responded: 0,
        failed: 1,
        deliveryRate: 0,
        readRate: 0,
        responseRate: 0,
        failureRate: 50,
      },
      // c4 DELIVERED, c7 RESPONDED, c8 the inbound reply: 2 sent, 2 delivered, 1 read (responded), 1 responded.
      {
        channel: 'WHATSAPP',
        total: 3,
        inbound: 1,
        outbound: 2,
        byStatus: { DELIVERED: 1, RESPONDED: 1, LOGGED: 1 },
        sent: 2,
        delivered: 2,
        read: 1,
        responded: 1,
        failed: 0,
        deliveryRate: 100,
        readRate: 50,
        responseRate: 50,
        failureRate: 0,
      },
    ]);
    // Outbound sent or logged per local day: 6 Apr c1 c2 c3; 7 Apr c4; 9 Apr c6; 13 Apr c7 (23:30 local); 19 Apr c9 (23:30 local).
    expect(body.series).toHaveLength(14);
    const day = (d: string) => body.series.find((b: { bucket: string }) => b.bucket === d);
    expect(day('2026-04-06')).toEqual({ bucket: '2026-04-06', total: 3, byChannel: { EMAIL: 1, SMS: 1, PHONE_CALL: 1 } });
    expect(day('2026-04-07')).toEqual({ bucket: '2026-04-07', total: 1, byChannel: { WHATSAPP: 1 } });
    expect(day('2026-04-08')).toEqual({ bucket: '2026-04-08', total: 0, byChannel: {} });
    expect(day('2026-04-13')).toEqual({ bucket: '2026-04-13', total: 1, byChannel: { WHATSAPP: 1 } });
    expect(day('2026-04-19')).toEqual({ bucket: '2026-04-19', total: 1, byChannel: { SMS: 1 } });
    expect(body.series.reduce((sum: number, b: { total: number }) => sum + b.total, 0)).toBe(7);

    const weekly = await get(`communication-metrics?${RANGE}&interval=week`);
    // Week of 6 Apr: c1 c2 c3 c4 c6; week of 13 Apr: c7 c9.
    expect(weekly.body.data.series).toEqual([
      { bucket: '2026-04-06', total: 5, byChannel: { EMAIL: 2, SMS: 1, PHONE_CALL: 1, WHATSAPP: 1 } },
      { bucket: '2026-04-13', total: 2, byChannel: { WHATSAPP: 1, SMS: 1 } },
    ]);
  });

  it('staff-performance: leads, conversions, tasks on time and first-response time per member of staff', async () => {
    const res = await get(`staff-performance?${RANGE}`);
    expect(res.status).toBe(200);
    const body = res.body.data;
    // Every active member of staff, by name: admin, doctor, reception.
    expect(body.staff.map((s: { staff: { id: string } }) => s.staff.id)).toEqual([h.users.admin.id, h.users.doctor.id, h.users.receptionist.id]);
    const [admin, doctor, reception] = body.staff;
    // Reception owns M1 M2 M3. First response: M1 2 h (the call logged at 11:00; the campaign email and the failed SMS do not count),
    // M2 1 h (WhatsApp sent 10:00), M3 none yet (only a scheduled email) → median = mean = 1.5 h.
    // Conversions in the range: M2. Tasks due: T1 on time, T2 late, T3 overdue, T4 cancelled (left out) → 2/3 = 66.7, on time 1/2 = 50.
    expect(reception).toMatchObject({
      leads: { assigned: 3, conversions: 1 },
      tasks: { due: 3, completed: 2, completedOnTime: 1, overdueOpen: 1, completionRate: 66.7, onTimeRate: 50 },
      firstResponse: { responded: 2, awaiting: 1, medianHours: 1.5, averageHours: 1.5 },
    });
    // Admin owns M4 (email read 6 h after creation); converted N1 (created in March) in the range; T5 completed exactly at its due time (T6 is due after the range).
    expect(admin).toMatchObject({
      leads: { assigned: 1, conversions: 1 },
      tasks: { due: 1, completed: 1, completedOnTime: 1, overdueOpen: 0, completionRate: 100, onTimeRate: 100 },
      firstResponse: { responded: 1, awaiting: 0, medianHours: 6, averageHours: 6 },
    });
    // Doctor: T7 still pending after its due time.
    expect(doctor).toMatchObject({
      leads: { assigned: 0, conversions: 0 },
      tasks: { due: 1, completed: 0, completedOnTime: 0, overdueOpen: 1, completionRate: 0, onTimeRate: null },
      firstResponse: { responded: 0, awaiting: 0, medianHours: null, averageHours: null },
    });
    // Hospital: assigned M1–M4 (M5 has no owner); responses 2, 1, 6 h → median 2, mean 3; tasks 3 of 5 done (60), 2 of 3 on time (66.7).
    expect(body.totals).toEqual({
      leads: { assigned: 4, conversions: 2 },
      tasks: { due: 5, completed: 3, completedOnTime: 2, overdueOpen: 2, completionRate: 60, onTimeRate: 66.7 },
      firstResponse: { responded: 3, awaiting: 1, medianHours: 2, averageHours: 3 },
    });
  });

  it('charts: task completion, NPS trend and communication volume', async () => {
    const res = await get(`charts?${RANGE}&interval=week`);
    expect(res.status).toBe(200);
    const body = res.body.data;
    expect(body.interval).toBe('week');
    expect(body.taskCompletion).toMatchObject({ due: 5, completed: 3, completedOnTime: 2, completionRate: 60, onTimeRate: 66.7 });
    expect(body.taskCompletion.byStaff.map((s: { staff: { id: string }; completionRate: number }) => [s.staff.id, s.completionRate])).toEqual([
      [h.users.admin.id, 100],
      [h.users.doctor.id, 0],
      [h.users.receptionist.id, 66.7],
    ]);
    // Week of 6 Apr: 10, 9, 3 → 2 promoters, 1 detractor of 3 = 66.7 − 33.3 = 33.3.
    // Week of 13 Apr: 10 (23:30 on the 13th) and 8 (00:30 on the 14th): 1 promoter of 2 = 50. The 0 given at 00:30 on 20 April is outside.
    expect(body.npsTrend).toEqual([
      { bucket: '2026-04-06', responses: 3, nps: 33.3 },
      { bucket: '2026-04-13', responses: 2, nps: 50 },
    ]);
    expect(body.communicationVolume.map((b: { total: number }) => b.total)).toEqual([5, 2]);

    const daily = await get(`charts?${RANGE}`);
    const nps = (d: string) => daily.body.data.npsTrend.find((p: { bucket: string }) => p.bucket === d);
    // The 8 given at 00:30 on 14 April local (19:00 UTC on the 13th) counts on the 14th.
    expect([nps('2026-04-13'), nps('2026-04-14'), nps('2026-04-15')]).toEqual([
      { bucket: '2026-04-13', responses: 1, nps: 100 },
      { bucket: '2026-04-14', responses: 1, nps: 0 },
      { bucket: '2026-04-15', responses: 0, nps: null },
    ]);
  });
});

async function seedActivity(t: TestApp, h: HospitalFixture): Promise<void> {
  const { admin, receptionist: reception, doctor } = h.users;
  let n = 0;
  const lead = (owner: string | null, created: string, extra: { status?: 'CONVERTED'; convertedAt?: string } = {}) =>
    t.prisma.cRMLead.create({
      data: {
        hospitalId: h.id,
        leadNumber: `LD-${h.code}-${++n}`,
        firstName: 'M',
        lastName: String(n),
        source: 'WEBSITE',
        assignedToId: owner,
        createdAt: at(created),
        status: extra.status ?? 'NEW',
        convertedAt: extra.convertedAt ? at(extra.convertedAt) : null,
      },
    });
  const M1 = await lead(reception.id, '2026-04-06T09:00');
  const M2 = await lead(reception.id, '2026-04-07T09:00', { status: 'CONVERTED', convertedAt: '2026-04-10T12:00' });
  const M3 = await lead(reception.id, '2026-04-08T09:00');
  const M4 = await lead(admin.id, '2026-04-09T09:00');
  await lead(null, '2026-04-10T09:00'); // M5
  await lead(admin.id, '2026-03-20T09:00', { status: 'CONVERTED', convertedAt: '2026-04-12T12:00' }); // N1
  const campaign = await t.prisma.cRMCampaign.create({
    data: { hospitalId: h.id, name: 'Camp', campaignType: 'PROMOTION', channel: 'EMAIL', status: 'RUNNING' },
  });

  const message = (
    leadId: string | null,
    channel: CommunicationChannel,
    status: CommunicationStatus,
    created: string,
    extra: { direction?: CommunicationDirection; sent?: string; campaignId?: string } = {},
  ) =>
    t.prisma.cRMCommunication.create({
      data: {
        hospitalId: h.id,
        leadId,
        channel,
        status,
        direction: extra.direction ?? 'OUTBOUND',
        createdAt: at(created),
        sentAt: extra.sent ? at(extra.sent) : null,
        campaignId: extra.campaignId ?? null,
      },
    });
  await message(M1.id, 'EMAIL', 'DELIVERED', '2026-04-06T09:30', { sent: '2026-04-06T09:30', campaignId: campaign.id }); // c1
  await message(M1.id, 'SMS', 'FAILED', '2026-04-06T10:00'); // c2
  await message(M1.id, 'PHONE_CALL', 'LOGGED', '2026-04-06T11:00'); // c3
  await message(M2.id, 'WHATSAPP', 'DELIVERED', '2026-04-07T09:59', { sent: '2026-04-07T10:00' }); // c4
  await message(M3.id, 'EMAIL', 'SCHEDULED', '2026-04-08T09:05'); // c5
  await message(M4.id, 'EMAIL', 'READ', '2026-04-09T14:59', { sent: '2026-04-09T15:00' }); // c6
  await message(M4.id, 'WHATSAPP', 'RESPONDED', '2026-04-13T23:30', { sent: '2026-04-13T23:30' }); // c7
  await message(M4.id, 'WHATSAPP', 'LOGGED', '2026-04-14T00:30', { direction: 'INBOUND' }); // c8
  await message(null, 'SMS', 'SENT', '2026-04-19T23:30', { sent: '2026-04-19T23:30' }); // c9
  await message(null, 'SMS', 'SENT', '2026-04-20T00:30', { sent: '2026-04-20T00:30' }); // c10
  await message(null, 'EMAIL', 'CANCELLED', '2026-04-10T10:00'); // c11
  await message(null, 'SMS', 'QUEUED', '2026-04-11T10:00'); // c12

  const task = (assignee: string, due: string, status: TaskStatus, completed?: string) =>
    t.prisma.cRMTask.create({
      data: {
        hospitalId: h.id,
        title: 't',
        taskType: 'FOLLOW_UP_CALL',
        assignedToId: assignee,
        dueDate: at(due),
        status,
        completedAt: completed ? at(completed) : null,
      },
    });
  await task(reception.id, '2026-04-07T17:00', 'COMPLETED', '2026-04-07T16:00'); // T1 on time
  await task(reception.id, '2026-04-08T17:00', 'COMPLETED', '2026-04-09T10:00'); // T2 late
  await task(reception.id, '2026-04-10T17:00', 'OVERDUE'); // T3
  await task(reception.id, '2026-04-11T17:00', 'CANCELLED'); // T4
  await task(admin.id, '2026-04-12T17:00', 'COMPLETED', '2026-04-12T17:00'); // T5 exactly on time
  await task(admin.id, '2026-04-20T10:00', 'PENDING'); // T6 after the range
  await task(doctor.id, '2026-04-15T12:00', 'PENDING'); // T7 past due, still open

  const survey = await t.prisma.cRMSurvey.create({ data: { hospitalId: h.id, name: 'NPS', surveyType: 'NPS' } });
  const answer = (npsScore: number, submitted: string) =>
    t.prisma.cRMSurveyResponse.create({ data: { hospitalId: h.id, surveyId: survey.id, answers: {}, npsScore, submittedAt: at(submitted) } });
  await answer(10, '2026-04-06T10:00');
  await answer(9, '2026-04-06T10:00');
  await answer(3, '2026-04-06T12:00');
  await answer(10, '2026-04-13T23:30');
  await answer(8, '2026-04-14T00:30');
  await answer(0, '2026-04-20T00:30');
}
