import { Body, Controller, Header, HttpCode, HttpStatus, Logger, Post, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { twiml } from 'twilio';
import { Public } from '../../common/auth';
import { RawResponse } from '../../common/envelope';
import { InboundRepliesService } from './inbound-replies.service';
import { readInboundMessage, readStatusCallback, type TwilioParams } from './twilio-params';
import { TwilioSignatureGuard } from './twilio-signature.guard';
import { TwilioStatusService } from './twilio-status.service';

/**
 * Twilio's calls for SMS and WhatsApp: status callbacks of what we sent and messages people send us.
 * The bodies are Twilio's own form fields (many, varying by channel), read after the signature is checked.
 */
@ApiTags('webhooks')
@Public()
@UseGuards(TwilioSignatureGuard)
@ApiConsumes('application/x-www-form-urlencoded')
@ApiForbiddenResponse({ description: 'X-Twilio-Signature missing or wrong (or TWILIO_AUTH_TOKEN unset); nothing changed' })
@Controller('crm/webhooks/twilio')
export class TwilioWebhookController {
  private readonly logger = new Logger(TwilioWebhookController.name);

  constructor(
    private readonly statuses: TwilioStatusService,
    private readonly replies: InboundRepliesService,
  ) {}

  @Post('status')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Twilio StatusCallback: queued/sent → SENT, delivered → DELIVERED, read → READ, failed/undelivered → FAILED; forward only' })
  @ApiOkResponse({ description: '{ communicationId, movedTo, parked }: parked when the message is not recorded yet (applied once it is)' })
  async status(@Body() params: TwilioParams) {
    const callback = readStatusCallback(params ?? {});
    if (!callback) {
      this.logger.warn('Twilio status callback without a message sid or status: ignored');
      return { communicationId: null, movedTo: null, parked: false };
    }
    return this.statuses.apply(callback);
  }

  @Post('inbound')
  @HttpCode(HttpStatus.OK)
  @RawResponse()
  @Header('Content-Type', 'text/xml; charset=utf-8')
  @ApiOperation({ summary: 'A message someone sent us: logged as a reply to the last message we sent them; STOP opts out' })
  @ApiOkResponse({ description: 'Empty TwiML (no automatic answer)' })
  async inbound(@Body() params: TwilioParams): Promise<string> {
    const message = readInboundMessage(params ?? {});
    if (message) await this.replies.receive(message);
    else this.logger.warn('Twilio inbound message without a sid or a phone number sender: ignored');
    return new twiml.MessagingResponse().toString();
  }
}
