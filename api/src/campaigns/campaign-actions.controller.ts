import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { CampaignActionsService } from './campaign-actions.service';
import { CampaignAnalyticsService } from './campaign-analytics.service';
import { LaunchCampaignDto, ScheduleCampaignDto } from './dto/campaign-start.dto';

const Id = () => Param('id', ParseUUIDPipe);
const CONFIRMED =
  'The campaign with `progress`, the state its campaign-<id> workflow confirmed (status, totalRecipients, processed, sent, failed, skipped, unknown)';
const REFUSED = 'The move is not allowed from the campaign’s state (the message says why)';

/** The send: Temporal Updates on `campaign-<id>`, its progress Query, and the numbers. */
@ApiTags('campaigns')
@RequireArea('campaigns')
@ApiServiceUnavailableResponse({ description: 'Temporal is unreachable; nothing was changed' })
@Controller('crm/campaigns')
export class CampaignActionsController {
  constructor(
    private readonly actions: CampaignActionsService,
    private readonly analyticsService: CampaignAnalyticsService,
  ) {}

  @Post(':id/launch')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: `${CONFIRMED}: RUNNING, or SCHEDULED until startAt. The recipient list is fixed at launch. Audited.` })
  @ApiConflictResponse({ description: 'The campaign is not a DRAFT (the message names its status), or the workflow refused' })
  @ApiUnprocessableEntityResponse({ description: 'No usable template, an audience that is no longer valid, over budget, or startAt not ahead' })
  launch(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: LaunchCampaignDto) {
    return this.actions.launch({ userId: user.id, hospitalId }, id, dto);
  }

  @Patch(':id/pause')
  @ApiOkResponse({ description: `${CONFIRMED}: PAUSED; no message starts after the answer` })
  @ApiConflictResponse({ description: REFUSED })
  pause(@HospitalId() hospitalId: string, @Id() id: string) {
    return this.actions.pause(hospitalId, id);
  }

  @Patch(':id/resume')
  @ApiOkResponse({ description: `${CONFIRMED}: RUNNING again, from where it stopped` })
  @ApiConflictResponse({ description: REFUSED })
  resume(@HospitalId() hospitalId: string, @Id() id: string) {
    return this.actions.resume(hospitalId, id);
  }

  @Patch(':id/cancel')
  @ApiOkResponse({ description: `${CONFIRMED}: CANCELLED (from SCHEDULED, RUNNING or PAUSED); audited` })
  @ApiConflictResponse({ description: REFUSED })
  cancel(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string) {
    return this.actions.cancel({ userId: user.id, hospitalId }, id);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The same as PATCH :id/cancel, for clients that cancel with POST (as communications do)' })
  @ApiConflictResponse({ description: REFUSED })
  cancelByPost(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string) {
    return this.cancel(user, hospitalId, id);
  }

  @Patch(':id/schedule')
  @ApiOkResponse({ description: `${CONFIRMED}: a SCHEDULED campaign moved to startAt` })
  @ApiConflictResponse({ description: 'The campaign is not SCHEDULED (a DRAFT is scheduled by launching it with startAt)' })
  @ApiUnprocessableEntityResponse({ description: 'startAt is not in the future or more than a year ahead' })
  reschedule(@HospitalId() hospitalId: string, @Id() id: string, @Body() dto: ScheduleCampaignDto) {
    return this.actions.reschedule(hospitalId, id, dto.startAt);
  }

  @Get(':id/progress')
  @ApiOkResponse({
    description: 'The workflow’s progress Query (`source: workflow`), or the send ledger’s counts when there is no workflow to ask (`source: database`)',
  })
  progress(@HospitalId() hospitalId: string, @Id() id: string) {
    return this.actions.progress(hospitalId, id);
  }

  @Get(':id/analytics')
  @ApiOkResponse({
    description:
      'The eight counters; rates in percent (delivery of sent; open, click, response, conversion of delivered); sends and deliveries per day in the hospital’s time zone; ' +
      'cost (costPerMessage × sent) against the budget; attributed conversions and paid revenue within the attribution window, and ROI when computable',
  })
  analytics(@HospitalId() hospitalId: string, @Id() id: string) {
    return this.analyticsService.analytics(hospitalId, id);
  }
}
