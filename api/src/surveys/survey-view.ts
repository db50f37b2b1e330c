import type { Prisma } from '@hospital-crm/db';
import type { SurveyQuestion } from '@hospital-crm/domain';

export const surveySelect = {
  id: true,
  name: true,
  description: true,
  surveyType: true,
  questions: true,
  isAnonymous: true,
  isActive: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, firstName: true, lastName: true } },
  _count: { select: { responses: true, invitations: true } },
} as const satisfies Prisma.CRMSurveySelect;

type SurveyRow = Prisma.CRMSurveyGetPayload<{ select: typeof surveySelect }>;

/** The stored questions (validated by the domain before they were written). */
export const questionsOf = (questions: Prisma.JsonValue): SurveyQuestion[] => questions as unknown as SurveyQuestion[];

export const questionsJson = (questions: SurveyQuestion[]): Prisma.InputJsonValue => questions as unknown as Prisma.InputJsonValue;

export function toSurveyView({ _count, questions, ...survey }: SurveyRow) {
  return { ...survey, questions: questionsOf(questions), responseCount: _count.responses, invitationCount: _count.invitations };
}
