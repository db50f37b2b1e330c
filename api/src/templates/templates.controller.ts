import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { CreateTemplateDto } from './dto/create-template.dto';
import { PreviewTemplateDto } from './dto/preview-template.dto';
import { QueryTemplatesDto } from './dto/query-templates.dto';
import { UpdateTemplateDto } from './dto/update-template.dto';
import { TemplatesService, type TemplateActor } from './templates.service';

const actor = (user: AuthUser, hospitalId: string): TemplateActor => ({ hospitalId, userId: user.id });
const Id = () => Param('id', ParseUUIDPipe);

const TEXT_RULES =
  'The subject or content does not parse, uses a tag other than {{variable}} (sections, partials, {{{unescaped}}}), or uses a variable not declared in variables; details name each with its line and column';

@ApiTags('templates')
@RequireArea('templates')
@Controller('crm/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @ApiOkResponse({ description: '{ templates, page, limit, total }; filter by channel, category, isActive, q' })
  list(@HospitalId() hospitalId: string, @Query() query: QueryTemplatesDto) {
    return this.templates.list(hospitalId, query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'The new template' })
  @ApiBadRequestResponse({ description: 'Channel not EMAIL/SMS/WHATSAPP, EMAIL without a subject, content too long (SMS: 1,600), bad variable names' })
  @ApiUnprocessableEntityResponse({ description: TEXT_RULES })
  @ApiConflictResponse({ description: 'A template of this channel already has this name (ignoring case)' })
  create(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: CreateTemplateDto) {
    return this.templates.create(actor(user, hospitalId), dto);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The template' })
  @ApiNotFoundResponse({ description: 'No such template in this hospital' })
  get(@HospitalId() hospitalId: string, @Id() id: string) {
    return this.templates.get(hospitalId, id);
  }

  @Put(':id')
  @ApiOkResponse({ description: 'The template after the change' })
  @ApiUnprocessableEntityResponse({ description: TEXT_RULES })
  @ApiConflictResponse({ description: 'Another template of this channel already has this name (ignoring case)' })
  update(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: UpdateTemplateDto) {
    return this.templates.update(actor(user, hospitalId), id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({
    description:
      '{ id, deleted: true } for a template never used; { id, deleted: false, deactivated: true, usedBy } for one that messages or campaigns used (kept for their history). Audited.',
  })
  @ApiNotFoundResponse({ description: 'No such template in this hospital' })
  remove(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string) {
    return this.templates.remove(actor(user, hospitalId), id);
  }

  @Post(':id/preview')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      '{ subject, body, channel, variables, missing: [], sms?: { encoding, length, segments, perSegment } }; values are HTML-escaped in EMAIL bodies',
  })
  @ApiNotFoundResponse({ description: 'No such template or lead in this hospital' })
  @ApiUnprocessableEntityResponse({ description: 'A variable has no value (details name each), or the stored template cannot be rendered' })
  preview(@HospitalId() hospitalId: string, @Id() id: string, @Body() dto: PreviewTemplateDto) {
    return this.templates.preview(hospitalId, id, dto);
  }
}
