import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { CommunicationsService } from './communications.service';
import { LogCommunicationDto } from './dto/log-communication.dto';
import { MessageSendingService } from './message-sending.service';
import { RescheduleMessageDto, ScheduleMessageDto, SendMessageDto } from './dto/send-message.dto';
import { CommunicationStatsQueryDto, QueryCommunicationsDto } from './dto/query-communications.dto';

@ApiTags('communications')
@RequireArea('communications')
@Controller('crm/communications')
export class CommunicationsController {
  constructor(
    private readonly communications: CommunicationsService,
    private readonly sending: MessageSendingService,
  ) {}

  @Get()
  @ApiOkResponse({ description: '{ communications, page, limit, total }, newest first by default' })
  list(@HospitalId() hospitalId: string, @Query() query: QueryCommunicationsDto) {
    return this.communications.list(hospitalId, query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'Logged; it appears in the lead timeline and feeds the lead score' })
  log(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: LogCommunicationDto) {
    return this.communications.log({ hospitalId, userId: user.id }, dto);
  }

  @Post('send')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'Recorded as QUEUED and handed to its communication-<id> workflow, which sends it through the provider' })
  @ApiUnprocessableEntityResponse({
    description: 'No address, an invalid one, a template for another channel, or the contact may not receive it (opt-out, suppression)',
  })
  send(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: SendMessageDto) {
    return this.sending.send({ hospitalId, userId: user.id }, dto);
  }

  @Post('schedule')
  @ApiCreatedResponse({ description: 'Recorded as SCHEDULED; its workflow sends it at sendAt unless cancelled or moved first' })
  schedule(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: ScheduleMessageDto) {
    const { sendAt, ...message } = dto;
    return this.sending.send({ hospitalId, userId: user.id }, message, sendAt);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Cancelled, as confirmed by its workflow' })
  @ApiConflictResponse({ description: 'It was already sent, failed or cancelled, or sending has begun' })
  cancel(@HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.sending.cancel(hospitalId, id);
  }

  @Patch(':id/schedule')
  @ApiOkResponse({ description: 'Moved to the new time, as confirmed by its workflow' })
  @ApiConflictResponse({ description: 'It was already sent, failed or cancelled, or sending has begun' })
  reschedule(@HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RescheduleMessageDto) {
    return this.sending.reschedule(hospitalId, id, dto.sendAt);
  }

  @Get('stats')
  @ApiOkResponse({ description: 'Volume by channel and status, delivery and response rates, over [from, to)' })
  stats(@HospitalId() hospitalId: string, @Query() query: CommunicationStatsQueryDto) {
    return this.communications.stats(hospitalId, query);
  }

  @Get(':id')
  get(@HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.communications.get(hospitalId, id);
  }
}
