import bcrypt from 'bcryptjs';
import { scoreLead } from '@hospital-crm/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { DEMO_ACCOUNTS, DEMO_HOSPITALS, type DemoHospital } from './demo-accounts';
import { DEMO_SURVEY_QUESTIONS, DEMO_TAGS, DEMO_TASKS, DEMO_TEMPLATES, demoLeads } from './demo-content';
import { seedId } from './deterministic-id';
import { formatLeadNumber } from '../leads/lead-number';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Loads the demo hospitals. Idempotent: every row has a deterministic id or unique key
 * and is upserted, so running it again changes nothing that is already there.
 */
export async function seedDemoData(prisma: PrismaClient, now = new Date()): Promise<void> {
  const hospitals = new Map<string, string>();
  for (const h of DEMO_HOSPITALS) {
    const row = await prisma.hospital.upsert({ where: { code: h.code }, create: { name: h.name, code: h.code, timezone: h.timezone }, update: {} });
    hospitals.set(h.code, row.id);
  }
  for (const account of DEMO_ACCOUNTS) {
    await prisma.user.upsert({
      where: { email: account.email },
      create: {
        email: account.email,
        passwordHash: await bcrypt.hash(account.password, 10),
        role: account.role,
        firstName: account.firstName,
        lastName: account.lastName,
        department: account.department,
        hospitalId: account.hospital ? hospitals.get(account.hospital) : null,
      },
      update: {},
    });
  }
  for (const h of DEMO_HOSPITALS) await seedHospital(prisma, h, hospitals.get(h.code)!, now);
}

async function seedHospital(prisma: PrismaClient, h: DemoHospital, hospitalId: string, now: Date): Promise<void> {
  const staff = await prisma.user.findMany({ where: { hospitalId }, orderBy: { email: 'asc' } });
  const admin = staff.find((u) => u.role === 'HOSPITAL_ADMIN')!;
  const receptionist = staff.find((u) => u.role === 'RECEPTIONIST') ?? admin;
  const doctors = staff.filter((u) => u.role === 'DOCTOR');
  const id = (...parts: string[]) => seedId(h.code, ...parts);

  await prisma.cRMSettings.upsert({
    where: { hospitalId },
    create: { hospitalId, quietHoursStart: '21:00', quietHoursEnd: '08:00', rateLimits: { EMAIL: 50, SMS: 20, WHATSAPP: 10 } },
    update: {},
  });

  for (const t of DEMO_TEMPLATES) {
    await prisma.cRMTemplate.upsert({
      where: { hospitalId_name_channel: { hospitalId, name: t.name, channel: t.channel } },
      create: { hospitalId, ...t, createdById: admin.id },
      update: {},
    });
  }
  const tags = [];
  for (const t of DEMO_TAGS) {
    tags.push(await prisma.cRMTag.upsert({ where: { hospitalId_name: { hospitalId, name: t.name } }, create: { hospitalId, ...t }, update: {} }));
  }

  const patients = await seedPatients(
    prisma,
    h,
    hospitalId,
    doctors.map((d) => d.id),
    now,
  );

  const leads = demoLeads();
  for (const lead of leads) {
    const createdAt = new Date(now.getTime() - lead.daysAgo * DAY);
    const contacted = lead.status !== 'NEW';
    const score = scoreLead(
      {
        source: lead.source,
        communicationCount: contacted ? 1 + (lead.n % 4) : 0,
        respondedCount: contacted ? lead.n % 3 : 0,
        lastContactAt: contacted ? new Date(createdAt.getTime() + DAY) : null,
        interestedIn: lead.interestedIn,
        preferredDoctorId: lead.n % 3 === 0 && doctors.length ? doctors[0].id : null,
        preferredDate: null,
      },
      now,
    );
    // Each converted lead links a patient of its own (the link is unique).
    const converted = lead.status === 'CONVERTED' ? patients[Math.floor(lead.n / 6) % patients.length] : undefined;
    const data: Prisma.CRMLeadUncheckedCreateInput = {
      id: id('lead', String(lead.n)),
      hospitalId,
      leadNumber: formatLeadNumber(h.code, lead.n),
      firstName: lead.firstName,
      lastName: lead.lastName,
      phone: `+9198${h.code === 'CGH' ? '1' : '2'}0${String(lead.n).padStart(6, '0')}`,
      email: `${lead.firstName}.${lead.lastName}${lead.n}@mail.example`.toLowerCase(),
      source: lead.source,
      status: lead.status,
      statusChangedAt: createdAt,
      position: lead.n,
      score: score.total,
      scoreBreakdown: score.breakdown as unknown as Prisma.InputJsonValue,
      scoredAt: now,
      interestedIn: lead.interestedIn,
      preferredDoctorId: lead.n % 3 === 0 && doctors.length ? doctors[0].id : null,
      assignedToId: lead.n % 2 ? receptionist.id : admin.id,
      nextFollowUpAt: ['NEW', 'CONTACTED', 'QUALIFIED'].includes(lead.status) ? new Date(now.getTime() + (lead.n % 5) * DAY) : null,
      lastContactedAt: contacted ? new Date(createdAt.getTime() + DAY) : null,
      lostReason: lead.status === 'LOST' ? 'Chose another provider closer to home' : null,
      convertedToPatientId: converted ?? null,
      convertedAt: converted ? new Date(createdAt.getTime() + 5 * DAY) : null,
      createdById: receptionist.id,
      createdAt,
    };
    await prisma.cRMLead.upsert({ where: { id: data.id! }, create: data, update: {} });
    await prisma.cRMActivity.upsert({
      where: { id: id('activity', 'created', String(lead.n)) },
      create: {
        id: id('activity', 'created', String(lead.n)),
        hospitalId,
        leadId: data.id,
        activityType: 'LEAD_CREATED',
        title: `Lead created from ${lead.source.toLowerCase().replace(/_/g, ' ')}`,
        performedById: receptionist.id,
        createdAt,
      },
      update: {},
    });
    const tag = tags[lead.n % tags.length];
    if (tag.name !== 'do-not-contact' || lead.n === 4) {
      await prisma.cRMLeadTag.upsert({ where: { leadId_tagId: { leadId: data.id!, tagId: tag.id } }, create: { leadId: data.id!, tagId: tag.id }, update: {} });
    }
  }
  // Lead numbers handed out from here on continue after the seeded ones.
  await prisma.$executeRaw`UPDATE "Hospital" SET "leadSequence" = GREATEST("leadSequence", ${leads.length}) WHERE id = ${hospitalId}::uuid`;

  for (const [i, t] of DEMO_TASKS.entries()) {
    const taskId = id('task', String(i));
    await prisma.cRMTask.upsert({
      where: { id: taskId },
      create: {
        id: taskId,
        hospitalId,
        title: t.title,
        taskType: t.taskType,
        leadId: id('lead', String(t.leadN)),
        assignedToId: i % 2 ? admin.id : receptionist.id,
        assignedById: admin.id,
        dueDate: new Date(now.getTime() + t.dueInHours * HOUR),
        status: t.dueInHours < 0 ? 'OVERDUE' : 'PENDING',
        overdueAt: t.dueInHours < 0 ? new Date(now.getTime() + t.dueInHours * HOUR) : null,
        reminderMinutesBefore: [60],
      },
      update: {},
    });
  }

  const promo = await prisma.cRMTemplate.findFirstOrThrow({ where: { hospitalId, category: 'PROMOTION' } });
  await prisma.cRMCampaign.upsert({
    where: { id: id('campaign', 'checkup') },
    create: {
      id: id('campaign', 'checkup'),
      hospitalId,
      name: 'Winter full-body checkup',
      description: 'Re-engage patients aged 40–65 who have not visited in 6 months',
      campaignType: 'PROMOTION',
      channel: 'EMAIL',
      templateId: promo.id,
      audience: {
        contactTypes: ['PATIENT', 'LEAD'],
        ageRange: { min: 40, max: 65 },
        lastVisit: { within: 180 },
        excludeTags: ['do-not-contact'],
        doNotMarket: false,
      },
      costPerMessage: '0.0010',
      createdById: admin.id,
    },
    update: {},
  });

  await prisma.cRMSurvey.upsert({
    where: { id: id('survey', 'post-visit') },
    create: {
      id: id('survey', 'post-visit'),
      hospitalId,
      name: 'Post-visit experience',
      description: 'Sent the day after an OPD appointment',
      surveyType: 'POST_VISIT',
      questions: DEMO_SURVEY_QUESTIONS,
      isActive: true,
      createdById: admin.id,
    },
    update: {},
  });
}

