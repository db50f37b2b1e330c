import { randomUUID } from 'node:crypto';
import type { Gender, PrismaClient } from '../../src';

const DAY = 86_400_000;

/** Born `years` years and 100 days ago: that many whole years old, far from a birthday. */
export function bornYearsAgo(years: number, now = new Date()): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()));
  return new Date(d.getTime() - 100 * DAY);
}

export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** Tags whose names would be wildcards or quotes if they were ever spliced into SQL or LIKE. */
export const TRICKY_TAG = "50%_off' OR 1=1 --";
export const LOOKALIKE_TAG = "50abcoff' OR 1=1 --";

interface Person {
  firstName: string;
  email?: string | null;
  phone?: string | null;
  dateOfBirth?: Date | null;
  gender?: Gender | null;
  doNotMarket?: boolean;
}

/**
 * A small hospital whose audience every test computes by hand (see campaign-audience.test.ts):
 * patients P1-P10 and leads L1-L15, each there to be included or left out for one reason.
 */
export async function buildAudienceDataset(prisma: PrismaClient) {
  const code = `AUD${randomUUID().slice(0, 6).toUpperCase()}`;
  const hospital = await prisma.hospital.create({ data: { name: `Audience ${code}`, code, timezone: 'Asia/Kolkata' } });
  const hospitalId = hospital.id;
  const mail = (who: string) => `${who.toLowerCase()}.${code.toLowerCase()}@mail.example`;
  let n = 0;
  // Ids that sort in creation order (the audience's order is by id), whatever the clock does.
  const prefix = randomUUID().slice(0, 8);
  const id = () => `${prefix}-${(++n).toString(16).padStart(4, '0')}-4000-8000-000000000000`;

  const patient = (p: Person & { conditions?: string[]; lastVisitAt?: Date }) =>
    prisma.patient.create({
      data: { id: id(), hospitalId, mrn: `${code}-${n}`, lastName: 'Test', email: mail(p.firstName), ...p },
    });
  const tag = (name: string) => prisma.cRMTag.create({ data: { hospitalId, name } });
  const tags = {
    vip: await tag('VIP'),
    corporate: await tag('Corporate'),
    dnc: await tag('Do-Not-Contact'),
    tricky: await tag(TRICKY_TAG),
    lookalike: await tag(LOOKALIKE_TAG),
  };
  const lead = async (l: Person & { score?: number; interestedIn?: string[]; deletedAt?: Date; convertedToPatientId?: string }, tagIds: string[] = []) => {
    const row = await prisma.cRMLead.create({
      data: { id: id(), hospitalId, leadNumber: `${code}-L${n}`, lastName: 'Test', source: 'WEBSITE', email: mail(l.firstName), ...l },
    });
    for (const tagId of tagIds) await prisma.cRMLeadTag.create({ data: { leadId: row.id, tagId } });
    return row;
  };

  // Patients, created in this order so their (time-ordered) ids sort P1 < P2 < …
  const P1 = await patient({
    firstName: 'Asha',
    email: `  Asha.${code}@Mail.Example `,
    phone: '+919800000001',
    dateOfBirth: bornYearsAgo(45),
    gender: 'FEMALE',
    conditions: ['Diabetes'],
  });
  const P2 = await patient({
    firstName: 'Bala',
    phone: '98000 00002',
    dateOfBirth: bornYearsAgo(70),
    gender: 'MALE',
    conditions: ['hypertension'],
    lastVisitAt: daysAgo(200),
  });
  const P3 = await patient({ firstName: 'Chitra', phone: ' +919800000003 ', dateOfBirth: bornYearsAgo(30), gender: 'FEMALE' });
  const P4 = await patient({ firstName: 'Dev', phone: '+919800000004', dateOfBirth: bornYearsAgo(40), doNotMarket: true });
  const P5 = await patient({ firstName: 'Esha', phone: '+919800000005' });
  const P6 = await patient({ firstName: 'Farah', email: null, phone: '+15550000006' });
  const P7 = await patient({ firstName: 'Gopal', email: 'not-an-email' });
  const P8 = await patient({ firstName: 'Hari' });
  const P9 = await patient({ firstName: 'Indu', email: mail('Indu'), dateOfBirth: bornYearsAgo(60), gender: 'FEMALE' });
  const P10 = await patient({ firstName: 'Jaya', phone: '+919800000010', dateOfBirth: null, gender: null });

  const L1 = await lead(
    { firstName: 'Kiran', phone: '+919800000101', score: 80, dateOfBirth: bornYearsAgo(35), gender: 'MALE', interestedIn: ['Cardiology'] },
    [tags.vip.id],
  );
  const L2 = await lead({ firstName: 'Lata', score: 20, dateOfBirth: bornYearsAgo(50), gender: 'FEMALE' }, [tags.corporate.id]);
  const L3 = await lead({ firstName: 'Mohan', deletedAt: new Date() });
  const L4 = await lead({ firstName: 'Nina', doNotMarket: true });
  const L5 = await lead({ firstName: 'Om' }, [tags.dnc.id]);
  const L6 = await lead({ firstName: 'Pia', phone: '+0123', gender: 'OTHER' }, [tags.tricky.id]);
  const L7 = await lead({ firstName: 'Qadir' }, [tags.lookalike.id]);
  const L8 = await lead({ firstName: 'Ravi', convertedToPatientId: P8.id }, [tags.dnc.id]);
  const L9 = await lead({ firstName: 'Sita', score: 80, convertedToPatientId: P9.id }, [tags.vip.id]);
  const L10 = await lead({ firstName: 'Tara', email: mail('Chitra').toUpperCase() });
  const L11 = await lead({ firstName: 'Uma', email: 'shared.' + mail('Uma'), phone: '+919800000111', score: 55, dateOfBirth: bornYearsAgo(61) });
  const L12 = await lead({ firstName: 'Vinay', email: 'shared.' + mail('Uma'), phone: '+919800000111' });
  const L13 = await lead({ firstName: 'Wasim' });
  const L14 = await lead({ firstName: 'Xena', email: null });
  const L15 = await lead({ firstName: 'Yash', convertedToPatientId: P4.id });

  // Visits: P1 seen in cardiology 10 days ago; P2 discharged from endocrinology 200 days ago (and
  // lastVisitAt says so); P9 discharged 5 days ago; P10 only has a future-ish SCHEDULED cardiology
  // slot (not a visit, but a cardiology patient); P3's cardiology appointment was cancelled.
  await prisma.appointment.create({
    data: { hospitalId, patientId: P1.id, department: 'Cardiology', scheduledAt: daysAgo(10), status: 'COMPLETED', completedAt: daysAgo(10) },
  });
  await prisma.admission.create({ data: { hospitalId, patientId: P2.id, department: 'endocrinology', admittedAt: daysAgo(205), dischargedAt: daysAgo(200) } });
  await prisma.admission.create({ data: { hospitalId, patientId: P9.id, department: 'general', admittedAt: daysAgo(8), dischargedAt: daysAgo(5) } });
  await prisma.appointment.create({ data: { hospitalId, patientId: P10.id, department: 'cardiology', scheduledAt: daysAgo(5), status: 'SCHEDULED' } });
  await prisma.appointment.create({ data: { hospitalId, patientId: P3.id, department: 'cardiology', scheduledAt: daysAgo(3), status: 'CANCELLED' } });

  // Suppressions: P5's email (unsubscribed), L13's email (hard bounce, every message), P10's SMS number.
  await prisma.contactSuppression.createMany({
    data: [
      { hospitalId, channel: 'EMAIL', address: mail('Esha'), reason: 'UNSUBSCRIBED', scope: 'MARKETING' },
      { hospitalId, channel: 'EMAIL', address: mail('Wasim'), reason: 'HARD_BOUNCE', scope: 'ALL' },
      { hospitalId, channel: 'SMS', address: '+919800000010', reason: 'STOP_REPLY', scope: 'MARKETING' },
    ],
  });

  // Another hospital's contacts, with the same tags, never appear.
  const other = await prisma.hospital.create({ data: { name: `Other ${code}`, code: `O${code}`, timezone: 'UTC' } });
  await prisma.patient.create({ data: { hospitalId: other.id, mrn: `O-${code}`, firstName: 'Other', lastName: 'Patient', email: mail('other') } });
  await prisma.cRMLead.create({
    data: { hospitalId: other.id, leadNumber: `O-${code}`, firstName: 'Other', lastName: 'Lead', source: 'WEBSITE', email: mail('otherlead') },
  });

  return {
    hospitalId,
    patients: { P1, P2, P3, P4, P5, P6, P7, P8, P9, P10 },
    leads: { L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11, L12, L13, L14, L15 },
    mail,
  };
}

export type AudienceDataset = Awaited<ReturnType<typeof buildAudienceDataset>>;
