import { HttpStatus, Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { hashSurveyToken, isSurveyTokenShaped } from '@hospital-crm/workflows';
import { ApiError } from '../../common/envelope';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import { questionsOf } from '../survey-view';

/** Why a link cannot be used: unknown (404), already answered or expired (409). */
export type LinkRefusal = 'INVALID' | 'ANSWERED' | 'EXPIRED';

const REFUSALS: Record<LinkRefusal, { status: HttpStatus; message: string }> = {
  INVALID: { status: HttpStatus.NOT_FOUND, message: 'This survey link is not valid' },
  ANSWERED: { status: HttpStatus.CONFLICT, message: 'This survey has already been answered. Thank you!' },
  EXPIRED: { status: HttpStatus.CONFLICT, message: 'This survey link has expired' },
};

export function linkRefused(reason: LinkRefusal): ApiError {
  const { status, message } = REFUSALS[reason];
  return new ApiError(status, status === HttpStatus.NOT_FOUND ? 'NOT_FOUND' : 'CONFLICT', message, { reason });
}

const linkSelect = {
  id: true,
  hospitalId: true,
  surveyId: true,
  patientId: true,
  appointmentId: true,
  admissionId: true,
  channel: true,
  expiresAt: true,
  respondedAt: true,
  survey: { select: { name: true, description: true, surveyType: true, questions: true, isAnonymous: true } },
  hospital: { select: { name: true, timezone: true } },
  patient: { select: { firstName: true, lastName: true } },
  appointment: { select: { doctorId: true, department: true } },
  admission: { select: { doctorId: true, department: true } },
} as const satisfies Prisma.CRMSurveyInvitationSelect;

export type SurveyLink = Prisma.CRMSurveyInvitationGetPayload<{ select: typeof linkSelect }>;

/** Finds the invitation behind a survey link (the first or the reminder's) by the token's hash. */
@Injectable()
export class SurveyLinkService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /** The usable link, or an ApiError: 404 unknown, 409 answered or expired. */
  async open(token: string, now = new Date()): Promise<SurveyLink> {
    if (!isSurveyTokenShaped(token)) throw linkRefused('INVALID');
    const tokenHash = hashSurveyToken(token);
    const link = await this.prisma.cRMSurveyInvitation.findFirst({ where: { OR: [{ tokenHash }, { reminderTokenHash: tokenHash }] }, select: linkSelect });
    if (!link) throw linkRefused('INVALID');
    if (link.respondedAt) throw linkRefused('ANSWERED');
    if (link.expiresAt <= now) throw linkRefused('EXPIRED');
    return link;
  }

  /** What the patient's browser needs to show the survey: no ids, no patient data beyond the greeting. */
  async describe(token: string) {
    const link = await this.open(token);
    const { name, description, surveyType, questions, isAnonymous } = link.survey;
    return {
      hospital: { name: link.hospital.name },
      survey: { name, description, surveyType, isAnonymous, questions: questionsOf(questions) },
      expiresAt: link.expiresAt,
    };
  }
}
