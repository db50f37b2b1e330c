import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ContactSuppressionsService } from './contact-suppressions.service';
import { DeliveryStatusService } from './delivery-status.service';
import { CampaignFunnel } from './campaign-funnel.service';
import { SesEventsService } from './ses/ses-events.service';
import { SesWebhookController } from './ses/ses-webhook.controller';
import { SnsMessageVerifier } from './ses/sns-message-verifier';
import { InboundRepliesService } from './twilio/inbound-replies.service';
import { ParkedStatusStore } from './twilio/parked-status-store';
import { ParkedStatusSweeper } from './twilio/parked-status-sweeper';
import { TwilioSignatureGuard } from './twilio/twilio-signature.guard';
import { TwilioStatusService } from './twilio/twilio-status.service';
import { TwilioWebhookController } from './twilio/twilio-webhook.controller';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe/unsubscribe.service';
import { webhooksConfig } from './webhooks.config';

/**
 * Public endpoints that prove their caller by signature instead of a login: SES events via SNS,
 * Twilio status callbacks and inbound messages, and the signed unsubscribe link.
 */
@Module({
  imports: [ConfigModule.forFeature(webhooksConfig)],
  controllers: [SesWebhookController, TwilioWebhookController, UnsubscribeController],
  providers: [
    ContactSuppressionsService,
    DeliveryStatusService,
    CampaignFunnel,
    SnsMessageVerifier,
    SesEventsService,
    TwilioSignatureGuard,
    TwilioStatusService,
    ParkedStatusStore,
    ParkedStatusSweeper,
    InboundRepliesService,
    UnsubscribeService,
  ],
  exports: [ContactSuppressionsService],
})
export class WebhooksModule {}
