import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Public } from '../../common/auth';
import { SubmitSurveyAnswersDto } from './dto/submit-survey-answers.dto';
import { SurveyLinkService } from './survey-link.service';
import { SurveySubmissionService } from './survey-submission.service';

/** The patient's side, by the signed single-use token in their link: no account, no API key. */
@ApiTags('public surveys')
@Public()
@ApiNotFoundResponse({ description: 'The link is not valid' })
@ApiConflictResponse({ description: 'The survey was already answered through this invitation, or the link expired (details.reason ANSWERED / EXPIRED)' })
@Controller('crm/public/surveys/:token')
export class PublicSurveysController {
  constructor(
    private readonly links: SurveyLinkService,
    private readonly submissions: SurveySubmissionService,
  ) {}

  @Get()
  @ApiOkResponse({ description: '{ hospital: { name }, survey: { name, description, surveyType, isAnonymous, questions }, expiresAt }' })
  get(@Param('token') token: string) {
    return this.links.describe(token);
  }

  @Post()
  @ApiCreatedResponse({ description: '{ submitted: true }; the link is used up' })
  @ApiUnprocessableEntityResponse({ description: 'An answer is missing or out of range; the message and details name the question' })
  submit(@Param('token') token: string, @Body() dto: SubmitSurveyAnswersDto) {
    return this.submissions.submit(token, dto.answers);
  }
}
