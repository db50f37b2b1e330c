import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { freeTextOf, hospitalDay, scoreSurveyResponse, validateSurveyAnswers } from '@hospital-crm/domain';
import { signalSurveyAnswered } from '@hospital-crm/workflows';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import { InjectTemporal, type TemporalClient } from '../../common/temporal/temporal.module';
import { invalidateDashboard } from '../../reports/cache/dashboard-invalidation';
import { questionsOf } from '../survey-view';
import { withSurveyRules } from '../survey-rule-errors';
import { linkRefused, SurveyLinkService, type SurveyLink } from './survey-link.service';
import { ServiceRecoveryTasks, type RecoveryFacts } from './service-recovery-task';
import { textSentimentScore } from './text-sentiment';

/**
 * Stores a patient's answers through their link, once: validated against the questions (422
 * naming the question), scored (NPS, CSAT, sentiment), the link closed, and a service-recovery
 * task opened for a detractor or a negative response — all in one transaction. Then the visit's
 * survey workflow is told, so it sends no reminder (it also checks the row before reminding).
 *
 * Anonymous surveys: the response keeps no patient, visit or invitation, and its time is
 * coarsened to the hospital-local day, so it cannot be matched back to the invitation.
 */
@Injectable()
export class SurveySubmissionService {
  private readonly logger = new Logger(SurveySubmissionService.name);

  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @InjectTemporal() private readonly temporal: TemporalClient,
    @Inject(SurveyLinkService) private readonly links: SurveyLinkService,
    private readonly recovery: ServiceRecoveryTasks,
  ) {}

  async submit(token: string, rawAnswers: unknown, now = new Date()): Promise<{ submitted: true }> {
    const link = await this.links.open(token, now);
    const questions = questionsOf(link.survey.questions);
    const answers = withSurveyRules(() => validateSurveyAnswers(questions, rawAnswers));
    const comments = freeTextOf(questions, answers);
    const scores = scoreSurveyResponse(questions, answers, textSentimentScore(comments));

    await this.prisma.$transaction(async (tx) => {
      // The claim: only one submission can move respondedAt from null, and only before expiry.
      const claimed = await tx.cRMSurveyInvitation.updateMany({
        where: { id: link.id, respondedAt: null, expiresAt: { gt: now } },
        data: { respondedAt: now },
      });
      if (claimed.count === 0) throw linkRefused('ANSWERED');
      const visit = link.appointment ?? link.admission;
      const anonymous = link.survey.isAnonymous;
      const response = await tx.cRMSurveyResponse.create({
        data: {
          hospitalId: link.hospitalId,
          surveyId: link.surveyId,
          ...(!anonymous && { invitationId: link.id, patientId: link.patientId, appointmentId: link.appointmentId, admissionId: link.admissionId }),
          doctorId: visit?.doctorId ?? null,
          department: visit?.department ?? null,
          channel: link.channel,
          answers: answers as Prisma.InputJsonValue,
          ...scores,
          submittedAt: anonymous ? hospitalDay(now, link.hospital.timezone).start : now,
        },
        select: { id: true },
      });
      if (scores.requiresFollowUp) await this.openRecovery(tx, link, response.id, { ...scores, comments }, now);
    });
    await invalidateDashboard(link.hospitalId);
    await this.notifyWorkflow(link);
    return { submitted: true };
  }

  private async openRecovery(
    tx: Prisma.TransactionClient,
    link: SurveyLink,
    responseId: string,
    facts: Pick<RecoveryFacts, 'npsScore' | 'sentiment' | 'comments'>,
    now: Date,
  ) {
    const anonymous = link.survey.isAnonymous;
    const taskId = await this.recovery.open(
      tx,
      {
        hospitalId: link.hospitalId,
        surveyName: link.survey.name,
        patient: !anonymous && link.patient && link.patientId ? { id: link.patientId, ...link.patient } : null,
        doctorId: (link.appointment ?? link.admission)?.doctorId ?? null,
        ...facts,
      },
      now,
    );
    if (taskId) await tx.cRMSurveyResponse.update({ where: { id: responseId }, data: { followUpTaskId: taskId } });
  }

  /** Best effort: a missed signal only means the workflow finds the answer in the database itself. */
  private async notifyWorkflow(link: SurveyLink): Promise<void> {
    const visitId = link.appointmentId ?? link.admissionId;
    if (!visitId) return;
    try {
      await signalSurveyAnswered(this.temporal, link.surveyId, visitId);
    } catch (error) {
      this.logger.warn(`could not tell the survey workflow of visit ${visitId} about the answer: ${(error as Error).message}`);
    }
  }
}