async function seedPatients(prisma: PrismaClient, h: DemoHospital, hospitalId: string, doctorIds: string[], now: Date): Promise<string[]> {
  const names = [
    ['Anita', 'Rao', 'FEMALE', 1968, ['diabetes', 'hypertension']],
    ['Suresh', 'Kumar', 'MALE', 1975, ['hypertension']],
    ['Lakshmi', 'Menon', 'FEMALE', 1989, []],
    ['Farhan', 'Ali', 'MALE', 1958, ['diabetes']],
    ['Maria', 'Fernandes', 'FEMALE', 1994, ['asthma']],
    ['George', 'Thomas', 'MALE', 1962, ['arthritis']],
  ] as const;
  const departments = ['cardiology', 'endocrinology', 'general', 'orthopedics'];
  const ids: string[] = [];
  for (const [i, [firstName, lastName, gender, year, conditions]] of names.entries()) {
    const patientId = seedId(h.code, 'patient', String(i));
    ids.push(patientId);
    await prisma.patient.upsert({
      where: { id: patientId },
      create: {
        id: patientId,
        hospitalId,
        mrn: `${h.code}-MRN-${String(i + 1).padStart(5, '0')}`,
        firstName,
        lastName,
        gender,
        dateOfBirth: new Date(Date.UTC(year, i, 10 + i)),
        email: `${firstName}.${lastName}@patients.example`.toLowerCase(),
        phone: `+9198${h.code === 'CGH' ? '3' : '4'}0${String(i).padStart(6, '0')}`,
        conditions: [...conditions],
        lastVisitAt: new Date(now.getTime() - (i * 20 + 2) * DAY),
      },
      update: {},
    });
    const visitAt = new Date(now.getTime() - (i * 20 + 2) * DAY);
    await prisma.appointment.upsert({
      where: { id: seedId(h.code, 'appointment', String(i)) },
      create: {
        id: seedId(h.code, 'appointment', String(i)),
        hospitalId,
        patientId,
        doctorId: doctorIds[i % Math.max(doctorIds.length, 1)] ?? null,
        department: departments[i % departments.length],
        scheduledAt: visitAt,
        status: 'COMPLETED',
        completedAt: visitAt,
      },
      update: {},
    });
    await prisma.invoice.upsert({
      where: { hospitalId_number: { hospitalId, number: `${h.code}-INV-${String(i + 1).padStart(5, '0')}` } },
      create: {
        hospitalId,
        patientId,
        number: `${h.code}-INV-${String(i + 1).padStart(5, '0')}`,
        amount: String(1200 + i * 350),
        status: i % 3 ? 'PAID' : 'ISSUED',
        issuedAt: visitAt,
        paidAt: i % 3 ? visitAt : null,
      },
      update: {},
    });
  }
  return ids;
}
