import { Body, Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import accepts from 'accepts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth';
import { ApiError, RawResponse } from '../../common/envelope';
import { sendHtml } from '../../common/http/send-html';
import { OneClickUnsubscribeDto } from './one-click-unsubscribe.dto';
import { confirmPage, donePage, errorPage } from './unsubscribe-page';
import { UnsubscribeService, type UnsubscribeLink } from './unsubscribe.service';

const wantsJson = (request: FastifyRequest) => accepts(request.raw).type(['html', 'json']) === 'json';

/**
 * The link in every marketing message (footer and List-Unsubscribe header). People get an HTML
 * page; callers that ask for JSON get the envelope.
 */
@ApiTags('webhooks')
@Public()
@RawResponse()
@ApiProduces('text/html', 'application/json')
@ApiBadRequestResponse({ description: 'The token is forged, altered or expired; nothing changed' })
@ApiNotFoundResponse({ description: "The token's hospital no longer exists" })
@Controller('crm/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Get(':token')
  @ApiOperation({ summary: 'Confirmation page with one button (nothing changes until it is pressed)' })
  @ApiOkResponse({ description: 'HTML page, or { channel, hospitalName, unsubscribed, alreadyUnsubscribed }' })
  async page(@Param('token') token: string, @Req() request: FastifyRequest, @Res() response: FastifyReply): Promise<void> {
    await this.respond(request, response, () => this.unsubscribes.read(token), confirmPage, false);
  }

  @Post(':token')
  @ApiOperation({ summary: 'RFC 8058 one-click unsubscribe: body List-Unsubscribe=One-Click; idempotent' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOkResponse({
    description: 'Marketing on this channel and address is stopped: HTML page, or { channel, hospitalName, unsubscribed: true, alreadyUnsubscribed }',
  })
  async unsubscribe(
    @Param('token') token: string,
    @Body() _body: OneClickUnsubscribeDto,
    @Req() request: FastifyRequest,
    @Res() response: FastifyReply,
  ): Promise<void> {
    await this.respond(request, response, () => this.unsubscribes.unsubscribe(token, request.ip), donePage, true);
  }

  private async respond(
    request: FastifyRequest,
    response: FastifyReply,
    action: () => Promise<UnsubscribeLink>,
    page: (link: UnsubscribeLink) => string,
    changes: boolean,
  ): Promise<void> {
    void response.header('Cache-Control', 'no-store');
    let link: UnsubscribeLink;
    try {
      link = await action();
    } catch (error) {
      if (wantsJson(request) || !(error instanceof ApiError)) throw error;
      return sendHtml(response, error.getStatus(), errorPage(error.message));
    }
    if (wantsJson(request)) {
      void response.status(HttpStatus.OK).send({
        success: true,
        data: {
          channel: link.channel,
          hospitalName: link.hospitalName,
          unsubscribed: changes || link.alreadyUnsubscribed,
          alreadyUnsubscribed: link.alreadyUnsubscribed,
        },
      });
      return;
    }
    sendHtml(response, HttpStatus.OK, page(link));
  }
}
