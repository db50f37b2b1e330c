import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { PaginationQueryDto } from '../common/pagination/pagination-query.dto';
import { AssignLeadDto } from './dto/assign-lead.dto';
import { ConvertLeadDto } from './dto/convert-lead.dto';
import { CreateLeadDto } from './dto/create-lead.dto';
import { MoveLeadDto } from './dto/move-lead.dto';
import { QueryLeadsDto } from './dto/query-leads.dto';
import { UpdateLeadDto } from './dto/update-lead.dto';
import { UpdateLeadStatusDto } from './dto/update-status.dto';
import { LeadConversionService } from './lead-conversion.service';
import { LeadTimelineService } from './lead-timeline.service';
import { LeadsService, type Actor } from './leads.service';

const actor = (user: AuthUser, hospitalId: string): Actor => ({ hospitalId, userId: user.id });
const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('leads')
@RequireArea('leads')
@Controller('crm/leads')
export class LeadsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly conversion: LeadConversionService,
    private readonly timelines: LeadTimelineService,
  ) {}

  @Get()
  @ApiOkResponse({ description: "{ leads, page, limit, total, totalIsCapped } — total stops counting at 10,000, a search's at 1,000" })
  list(@HospitalId() hospitalId: string, @Query() query: QueryLeadsDto) {
    return this.leads.list(hospitalId, query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'The new lead, numbered LD-<hospital>-<n>' })
  @ApiConflictResponse({ description: 'An open lead has the same phone or email (details.existingLeadId)' })
  @ApiQuery({ name: 'allowDuplicate', required: false, type: Boolean })
  create(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: CreateLeadDto, @Query('allowDuplicate') allowDuplicate?: string) {
    return this.leads.create(actor(user, hospitalId), dto, { allowDuplicate: allowDuplicate === 'true' });
  }

  @Get('stats')
  @ApiOkResponse({ description: 'Counts by status and source, conversion rate, average open score' })
  stats(@HospitalId() hospitalId: string) {
    return this.leads.stats(hospitalId);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'No such lead in this hospital' })
  get(@HospitalId() hospitalId: string, @Id() id: string) {
    return this.leads.get(hospitalId, id);
  }

  @Put(':id')
  update(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: UpdateLeadDto) {
    return this.leads.update(actor(user, hospitalId), id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ description: 'Soft-deleted and audited' })
  remove(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string) {
    return this.leads.remove(actor(user, hospitalId), id);
  }

  @Patch(':id/status')
  @ApiConflictResponse({ description: 'ILLEGAL_TRANSITION: the pipeline does not allow this move' })
  @ApiUnprocessableEntityResponse({ description: 'LOST without a reason' })
  changeStatus(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: UpdateLeadStatusDto) {
    return this.leads.changeStatus(actor(user, hospitalId), id, dto);
  }

  @Patch(':id/move')
  @ApiOkResponse({ description: 'Kanban drop: status and position in the column, in one transaction' })
  @ApiConflictResponse({ description: 'ILLEGAL_TRANSITION, or the lead was moved by someone else meanwhile' })
  move(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: MoveLeadDto) {
    return this.leads.move(actor(user, hospitalId), id, dto);
  }

  @Patch(':id/assign')
  @ApiUnprocessableEntityResponse({ description: 'Not an active lead owner of this hospital' })
  assign(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: AssignLeadDto) {
    return this.leads.assign(actor(user, hospitalId), id, dto.assignedToId);
  }

  @Post(':id/convert')
  @HttpCode(200)
  @ApiOkResponse({ description: '{ patient, created, linkedExisting }; converting again returns the same patient' })
  convert(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: ConvertLeadDto) {
    return this.conversion.convert(actor(user, hospitalId), id, dto);
  }

  @Get(':id/timeline')
  @ApiOkResponse({ description: '{ items, page, limit, total }: activities, communications, tasks, appointments, newest first' })
  timeline(@HospitalId() hospitalId: string, @Id() id: string, @Query() query: PaginationQueryDto) {
    return this.timelines.timeline(hospitalId, id, query);
  }
}
