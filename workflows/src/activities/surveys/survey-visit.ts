import type { Prisma } from '@hospital-crm/db';
import type { SurveyVisit, SurveyWorkflowInput } from '../../shared/survey-messages';

type Db = Prisma.TransactionClient;

/** The invitation's column naming the visit: appointmentId or admissionId. */
export function visitColumn(visit: SurveyVisit): { appointmentId: string } | { admissionId: string } {
  return visit.kind === 'APPOINTMENT' ? { appointmentId: visit.id } : { admissionId: visit.id };
}

/** The one invitation a survey may have per visit (unique per survey and visit), if it exists. */
export function findVisitInvitation(db: Db, input: Pick<SurveyWorkflowInput, 'surveyId' | 'visit'>) {
  return db.cRMSurveyInvitation.findFirst({ where: { surveyId: input.surveyId, ...visitColumn(input.visit) } });
}

const visitSelect = {
  patient: { select: { id: true, firstName: true, email: true, phone: true } },
  hospital: { select: { name: true } },
} as const;

/** The visit with the patient to invite and the hospital's name; null when it is not in this hospital. */
export function loadVisit(db: Db, input: Pick<SurveyWorkflowInput, 'hospitalId' | 'visit'>) {
  const where = { id: input.visit.id, hospitalId: input.hospitalId };
  return input.visit.kind === 'APPOINTMENT' ? db.appointment.findFirst({ where, select: visitSelect }) : db.admission.findFirst({ where, select: visitSelect });
}
