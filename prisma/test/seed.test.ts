import { createPrismaClient, LeadSource, LeadStatus, TemplateCategory } from '../src';
import { seedDemoData } from '../src/seed/seed';

const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
afterAll(() => prisma.$disconnect());

async function countsFor(code: string) {
  const hospital = await prisma.hospital.findUniqueOrThrow({ where: { code } });
  const where = { hospitalId: hospital.id };
  return {
    users: await prisma.user.count({ where }),
    leads: await prisma.cRMLead.count({ where }),
    templates: await prisma.cRMTemplate.count({ where }),
    tasks: await prisma.cRMTask.count({ where }),
    campaigns: await prisma.cRMCampaign.count({ where }),
    surveys: await prisma.cRMSurvey.count({ where }),
    patients: await prisma.patient.count({ where }),
    appointments: await prisma.appointment.count({ where }),
    invoices: await prisma.invoice.count({ where }),
    activities: await prisma.cRMActivity.count({ where }),
    leadSequence: hospital.leadSequence,
  };
}

describe('demo seed', () => {
  beforeAll(async () => {
    await seedDemoData(prisma);
  }, 60_000);

  it('is idempotent: a second run adds and changes nothing', async () => {
    const before = { cgh: await countsFor('CGH'), lmc: await countsFor('LMC') };
    await seedDemoData(prisma);
    expect({ cgh: await countsFor('CGH'), lmc: await countsFor('LMC') }).toEqual(before);
    expect(before.cgh.leads).toBe(24);
    expect(before.cgh.leadSequence).toBe(24);
  }, 60_000);

  it('has leads in every status and from every source, templates for every category', async () => {
    const hospital = await prisma.hospital.findUniqueOrThrow({ where: { code: 'CGH' } });
    const leads = await prisma.cRMLead.findMany({
      where: { hospitalId: hospital.id },
      select: { status: true, source: true, score: true, scoreBreakdown: true },
    });
    expect(new Set(leads.map((l) => l.status))).toEqual(new Set(Object.values(LeadStatus)));
    expect(new Set(leads.map((l) => l.source))).toEqual(new Set(Object.values(LeadSource)));
    expect(leads.every((l) => l.score > 0 && l.scoreBreakdown !== null)).toBe(true);
    const templates = await prisma.cRMTemplate.findMany({ where: { hospitalId: hospital.id }, select: { category: true } });
    expect(new Set(templates.map((t) => t.category))).toEqual(new Set(Object.values(TemplateCategory)));
  });

  it('has one account per role, a draft campaign and an active survey', async () => {
    const roles = await prisma.user.findMany({ where: { email: { endsWith: '.example' } }, select: { role: true } });
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(['SUPER_ADMIN', 'HOSPITAL_ADMIN', 'RECEPTIONIST', 'DOCTOR', 'NURSE', 'STAFF']));
    const hospital = await prisma.hospital.findUniqueOrThrow({ where: { code: 'LMC' } });
    expect(await prisma.cRMCampaign.count({ where: { hospitalId: hospital.id, status: 'DRAFT' } })).toBe(1);
    expect(await prisma.cRMSurvey.count({ where: { hospitalId: hospital.id, isActive: true } })).toBe(1);
  });
});
