import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { startSurveyWorkflow, type SurveyVisit } from '@hospital-crm/workflows';
import { ApiError } from '../../common/envelope';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import { InjectTemporal, type TemporalClient } from '../../common/temporal/temporal.module';
import { temporalConfig, type TemporalConfig } from '../../config/configuration';

/** Whether a visit's survey workflow was started: started, a duplicate of an earlier report, or not started and why. */
export interface SurveyTrigger {
  started: boolean;
  duplicate: boolean;
  surveyId?: string;
  workflowId?: string;
  reason?: string;
}

/**
 * Starts the `survey-<surveyId>-<visitId>` workflow for a finished visit when the hospital's
 * settings ask for it. The workflow id and the invitation's unique (survey, visit) make a
 * reported-again visit a duplicate, never a second survey.
 */
@Injectable()
export class PostVisitSurveys {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @InjectTemporal() private readonly temporal: TemporalClient,
    @Inject(temporalConfig.KEY) private readonly config: TemporalConfig,
  ) {}

  async trigger(hospitalId: string, visit: SurveyVisit, visitEndedAt: Date): Promise<SurveyTrigger> {
    const settings = await this.prisma.cRMSettings.findUnique({ where: { hospitalId } });
    if (!settings?.autoSurveyEnabled) return { started: false, duplicate: false, reason: 'Automatic surveys are switched off for this hospital' };
    const surveyId = visit.kind === 'APPOINTMENT' ? settings.postVisitSurveyId : settings.postDischargeSurveyId;
    const setting = visit.kind === 'APPOINTMENT' ? 'postVisitSurveyId' : 'postDischargeSurveyId';
    if (!surveyId) return { started: false, duplicate: false, reason: `No survey is chosen in the settings (${setting})` };
    const survey = await this.prisma.cRMSurvey.findFirst({ where: { id: surveyId, hospitalId }, select: { isActive: true } });
    if (!survey?.isActive) return { started: false, duplicate: false, surveyId, reason: `The survey chosen in ${setting} is inactive or missing` };
    const column = visit.kind === 'APPOINTMENT' ? { appointmentId: visit.id } : { admissionId: visit.id };
    if (await this.prisma.cRMSurveyInvitation.findFirst({ where: { surveyId, ...column }, select: { id: true } })) {
      return { started: false, duplicate: true, surveyId };
    }
    try {
      const start = await startSurveyWorkflow(this.temporal, this.config.taskQueue, { hospitalId, surveyId, visit, visitEndedAt: visitEndedAt.toISOString() });
      return { started: !start.duplicate, duplicate: start.duplicate, surveyId, workflowId: start.workflowId };
    } catch (error) {
      // The visit is recorded; the host system may simply report it again.
      throw new ApiError(
        HttpStatus.SERVICE_UNAVAILABLE,
        'SERVICE_UNAVAILABLE',
        'The visit was recorded but its survey could not be scheduled; report it again shortly',
        {
          cause: (error as Error).message.split('\n')[0],
        },
      );
    }
  }
}
