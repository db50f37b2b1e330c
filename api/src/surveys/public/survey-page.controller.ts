import { Body, Controller, Get, HttpStatus, Logger, Param, Post, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth';
import { ApiError, RawResponse } from '../../common/envelope';
import { sendHtml } from '../../common/http/send-html';
import { answersFromForm } from './form-answers';
import { SurveyLinkService, type LinkRefusal } from './survey-link.service';
import { renderNotice, renderSurveyForm, type SurveyFormView } from './survey-page';
import { SurveySubmissionService } from './survey-submission.service';

const NOTICES: Record<LinkRefusal, [string, string]> = {
  INVALID: ['Link not found', 'This survey link is not valid. Please use the link from your message.'],
  ANSWERED: ['Thank you', 'This survey has already been answered. Thank you for your feedback!'],
  EXPIRED: ['This link has expired', 'Survey links work for 7 days. Thank you all the same.'],
};

const refusalOf = (error: unknown): LinkRefusal | null => {
  const reason = error instanceof ApiError ? (error.details as { reason?: LinkRefusal } | undefined)?.reason : undefined;
  return reason && reason in NOTICES ? reason : null;
};

/** The survey page for a phone browser (GET shows it, the form POSTs back here); HTML, not the JSON envelope. */
@ApiTags('public surveys')
@ApiProduces('text/html')
@Public()
@RawResponse()
@Controller('crm/public/surveys/:token/page')
export class SurveyPageController {
  private readonly logger = new Logger(SurveyPageController.name);

  constructor(
    private readonly links: SurveyLinkService,
    private readonly submissions: SurveySubmissionService,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'The survey as an accessible HTML form (no script needed); 404 / 409 pages for an unknown, used or expired link' })
  async show(@Param('token') token: string, @Res() res: FastifyReply): Promise<void> {
    try {
      sendHtml(res, HttpStatus.OK, renderSurveyForm(await this.view(token)));
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Post()
  @ApiOkResponse({ description: 'Form post (application/x-www-form-urlencoded, fields q_<questionId>): a thank-you page' })
  @ApiUnprocessableEntityResponse({ description: 'The form again, answers kept, each refused question marked' })
  @ApiNotFoundResponse({ description: 'Unknown link' })
  async submit(@Param('token') token: string, @Body() form: Record<string, unknown>, @Res() res: FastifyReply): Promise<void> {
    let view: SurveyFormView;
    try {
      view = { ...(await this.view(token)), values: form };
    } catch (error) {
      return this.fail(res, error);
    }
    try {
      await this.submissions.submit(token, answersFromForm(view.questions, form ?? {}));
      sendHtml(res, HttpStatus.OK, renderNotice('Thank you', 'Your answers have been received. We read every one of them.'));
    } catch (error) {
      if (error instanceof ApiError && error.getStatus() === HttpStatus.UNPROCESSABLE_ENTITY) {
        const details = (error.details ?? []) as Array<{ field: string; messages: string[] }>;
        const errors = new Map(details.map((d) => [d.field.replace(/^answers\./, ''), d.messages[0]]));
        return sendHtml(res, HttpStatus.UNPROCESSABLE_ENTITY, renderSurveyForm({ ...view, errors }));
      }
      if (error instanceof ApiError && error.getStatus() === HttpStatus.SERVICE_UNAVAILABLE) {
        return sendHtml(
          res,
          HttpStatus.SERVICE_UNAVAILABLE,
          renderSurveyForm({ ...view, banner: 'We could not save your answers just now. Please try again in a minute.' }),
        );
      }
      this.fail(res, error);
    }
  }

  private async view(token: string): Promise<SurveyFormView> {
    const { hospital, survey } = await this.links.describe(token);
    return {
      hospitalName: hospital.name,
      surveyName: survey.name,
      description: survey.description,
      isAnonymous: survey.isAnonymous,
      questions: survey.questions,
    };
  }

  private fail(res: FastifyReply, error: unknown): void {
    const refusal = refusalOf(error);
    if (refusal) return sendHtml(res, refusal === 'INVALID' ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, renderNotice(...NOTICES[refusal]));
    const status = error instanceof ApiError ? error.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    sendHtml(res, status, renderNotice('Something went wrong', 'Please try again in a few minutes.'));
  }
}
