import { Body, Controller, HttpCode, HttpStatus, Logger, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth';
import { ApiError } from '../../common/envelope';
import { TextBody } from '../../common/http/text-body';
import { parseSesEvent } from './ses-event';
import { SesEventsService } from './ses-events.service';
import { SnsMessageVerifier, SnsVerificationError, type SnsMessage } from './sns-message-verifier';

const SNS_BODY_LIMIT = 512 * 1024;

function snsBody(body: unknown): Record<string, unknown> {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      value = null;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw ApiError.badRequest('The body is not an SNS message (JSON object)');
  return value as Record<string, unknown>;
}

/** SES delivery events (delivery, bounce, complaint, open, click, reject) through an SNS HTTPS subscription. */
@ApiTags('webhooks')
@Public()
@Controller('crm/webhooks/ses')
export class SesWebhookController {
  private readonly logger = new Logger(SesWebhookController.name);

  constructor(
    private readonly verifier: SnsMessageVerifier,
    private readonly events: SesEventsService,
  ) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  // SNS posts its JSON with `Content-Type: text/plain; charset=UTF-8`: read it as text, parsed below.
  @TextBody(SNS_BODY_LIMIT)
  @ApiOperation({ summary: 'SNS notifications of SES events (the body is JSON sent as text/plain); signature-checked' })
  @ApiOkResponse({ description: 'Accepted: what the event changed (replays and out-of-order events change nothing)' })
  @ApiForbiddenResponse({ description: 'The SNS signature, its certificate host or the topic is not accepted; nothing changed' })
  async receive(@Body() body: unknown) {
    const message = await this.verified(snsBody(body));
    switch (message.Type) {
      case 'SubscriptionConfirmation':
        try {
          await this.verifier.confirmSubscription(message);
        } catch (error) {
          throw this.refusal(error);
        }
        this.logger.log(`confirmed the SNS subscription to ${message.TopicArn}`);
        return { type: message.Type, topicArn: message.TopicArn, confirmed: true };
      case 'UnsubscribeConfirmation':
        this.logger.warn(`SNS topic ${message.TopicArn} unsubscribed this endpoint: SES events stop arriving until it is subscribed again`);
        return { type: message.Type, topicArn: message.TopicArn };
      default: {
        const event = parseSesEvent(message.Message);
        if (!event) {
          this.logger.warn(`SNS notification ${message.MessageId} on ${message.TopicArn} is not an SES event: ignored`);
          return { type: message.Type, event: null };
        }
        return { type: message.Type, ...(await this.events.apply(event, message.MessageId)) };
      }
    }
  }

  private async verified(body: Record<string, unknown>): Promise<SnsMessage> {
    try {
      return await this.verifier.verify(body);
    } catch (error) {
      throw this.refusal(error);
    }
  }

  private refusal(error: unknown): unknown {
    if (!(error instanceof SnsVerificationError)) return error;
    this.logger.warn(`SNS message refused: ${error.message}`);
    return error.retryable
      ? new ApiError(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', error.message)
      : new ApiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', error.message);
  }
}
