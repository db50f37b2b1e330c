import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { classifyNps, NPS_SCORE_RANGES } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import type { QuerySurveyResponsesDto } from './dto/query-survey-responses.dto';
import { SurveysService } from './surveys.service';

const person = { select: { id: true, firstName: true, lastName: true } } as const;

const responseSelect = {
  id: true,
  submittedAt: true,
  answers: true,
  npsScore: true,
  csatScore: true,
  sentiment: true,
  requiresFollowUp: true,
  followUpTaskId: true,
  followUpNotes: true,
  channel: true,
  department: true,
  appointmentId: true,
  admissionId: true,
  doctor: person,
  // Null for anonymous surveys: nothing links their responses to a patient.
  patient: { select: { id: true, mrn: true, firstName: true, lastName: true } },
} as const satisfies Prisma.CRMSurveyResponseSelect;

@Injectable()
export class SurveyResponsesService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly surveys: SurveysService,
  ) {}

  async list(hospitalId: string, surveyId: string, query: QuerySurveyResponsesDto) {
    await this.surveys.get(hospitalId, surveyId);
    const where: Prisma.CRMSurveyResponseWhereInput = {
      hospitalId,
      surveyId,
      ...((query.submittedFrom || query.submittedTo) && {
        submittedAt: { ...(query.submittedFrom && { gte: new Date(query.submittedFrom) }), ...(query.submittedTo && { lt: new Date(query.submittedTo) }) },
      }),
      ...(query.npsCategory?.length && { OR: query.npsCategory.map((category) => ({ npsScore: NPS_SCORE_RANGES[category] })) }),
      ...(query.sentiment?.length && { sentiment: { in: query.sentiment } }),
      ...(query.requiresFollowUp !== undefined && { requiresFollowUp: query.requiresFollowUp }),
      ...(query.channel?.length && { channel: { in: query.channel } }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.cRMSurveyResponse.findMany({
        where,
        select: responseSelect,
        orderBy: [{ submittedAt: query.order }, { id: query.order }],
        skip: skipFor(query),
        take: query.limit,
      }),
      this.prisma.cRMSurveyResponse.count({ where }),
    ]);
    const responses = rows.map((r) => ({ ...r, npsCategory: r.npsScore === null ? null : classifyNps(r.npsScore) }));
    return paginated('responses', responses, query, total);
  }
}
