import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@hospital-crm/db';
import { generateSurveyToken } from '@hospital-crm/workflows';

const DAY = 86_400_000;

/** A survey with one question of every kind (NPS first). */
export const SURVEY_QUESTIONS = [
  { id: 'comments', type: 'TEXT', text: 'Anything else you want to tell us?', order: 4 },
  { id: 'recommend', type: 'NPS', text: 'How likely are you to recommend us?', required: true, order: 0 },
  { id: 'care', type: 'RATING', text: 'How was the care?', order: 1, scale: 5 },
  { id: 'dept', type: 'SINGLE_CHOICE', text: 'Where were you seen?', order: 2, options: ['OPD', 'Emergency'] },
  { id: 'liked', type: 'MULTIPLE_CHOICE', text: 'What went well?', order: 3, options: ['Staff', 'Waiting time', 'Cleanliness'] },
];

export async function createPatient(prisma: PrismaClient, hospitalId: string, overrides: { email?: string | null } = {}) {
  const tag = randomUUID().slice(0, 8);
  return prisma.patient.create({
    data: { hospitalId, mrn: `MRN-${tag}`, firstName: 'Ravi', lastName: `Kumar${tag}`, email: `ravi.${tag}@patient.example`, ...overrides },
  });
}

/**
 * An invitation as the survey workflow leaves it after sending (a completed appointment, a link
 * valid 7 days), returning the link's token, which, as in production, is stored only as a hash.
 */
export async function sentInvitation(prisma: PrismaClient, hospitalId: string, surveyId: string, options: { doctorId?: string; expiresAt?: Date } = {}) {
  const patient = await createPatient(prisma, hospitalId);
  const now = new Date();
  const appointment = await prisma.appointment.create({
    data: { hospitalId, patientId: patient.id, doctorId: options.doctorId, department: 'cardiology', scheduledAt: now, status: 'COMPLETED', completedAt: now },
  });
  const { token, tokenHash } = generateSurveyToken();
  const invitation = await prisma.cRMSurveyInvitation.create({
    data: {
      hospitalId,
      surveyId,
      patientId: patient.id,
      appointmentId: appointment.id,
      channel: 'EMAIL',
      tokenHash,
      sentAt: now,
      expiresAt: options.expiresAt ?? new Date(now.getTime() + 7 * DAY),
    },
  });
  return { token, invitation, patient, appointment };
}
