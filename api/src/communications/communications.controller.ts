import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { CommunicationsService } from './communications.service';
import { LogCommunicationDto } from './dto/log-communication.dto';
import { CommunicationStatsQueryDto, QueryCommunicationsDto } from './dto/query-communications.dto';

@ApiTags('communications')
@RequireArea('communications')
@Controller('crm/communications')
export class CommunicationsController {
  constructor(private readonly communications: CommunicationsService) {}

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
