import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { CreateSurveyDto } from './dto/create-survey.dto';
import { QuerySurveysDto } from './dto/query-surveys.dto';
import { UpdateSurveyDto } from './dto/update-survey.dto';
import { SurveysService } from './surveys.service';

@ApiTags('surveys')
@RequireArea('surveys')
@Controller('crm/surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @ApiOkResponse({ description: '{ surveys, page, limit, total }, each with responseCount and invitationCount' })
  list(@HospitalId() hospitalId: string, @Query() query: QuerySurveysDto) {
    return this.surveys.list(hospitalId, query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'The survey, questions sorted by order; audited' })
  @ApiUnprocessableEntityResponse({ description: 'A question breaks a rule (the message names it): scale, options, repeated id or order, two NPS questions' })
  create(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: CreateSurveyDto) {
    return this.surveys.create({ id: user.id, hospitalId }, dto);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'No such survey in this hospital' })
  get(@HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.surveys.get(hospitalId, id);
  }

  @Put(':id')
  @ApiOkResponse({ description: 'The survey; `isActive: false` deactivates it (no new invitations; sent links still work); audited' })
  @ApiConflictResponse({
    description: 'The survey has responses and the change would invalidate them (question removed, type or scale changed, option removed)',
  })
  update(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSurveyDto) {
    return this.surveys.update({ id: user.id, hospitalId }, id, dto);
  }
}
