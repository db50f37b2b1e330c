import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { breakingQuestionChanges, validateSurveyQuestions } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { likeText } from '../common/pagination/search-text';
import type { CreateSurveyDto } from './dto/create-survey.dto';
import type { QuerySurveysDto } from './dto/query-surveys.dto';
import type { UpdateSurveyDto } from './dto/update-survey.dto';
import { questionsJson, surveySelect, toSurveyView } from './survey-view';
import { withSurveyRules } from './survey-rule-errors';

export interface SurveyActor {
  id: string;
  hospitalId: string;
}

@Injectable()
export class SurveysService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async list(hospitalId: string, query: QuerySurveysDto) {
    const where: Prisma.CRMSurveyWhereInput = {
      hospitalId,
      ...(query.surveyType?.length && { surveyType: { in: query.surveyType } }),
      ...(query.isActive !== undefined && { isActive: query.isActive }),
      ...(query.q && { name: { contains: likeText(query.q), mode: 'insensitive' as const } }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.cRMSurvey.findMany({
        where,
        select: surveySelect,
        orderBy: [{ createdAt: query.order }, { id: query.order }],
        skip: skipFor(query),
        take: query.limit,
      }),
      this.prisma.cRMSurvey.count({ where }),
    ]);
    return paginated('surveys', rows.map(toSurveyView), query, total);
  }

  /** 404 for an unknown id and for another hospital's survey alike. */
  async get(hospitalId: string, id: string) {
    const survey = await this.prisma.cRMSurvey.findFirst({ where: { id, hospitalId }, select: surveySelect });
    if (!survey) throw ApiError.notFound('Survey', id);
    return toSurveyView(survey);
  }

  async create(actor: SurveyActor, dto: CreateSurveyDto) {
    const questions = withSurveyRules(() => validateSurveyQuestions(dto.questions));
    const id = await this.prisma.$transaction(async (tx) => {
      const survey = await tx.cRMSurvey.create({
        data: { ...dto, questions: questionsJson(questions), hospitalId: actor.hospitalId, createdById: actor.id },
        select: { id: true, name: true },
      });
      await this.audit.record(
        { userId: actor.id, hospitalId: actor.hospitalId },
        { action: 'survey.create', entityType: 'CRMSurvey', entityId: survey.id, details: { name: survey.name } },
        tx,
      );
      return survey.id;
    });
    return this.get(actor.hospitalId, id);
  }

  /** Questions may change freely until the first response; after that, only without invalidating stored answers (409). */
  async update(actor: SurveyActor, id: string, dto: UpdateSurveyDto) {
    const current = await this.get(actor.hospitalId, id);
    const questions = dto.questions ? withSurveyRules(() => validateSurveyQuestions(dto.questions)) : undefined;
    if (questions && current.responseCount > 0) {
      const breaking = breakingQuestionChanges(current.questions, questions);
      if (breaking.length) {
        throw ApiError.conflict(`This survey has ${current.responseCount} response(s), so its questions cannot change like this: ${breaking.join('; ')}`, {
          breaking,
          hint: 'Create a new survey (and deactivate this one) to ask different questions',
        });
      }
    }
    await this.prisma.$transaction(async (tx) => {
      const { questions: _given, ...fields } = dto;
      await tx.cRMSurvey.update({ where: { id }, data: { ...fields, ...(questions && { questions: questionsJson(questions) }) } });
      await this.audit.record(
        { userId: actor.id, hospitalId: actor.hospitalId },
        { action: 'survey.update', entityType: 'CRMSurvey', entityId: id, details: { changed: Object.keys(dto) } },
        tx,
      );
    });
    return this.get(actor.hospitalId, id);
  }
}
