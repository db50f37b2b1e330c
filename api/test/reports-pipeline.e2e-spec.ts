import type { LeadSource, LeadStatus } from '@hospital-crm/db';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';

// A small fixed pipeline in Kolkata (UTC+05:30), every expected number worked out by hand below.
// Range: Mon 2 – Sun 8 March 2026, local days.
const RANGE = 'from=2026-03-02&to=2026-03-08';
const at = (local: string) => new Date(`${local}:00+05:30`);

describe('reports: lead-conversion, roi-by-source and the lead charts', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let other: HospitalFixture;
  let token: string;
  const get = (path: string, auth = token) =>
    t
      .http()
      .get(`/api/v1/crm/reports/${path}`)
      .set({ Authorization: `Bearer ${auth}` });

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospital(t.prisma, 'RL');
    other = await createHospital(t.prisma, 'RX');
    token = await tokenFor(t, h.users.admin.email);
    await seedPipeline(t, h);
    // The same leads in another hospital must change nothing here.
    await seedPipeline(t, other);
  }, 60_000);
  afterAll(() => t.close());

  it('lead-conversion: funnel, rates and time to convert of the leads created in the range', async () => {
    const res = await get(`lead-conversion?${RANGE}`);
    expect(res.status).toBe(200);
    const body = res.body.data;
    expect(body.range).toEqual({
      from: '2026-03-02',
      to: '2026-03-08',
      timezone: 'Asia/Kolkata',
      start: '2026-03-01T18:30:00.000Z',
      end: '2026-03-08T18:30:00.000Z',
    });
    // Cohort: L1 L2 L3 L4 L5 L6 L9 (L7 is 9 March local, L8 was created in February, L10 is deleted).
    // Converted L1 L2 L6 L9 = 4, lost L3 = 1, open L4 L5 = 2; rate 4 / (4 + 1) = 80.
    // Hours to convert: L1 24, L2 6, L6 60, L9 48 → sorted 6 24 48 60: median (24 + 48) / 2 = 36, mean 138 / 4 = 34.5.
    expect(body.totals).toEqual({
      leads: 7,
      open: 2,
      converted: 4,
      lost: 1,
      conversionRate: 80,
      timeToConvert: { count: 4, medianHours: 36, averageHours: 34.5 },
    });
    // Furthest stage: L5 NEW; L3 QUALIFIED (then lost); L4 APPOINTMENT_SCHEDULED (moved back to CONTACTED); L1 L2 L6 L9 CONVERTED.
    // Reached: NEW 7, CONTACTED 6, QUALIFIED 6, APPOINTMENT_SCHEDULED 5, CONVERTED 4.
    expect(body.funnel).toEqual([
      { stage: 'NEW', reached: 7, fromPrevious: null, fromStart: 100 },
      { stage: 'CONTACTED', reached: 6, fromPrevious: 85.7, fromStart: 85.7 }, // 6/7
      { stage: 'QUALIFIED', reached: 6, fromPrevious: 100, fromStart: 85.7 }, // 6/6
      { stage: 'APPOINTMENT_SCHEDULED', reached: 5, fromPrevious: 83.3, fromStart: 71.4 }, // 5/6, 5/7
      { stage: 'CONVERTED', reached: 4, fromPrevious: 80, fromStart: 57.1 }, // 4/5, 4/7
    ]);
    // Largest source first, ties by name.
    expect(body.bySource).toEqual([
      // L4 L5 L6: one converted (60 h), none lost → 1 / 1.
      { source: 'PHONE_CALL', leads: 3, open: 2, converted: 1, lost: 0, conversionRate: 100, timeToConvert: { count: 1, medianHours: 60, averageHours: 60 } },
      // L1 L2 L3: 2 converted (24 h, 6 h), 1 lost → 2 / 3 = 66.7; median = mean = 15.
      { source: 'WEBSITE', leads: 3, open: 0, converted: 2, lost: 1, conversionRate: 66.7, timeToConvert: { count: 2, medianHours: 15, averageHours: 15 } },
      {
        source: 'REFERRAL_PATIENT',
        leads: 1,
        open: 0,
        converted: 1,
        lost: 0,
        conversionRate: 100,
        timeToConvert: { count: 1, medianHours: 48, averageHours: 48 },
      },
    ]);
    const staff = (id: string | null) => body.byStaff.find((s: { staff: { id: string } | null }) => (s.staff?.id ?? null) === id);
    // Receptionist: L1 L2 L6, all converted (24, 6, 60 h): median 24, mean 90 / 3 = 30.
    expect(staff(h.users.receptionist.id)).toMatchObject({
      leads: 3,
      open: 0,
      converted: 3,
      lost: 0,
      conversionRate: 100,
      timeToConvert: { count: 3, medianHours: 24, averageHours: 30 },
    });
    // Admin: L3 lost, L4 open, L9 converted (48 h) → 1 / 2 = 50.
    expect(staff(h.users.admin.id)).toMatchObject({
      leads: 3,
      open: 1,
      converted: 1,
      lost: 1,
      conversionRate: 50,
      timeToConvert: { count: 1, medianHours: 48 },
    });
    expect(staff(h.users.admin.id).staff).toMatchObject({ firstName: 'admin', role: 'HOSPITAL_ADMIN' });
    // Nobody owns L5.
    expect(staff(null)).toMatchObject({
      staff: null,
      leads: 1,
      open: 1,
      conversionRate: null,
      timeToConvert: { count: 0, medianHours: null, averageHours: null },
    });
    expect(body.byStaff).toHaveLength(3);
  });

  it('roi-by-source: paid invoices of converted patients within the attribution window, against campaign cost', async () => {
    const res = await get(`roi-by-source?${RANGE}`);
    expect(res.status).toBe(200);
    const body = res.body.data;
    expect(body.attributionWindowDays).toBe(10);
    // Converted in the range: L2 (2 Mar), L1 (3 Mar), L8 (4 Mar), L9 (5 Mar), L6 (8 Mar).
    // P1 came from L1 and later L9: its invoices count once, for L1 (WEBSITE).
    expect(body.bySource).toEqual([
      // P1: 1000.00 paid on 4 Mar (in window), 200.00 issued unpaid; 300 (before conversion) and 500 (20 Mar, after 13 Mar) left out.
      // P2: 250.50 paid; a VOID and a DRAFT invoice left out. 1000 + 250.50 = 1250.50.
      { source: 'WEBSITE', leads: 3, conversions: 2, revenue: [{ currency: 'USD', amount: 1250.5 }], outstanding: [{ currency: 'USD', amount: 200 }] },
      { source: 'PHONE_CALL', leads: 3, conversions: 1, revenue: [{ currency: 'USD', amount: 400 }], outstanding: [] }, // P3
      { source: 'REFERRAL_PATIENT', leads: 1, conversions: 1, revenue: [], outstanding: [] }, // P1 already credited to L1
      { source: 'WALK_IN', leads: 0, conversions: 1, revenue: [{ currency: 'USD', amount: 80 }], outstanding: [] }, // L8 created in February
    ]);
    // C1 ran 1–5 March: 0.05 × 2000 sent = 100.00; credited L2 and L6: 250.50 + 400 = 650.50 → (650.50 − 100) / 100 = 550.5 %.
    // C3 started 7 March without a price; C2 ended in February and is left out.
    expect(body.byCampaign).toEqual([
      {
        campaign: expect.objectContaining({ name: 'C1 spring check-up', status: 'COMPLETED' }),
        costPerMessage: 0.05,
        sentCount: 2000,
        cost: 100,
        conversions: 2,
        revenue: [{ currency: 'USD', amount: 650.5 }],
        outstanding: [],
        roiPercent: 550.5,
      },
      {
        campaign: expect.objectContaining({ name: 'C3 unpriced', status: 'RUNNING' }),
        costPerMessage: null,
        sentCount: 50,
        cost: null,
        conversions: 0,
        revenue: [],
        outstanding: [],
        roiPercent: null,
      },
    ]);
    // 3 + 3 + 1 + 0 leads; 5 conversions; 1250.50 + 400 + 80 = 1730.50 paid.
    expect(body.totals).toEqual({
      leads: 7,
      conversions: 5,
      revenue: [{ currency: 'USD', amount: 1730.5 }],
      outstanding: [{ currency: 'USD', amount: 200 }],
      campaignCost: 100,
      campaignRoiPercent: 550.5,
    });
  });

  it('charts: funnel, leads by source, lead trend by local day and week, conversion by source', async () => {
    const res = await get(`charts?${RANGE}`);
    expect(res.status).toBe(200);
    const body = res.body.data;
    expect(body.pipelineFunnel.map((s: { reached: number }) => s.reached)).toEqual([7, 6, 6, 5, 4]);
    expect(body.leadsBySource).toEqual([
      { source: 'PHONE_CALL', leads: 3 },
      { source: 'WEBSITE', leads: 3 },
      { source: 'REFERRAL_PATIENT', leads: 1 },
    ]);
    // Created: 2 Mar L1 L2; 3 Mar L3 L9; 4 Mar L4 (23:30 local, 18:00 UTC); 5 Mar L5 (00:30 local, still 4 Mar in UTC); 6 Mar L6.
    // L7 (00:30 on 9 Mar local, 8 Mar in UTC) is outside. Converted: L2 2 Mar, L1 3 Mar, L8 4 Mar, L9 5 Mar, L6 8 Mar.
    expect(body.leadTrend).toEqual([
      { bucket: '2026-03-02', created: 2, converted: 1 },
      { bucket: '2026-03-03', created: 2, converted: 1 },
      { bucket: '2026-03-04', created: 1, converted: 1 },
      { bucket: '2026-03-05', created: 1, converted: 1 },
      { bucket: '2026-03-06', created: 1, converted: 0 },
      { bucket: '2026-03-07', created: 0, converted: 0 },
      { bucket: '2026-03-08', created: 0, converted: 1 },
    ]);
    expect(body.conversionBySource[1]).toEqual({ source: 'WEBSITE', leads: 3, converted: 2, lost: 1, conversionRate: 66.7 });
    const weekly = await get(`charts?${RANGE}&interval=week`);
    // 2–8 March is one ISO week: 7 created, 5 converted.
    expect(weekly.body.data.leadTrend).toEqual([{ bucket: '2026-03-02', created: 7, converted: 5 }]);
  });

  it('answers 400 for a bad range and 403 to a receptionist', async () => {
    const bad = await get('lead-conversion?from=2026-03-09&to=2026-03-02');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'from', messages: [expect.stringMatching(/must not be after/)] }] });
    expect((await get('charts?interval=hour')).status).toBe(400);
    expect((await get('lead-conversion?from=2026-02-30')).status).toBe(400);
    const reception = await tokenFor(t, h.users.receptionist.email);
    for (const path of ['lead-conversion', 'roi-by-source', 'charts', 'communication-metrics', 'staff-performance', 'dashboard']) {
      const res = await get(path, reception);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 403, 'FORBIDDEN']);
    }
  });
});

