import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HospitalId, RequireArea } from '../common/auth';
import { QuerySurveyResponsesDto } from './dto/query-survey-responses.dto';
import { SurveyAnalyticsQueryDto } from './dto/survey-analytics-query.dto';
import { SurveyAnalyticsService } from './survey-analytics.service';
import { SurveyResponsesService } from './survey-responses.service';

@ApiTags('surveys')
@RequireArea('surveys')
@ApiNotFoundResponse({ description: 'No such survey in this hospital' })
@Controller('crm/surveys/:id')
export class SurveyResultsController {
  constructor(
    private readonly responses: SurveyResponsesService,
    private readonly analytics: SurveyAnalyticsService,
  ) {}

  @Get('responses')
  @ApiOkResponse({
    description: '{ responses, page, limit, total }: answers, npsScore/npsCategory, csatScore, sentiment, follow-up; no patient for anonymous surveys',
  })
  list(@HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string, @Query() query: QuerySurveyResponsesDto) {
    return this.responses.list(hospitalId, id, query);
  }

  @Get('analytics')
  @ApiOkResponse({
    description:
      'NPS with promoter/passive/detractor split and 0-10 distribution, CSAT, sentiment, trend by week or month (hospital time), per doctor, per department, response rate per channel',
  })
  get(@HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string, @Query() query: SurveyAnalyticsQueryDto) {
    return this.analytics.analytics(hospitalId, id, query);
  }
}
