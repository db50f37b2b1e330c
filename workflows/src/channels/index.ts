// The provider channels, one per sendable channel, built from configuration.
import type { SendableChannel } from '@hospital-crm/domain';
import { ProviderRejection, type Channel, type ProviderReceipt } from './channel';
import { readChannelConfig, type ChannelConfig } from './channel-config';
import { createSesClient, createSnsClient } from './aws-clients';
import { EmailChannel } from './email.channel';
import { SmsChannel } from './sms.channel';
import { WhatsAppChannel } from './whatsapp.channel';

export * from './channel';
export { readChannelConfig, type ChannelConfig, type TwilioConfig } from './channel-config';
export { classifyProviderError } from './provider-errors';
export { EmailChannel, composeEmail, COMMUNICATION_ID_HEADER, COMMUNICATION_ID_TAG } from './email.channel';
export { SmsChannel } from './sms.channel';
export { WhatsAppChannel, TwilioHttpClient } from './whatsapp.channel';

/** A channel whose provider is not configured: every send is refused for good, with the reason. */
class UnconfiguredChannel implements Channel {
  constructor(
    private readonly provider: ProviderReceipt['provider'],
    private readonly reason: string,
  ) {}

  async send(): Promise<ProviderReceipt> {
    throw new ProviderRejection(this.provider, this.reason, 'NOT_CONFIGURED');
  }
}

export function createChannels(config: ChannelConfig = readChannelConfig()): Record<SendableChannel, Channel> {
  return {
    EMAIL: new EmailChannel(createSesClient(config), config.email),
    SMS: new SmsChannel(createSnsClient(config), config.sms),
    WHATSAPP: config.twilio
      ? new WhatsAppChannel({ twilio: config.twilio, statusCallbackUrl: config.twilioStatusCallbackUrl, timeoutMs: config.timeoutMs })
      : new UnconfiguredChannel(
          'twilio',
          config.whatsappProblem ?? 'WhatsApp is not configured: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_WHATSAPP_FROM',
        ),
  };
}