async function seedPipeline(t: TestApp, h: HospitalFixture): Promise<void> {
  const R = h.users.receptionist.id;
  const A = h.users.admin.id;
  await t.prisma.cRMSettings.upsert({
    where: { hospitalId: h.id },
    create: { hospitalId: h.id, attributionWindowDays: 10 },
    update: { attributionWindowDays: 10 },
  });
  const patient = (n: number) => t.prisma.patient.create({ data: { hospitalId: h.id, mrn: `P${n}-${h.code}`, firstName: 'P', lastName: String(n) } });
  const [P1, P2, P3, P4] = [await patient(1), await patient(2), await patient(3), await patient(4)];
  const campaign = (name: string, data: Record<string, unknown>) =>
    t.prisma.cRMCampaign.create({ data: { hospitalId: h.id, name, campaignType: 'PROMOTION', channel: 'SMS', ...data } });
  const C1 = await campaign('C1 spring check-up', {
    status: 'COMPLETED',
    costPerMessage: '0.05',
    sentCount: 2000,
    startedAt: at('2026-03-01T09:00'),
    completedAt: at('2026-03-05T09:00'),
  });
  await campaign('C2 february', {
    status: 'COMPLETED',
    costPerMessage: '0.10',
    sentCount: 300,
    startedAt: at('2026-02-01T09:00'),
    completedAt: at('2026-02-10T09:00'),
  });
  await campaign('C3 unpriced', { status: 'RUNNING', sentCount: 50, startedAt: at('2026-03-07T09:00') });

  let n = 0;
  const lead = async (
    source: LeadSource,
    owner: string | null,
    created: string,
    status: LeadStatus,
    extra: { convertedAt?: string; patientId?: string; campaignId?: string; deleted?: boolean; moves?: LeadStatus[] } = {},
  ) => {
    n++;
    const row = await t.prisma.cRMLead.create({
      data: {
        hospitalId: h.id,
        leadNumber: `LD-${h.code}-${n}`,
        firstName: 'L',
        lastName: String(n),
        source,
        status,
        assignedToId: owner,
        createdAt: at(created),
        convertedAt: extra.convertedAt ? at(extra.convertedAt) : null,
        convertedToPatientId: extra.patientId ?? null,
        campaignId: extra.campaignId ?? null,
        deletedAt: extra.deleted ? at(created) : null,
      },
    });
    // The pipeline moves as the API records them: STATUS_CHANGED with { from, to }.
    let from: LeadStatus = 'NEW';
    for (const to of extra.moves ?? []) {
      await t.prisma.cRMActivity.create({
        data: { hospitalId: h.id, leadId: row.id, activityType: 'STATUS_CHANGED', title: `${from} → ${to}`, metadata: { from, to }, createdAt: at(created) },
      });
      from = to;
    }
  };
  await lead('WEBSITE', R, '2026-03-02T10:00', 'CONVERTED', { convertedAt: '2026-03-03T10:00', patientId: P1.id, moves: ['CONTACTED', 'QUALIFIED'] }); // L1
  await lead('WEBSITE', R, '2026-03-02T12:00', 'CONVERTED', { convertedAt: '2026-03-02T18:00', patientId: P2.id, campaignId: C1.id }); // L2
  await lead('WEBSITE', A, '2026-03-03T09:00', 'LOST', { moves: ['CONTACTED', 'QUALIFIED', 'LOST'] }); // L3
  await lead('PHONE_CALL', A, '2026-03-04T23:30', 'CONTACTED', { moves: ['APPOINTMENT_SCHEDULED', 'CONTACTED'] }); // L4
  await lead('PHONE_CALL', null, '2026-03-05T00:30', 'NEW'); // L5
  await lead('PHONE_CALL', R, '2026-03-06T09:00', 'CONVERTED', { convertedAt: '2026-03-08T21:00', patientId: P3.id, campaignId: C1.id }); // L6
  await lead('WALK_IN', R, '2026-03-09T00:30', 'NEW'); // L7
  await lead('WALK_IN', R, '2026-02-20T10:00', 'CONVERTED', { convertedAt: '2026-03-04T10:00', patientId: P4.id }); // L8
  await lead('REFERRAL_PATIENT', A, '2026-03-03T10:00', 'CONVERTED', { convertedAt: '2026-03-05T10:00', patientId: P1.id }); // L9
  await lead('WEBSITE', R, '2026-03-02T11:00', 'NEW', { deleted: true }); // L10

  let inv = 0;
  const invoice = (patientId: string, amount: string, status: 'DRAFT' | 'ISSUED' | 'PAID' | 'VOID', issued: string) =>
    t.prisma.invoice.create({ data: { hospitalId: h.id, patientId, number: `INV-${++inv}`, amount, status, issuedAt: at(issued) } });
  await invoice(P1.id, '1000.00', 'PAID', '2026-03-04T12:00');
  await invoice(P1.id, '200.00', 'ISSUED', '2026-03-06T12:00');
  await invoice(P1.id, '500.00', 'PAID', '2026-03-20T12:00');
  await invoice(P1.id, '300.00', 'PAID', '2026-03-01T12:00');
  await invoice(P2.id, '250.50', 'PAID', '2026-03-03T12:00');
  await invoice(P2.id, '999.00', 'VOID', '2026-03-03T12:00');
  await invoice(P2.id, '50.00', 'DRAFT', '2026-03-03T12:00');
  await invoice(P3.id, '400.00', 'PAID', '2026-03-09T12:00');
  await invoice(P4.id, '80.00', 'PAID', '2026-03-05T12:00');
}
