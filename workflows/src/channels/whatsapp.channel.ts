// WhatsApp through Twilio's Messages API, with the official `twilio` client.
import twilio from 'twilio';
import type { Channel, OutboundMessage, ProviderReceipt } from './channel';
import type { TwilioConfig } from './channel-config';
import { classifyProviderError } from './provider-errors';
import { TwilioHttpClient } from './twilio-http-client';

export { TwilioHttpClient };

export interface WhatsAppChannelOptions {
  twilio: TwilioConfig;
  statusCallbackUrl: string;
  timeoutMs: number;
}

export class WhatsAppChannel implements Channel {
  private readonly client: twilio.Twilio;

  constructor(private readonly options: WhatsAppChannelOptions) {
    const { accountSid, authToken, apiBaseUrl } = options.twilio;
    this.client = twilio(accountSid, authToken, { httpClient: new TwilioHttpClient(options.timeoutMs, apiBaseUrl), autoRetry: false });
  }

  async send(message: OutboundMessage): Promise<ProviderReceipt> {
    try {
      const sent = await this.client.messages.create({
        from: `whatsapp:${this.options.twilio.whatsappFrom}`,
        to: `whatsapp:${message.to}`,
        body: message.text,
        statusCallback: this.options.statusCallbackUrl,
      });
      if (!sent.sid) throw new Error('Twilio accepted the message but returned no sid');
      return { provider: 'twilio', providerMessageId: sent.sid };
    } catch (error) {
      throw classifyProviderError('twilio', error);
    }
  }

  /**
   * Whether Twilio already holds this message (an earlier attempt died mid-call): the newest
   * messages to the recipient, created since the attempt began, from our sender, with this text.
   */
  async findSent(message: OutboundMessage, since: Date): Promise<ProviderReceipt | null> {
    try {
      const recent = await this.client.messages.list({ to: `whatsapp:${message.to}`, limit: 50 });
      const earliest = since.getTime() - CLOCK_SKEW_MS;
      const match = recent.find(
        (m) => m.from === `whatsapp:${this.options.twilio.whatsappFrom}` && m.body === message.text && (m.dateCreated?.getTime() ?? 0) >= earliest,
      );
      return match ? { provider: 'twilio', providerMessageId: match.sid } : null;
    } catch (error) {
      throw classifyProviderError('twilio', error);
    }
  }
}

// Our clock and Twilio's differ a little; a message created just "before" the attempt is still ours.
const CLOCK_SKEW_MS = 60_000;
