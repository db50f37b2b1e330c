import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@hospital-crm/db';

/** A hospital of its own whose settings send a post-visit NPS survey over WhatsApp at once, and that survey. */
export async function postVisitSurveyHospital(prisma: PrismaClient, name: string, codePrefix: string) {
  const hospital = await prisma.hospital.create({ data: { name, code: `${codePrefix}${randomUUID().slice(0, 6).toUpperCase()}`, timezone: 'UTC' } });
  await prisma.cRMSettings.create({ data: { hospitalId: hospital.id, autoSurveyEnabled: true, surveyDelayHours: 0, surveyChannel: 'WHATSAPP' } });
  const survey = await prisma.cRMSurvey.create({
    data: {
      hospitalId: hospital.id,
      name: 'After your visit',
      surveyType: 'POST_VISIT',
      questions: [{ id: 'nps', type: 'NPS', text: 'Recommend us?', required: true, order: 0 }],
    },
  });
  return { hospital, survey };
}

/** A patient of the hospital whose appointment has just been completed. */
export async function completedVisit(prisma: PrismaClient, hospitalId: string, person: { firstName: string; lastName: string; phone: string }) {
  const patient = await prisma.patient.create({ data: { hospitalId, mrn: `MRN-${randomUUID().slice(0, 8)}`, ...person } });
  const ended = new Date();
  const visit = await prisma.appointment.create({
    data: { hospitalId, patientId: patient.id, scheduledAt: ended, status: 'COMPLETED', completedAt: ended },
  });
  return { patient, visit, ended };
}
