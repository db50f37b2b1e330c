import { SEED_AUDIENCE_EXAMPLE, type AudienceSpec, type SendableChannel } from '@hospital-crm/domain';
import { audienceQuery, CampaignAudienceError, countAudience, createPrismaClient, materializeRecipients, sampleAudience, type AudienceRow } from '../src';
import { buildAudienceDataset, LOOKALIKE_TAG, TRICKY_TAG, type AudienceDataset } from './support/audience-dataset';

const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
afterAll(() => prisma.$disconnect());

// Every expected audience below is worked out by hand from the dataset's comments.
describe('campaign audience query', () => {
  let d: AudienceDataset;
  beforeAll(async () => {
    d = await buildAudienceDataset(prisma);
  }, 60_000);

  /** The audience as names: patients (P…) and leads (L…) of the dataset. */
  async function audience(spec: AudienceSpec, channel: SendableChannel = 'EMAIL'): Promise<string[]> {
    const rows = await prisma.$queryRaw<AudienceRow[]>(audienceQuery(d.hospitalId, channel, spec));
    const name = (r: AudienceRow) =>
      r.contact_type === 'PATIENT'
        ? Object.entries(d.patients).find(([, p]) => p.id === r.patient_id)![0]
        : Object.entries(d.leads).find(([, l]) => l.id === r.lead_id)![0];
    return rows.map(name);
  }

  it('reaches everyone reachable by email, once per person and address, and nobody who must be left out', async () => {
    // Out: P4 opted out, P5 unsubscribed, P6 no email, P7 invalid email, P8 its lead is do-not-contact;
    // L3 deleted, L4 opted out, L5 do-not-contact, L8/L9/L15 converted (their patients speak for them),
    // L10 shares P3's address, L12 shares L11's, L13 bounced, L14 no email; the other hospital's contacts.
    expect(await audience({})).toEqual(['P1', 'P2', 'P3', 'P9', 'P10', 'L1', 'L2', 'L6', 'L7', 'L11']);
    expect(await audience({ doNotMarket: false, excludeTags: [] })).toHaveLength(10);
  });

  it('selects the normalised address of each channel', async () => {
    const rows = await prisma.$queryRaw<AudienceRow[]>(audienceQuery(d.hospitalId, 'EMAIL', { contactTypes: ['PATIENT'] }));
    expect(rows[0]).toEqual({ contact_type: 'PATIENT', lead_id: null, patient_id: d.patients.P1.id, address: d.mail('Asha') });
    const sms = await prisma.$queryRaw<AudienceRow[]>(audienceQuery(d.hospitalId, 'SMS', { contactTypes: ['PATIENT'] }));
    expect(sms.map((r) => r.address)).toEqual(['+919800000001', '+919800000003', '+919800000005', '+15550000006']);
  });

  it.each<[string, AudienceSpec, SendableChannel, string[]]>([
    ['leads only (converted leads count when patients are not targeted)', { contactTypes: ['LEAD'] }, 'EMAIL', ['L1', 'L2', 'L6', 'L7', 'L9', 'L10', 'L11']],
    ['patients only', { contactTypes: ['PATIENT'] }, 'EMAIL', ['P1', 'P2', 'P3', 'P9', 'P10']],
    // P2 has a non-E.164 number, P10's is suppressed for SMS, L6's is not a number, L12 shares L11's.
    ['SMS: only E.164 phone numbers, SMS suppressions', {}, 'SMS', ['P1', 'P3', 'P5', 'P6', 'L1', 'L11']],
    ['WhatsApp: an SMS suppression does not apply', {}, 'WHATSAPP', ['P1', 'P3', 'P5', 'P6', 'P10', 'L1', 'L11']],
    ['age 40-60 inclusive (no date of birth: no match)', { ageRange: { min: 40, max: 60 } }, 'EMAIL', ['P1', 'P9', 'L2']],
    ['age at most 35', { ageRange: { max: 35 } }, 'EMAIL', ['P3', 'L1']],
    ['gender', { gender: ['FEMALE'] }, 'EMAIL', ['P1', 'P3', 'P9', 'L2']],
    ['gender OTHER or MALE', { gender: ['OTHER', 'MALE'] }, 'EMAIL', ['P2', 'L1', 'L6']],
    // P1 completed an appointment 10 days ago, P9 was discharged 5 days ago; P10's slot was never completed.
    ['a visit within 30 days', { contactTypes: ['PATIENT'], lastVisit: { within: 30 } }, 'EMAIL', ['P1', 'P9']],
    ['a visit within a year (lastVisitAt, discharges)', { contactTypes: ['PATIENT'], lastVisit: { within: 365 } }, 'EMAIL', ['P1', 'P2', 'P9']],
    // L10 shares P3's address; with P3 filtered out, the lead is the one at that address.
    ['a patient-only filter leaves leads alone', { lastVisit: { within: 30 } }, 'EMAIL', ['P1', 'P9', 'L1', 'L2', 'L6', 'L7', 'L10', 'L11']],
    ['conditions, ignoring case', { contactTypes: ['PATIENT'], conditions: ['DIABETES'] }, 'EMAIL', ['P1']],
    ['any of several conditions', { contactTypes: ['PATIENT'], conditions: ['diabetes', 'Hypertension'] }, 'EMAIL', ['P1', 'P2']],
    // Patients by appointment (not cancelled) or admission department; leads by interestedIn.
    ['departments', { departments: ['cardiology'] }, 'EMAIL', ['P1', 'P10', 'L1']],
    ['a department from an admission', { departments: ['Endocrinology'] }, 'EMAIL', ['P2']],
    ['engagement score, leads only', { contactTypes: ['LEAD'], engagementScore: { min: 50 } }, 'EMAIL', ['L1', 'L9', 'L11']],
    ['engagement score with a max', { contactTypes: ['LEAD'], engagementScore: { min: 50, max: 60 } }, 'EMAIL', ['L11']],
    ['a lead-only filter leaves patients alone', { engagementScore: { min: 50 } }, 'EMAIL', ['P1', 'P2', 'P3', 'P9', 'P10', 'L1', 'L11']],
    ['tags, ignoring case', { contactTypes: ['LEAD'], tags: ['vip'] }, 'EMAIL', ['L1', 'L9']],
    ['a tag full of SQL and LIKE metacharacters matches itself only', { contactTypes: ['LEAD'], tags: [TRICKY_TAG] }, 'EMAIL', ['L6']],
    ['a tag nobody has', { contactTypes: ['LEAD'], tags: ["' OR ''='"] }, 'EMAIL', []],
    ['excludeTags', { excludeTags: ['Corporate'] }, 'EMAIL', ['P1', 'P2', 'P3', 'P9', 'P10', 'L1', 'L6', 'L7', 'L11']],
    ['excludeTags with metacharacters', { excludeTags: [LOOKALIKE_TAG] }, 'EMAIL', ['P1', 'P2', 'P3', 'P9', 'P10', 'L1', 'L2', 'L6', 'L11']],
    ['excludeTags reach a patient through the lead converted into them', { excludeTags: ['VIP'] }, 'EMAIL', ['P1', 'P2', 'P3', 'P10', 'L2', 'L6', 'L7', 'L11']],
    ['the seed’s example: clinical patients and engaged VIP leads', SEED_AUDIENCE_EXAMPLE, 'EMAIL', ['P1', 'L1']],
  ])('%s', async (_name, spec, channel, expected) => {
    expect(await audience(spec, channel)).toEqual(expected);
  });

  it('counts by contact type and samples in send order with names', async () => {
    expect(await countAudience(prisma, d.hospitalId, 'EMAIL', {})).toEqual({ total: 10, patients: 5, leads: 5 });
    expect(await countAudience(prisma, d.hospitalId, 'EMAIL', { tags: ['nobody has this'], contactTypes: ['LEAD'] })).toEqual({
      total: 0,
      patients: 0,
      leads: 0,
    });
    const sample = await sampleAudience(prisma, d.hospitalId, 'EMAIL', {}, 6);
    expect(sample.map((s) => s.firstName)).toEqual(['Asha', 'Bala', 'Chitra', 'Indu', 'Jaya', 'Kiran']);
    expect(sample[5]).toEqual({ contactType: 'LEAD', leadId: d.leads.L1.id, patientId: null, address: d.mail('Kiran'), firstName: 'Kiran', lastName: 'Test' });
  });

  describe('materializeRecipients', () => {
    const campaign = (audienceSpec: unknown, channel: 'EMAIL' | 'SMS' | 'PHONE_CALL' = 'EMAIL') =>
      prisma.cRMCampaign.create({ data: { hospitalId: d.hospitalId, name: 'Test', campaignType: 'PROMOTION', channel, audience: audienceSpec as object } });

    it('writes the audience into the ledger with a dense seq in audience order, once', async () => {
      const c = await campaign({});
      const first = await prisma.$transaction((tx) => materializeRecipients(tx, c));
      expect(first).toBe(10);
      const ledger = await prisma.cRMCampaignRecipient.findMany({ where: { campaignId: c.id }, orderBy: { seq: 'asc' } });
      expect(ledger.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(ledger.map((r) => r.patientId ?? r.leadId)).toEqual(
        [d.patients.P1, d.patients.P2, d.patients.P3, d.patients.P9, d.patients.P10, d.leads.L1, d.leads.L2, d.leads.L6, d.leads.L7, d.leads.L11].map(
          (x) => x.id,
        ),
      );
      expect(ledger[0]).toMatchObject({ hospitalId: d.hospitalId, contactType: 'PATIENT', channel: 'EMAIL', address: d.mail('Asha'), status: 'PENDING' });

      // A retry, even after the audience grew, inserts nothing and reports the same list.
      await prisma.cRMLead.create({
        data: {
          hospitalId: d.hospitalId,
          leadNumber: `late-${c.id}`,
          firstName: 'Late',
          lastName: 'Lead',
          source: 'WEBSITE',
          email: `late.${c.id}@mail.example`,
        },
      });
      expect(await prisma.$transaction((tx) => materializeRecipients(tx, c))).toBe(10);
      const again = await prisma.cRMCampaignRecipient.findMany({ where: { campaignId: c.id }, orderBy: { seq: 'asc' } });
      expect(again.map((r) => r.id)).toEqual(ledger.map((r) => r.id));
    });

    it('writes nothing when the transaction rolls back, and an empty audience is zero rows', async () => {
      const c = await campaign({ contactTypes: ['LEAD'], tags: ['nobody has this'] });
      expect(await prisma.$transaction((tx) => materializeRecipients(tx, c))).toBe(0);
      const d2 = await campaign({});
      await expect(
        prisma.$transaction(async (tx) => {
          await materializeRecipients(tx, d2);
          throw new Error('launch failed later');
        }),
      ).rejects.toThrow('launch failed later');
      expect(await prisma.cRMCampaignRecipient.count({ where: { campaignId: d2.id } })).toBe(0);
    });

    it('refuses a stored audience that is not valid, or a channel it cannot send on', async () => {
      await expect(prisma.$transaction(async (tx) => materializeRecipients(tx, await campaign({ ageRange: { min: 70, max: 20 } })))).rejects.toThrow(
        CampaignAudienceError,
      );
      await expect(prisma.$transaction(async (tx) => materializeRecipients(tx, await campaign({}, 'PHONE_CALL')))).rejects.toThrow(
        'Campaigns cannot be sent on PHONE_CALL',
      );
    });
  });
});
