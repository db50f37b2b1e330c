import { Body, Controller, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiKeyAuth, ApiKeyThrottlerGuard, CurrentApiKey, type ApiKeyPrincipal } from '../../integrations';
import { AdmissionDischargedDto, AppointmentCompletedDto } from './dto/visit-report.dto';
import { VisitTriggersService, type VisitReport } from './visit-triggers.service';

const reply = (res: FastifyReply, report: VisitReport) => {
  res.status(report.survey.started ? HttpStatus.ACCEPTED : HttpStatus.OK);
  return report;
};

/** Host systems report finished visits here with an API key (scope visits:write); each may start the post-visit survey. */
@ApiTags('integrations')
@ApiKeyAuth('visits:write')
@ApiAcceptedResponse({ description: '{ visitId, patientId, survey: { started: true, duplicate: false, surveyId, workflowId } }' })
@ApiOkResponse({
  description: 'Recorded; no new survey: { survey: { started: false, duplicate, reason? } } (reported before, auto-surveys off, no survey chosen)',
})
@ApiUnprocessableEntityResponse({ description: 'Unknown patient or doctor in this hospital' })
@ApiConflictResponse({ description: 'The visit id is already recorded for another patient' })
@Controller('crm/integrations')
export class VisitTriggersController {
  constructor(private readonly visits: VisitTriggersService) {}

  @Post('appointments/completed')
  @UseGuards(ApiKeyThrottlerGuard)
  async appointmentCompleted(@CurrentApiKey() key: ApiKeyPrincipal, @Body() dto: AppointmentCompletedDto, @Res({ passthrough: true }) res: FastifyReply) {
    return reply(res, await this.visits.appointmentCompleted(key, dto));
  }

  @Post('admissions/discharged')
  @UseGuards(ApiKeyThrottlerGuard)
  async admissionDischarged(@CurrentApiKey() key: ApiKeyPrincipal, @Body() dto: AdmissionDischargedDto, @Res({ passthrough: true }) res: FastifyReply) {
    return reply(res, await this.visits.admissionDischarged(key, dto));
  }
}
