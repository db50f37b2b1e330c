// Email through Amazon SES (SendRawEmail), the MIME built by nodemailer's MailComposer.
import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Channel, OutboundMessage, ProviderReceipt } from './channel';
import { classifyProviderError } from './provider-errors';

/** The SES message tag (and header) that carries our CRMCommunication id, so delivery events find the row. */
export const COMMUNICATION_ID_TAG = 'communication_id';
export const COMMUNICATION_ID_HEADER = 'X-CRM-Communication-Id';

export interface EmailChannelOptions {
  from: string;
  configurationSet?: string;
}

/** The footer of a marketing email: a visible unsubscribe link besides the List-Unsubscribe header. */
function unsubscribeFooter(url: string): { text: string; html: string } {
  return {
    text: `Don't want these emails? Unsubscribe here:\n${url}`,
    html: `<p style="font-size:12px;color:#6b7280">Don't want these emails? <a href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}">Unsubscribe</a></p>`,
  };
}

/** The raw RFC 5322 message: text part, optional HTML alternative, one-click unsubscribe headers and footer. */
export function composeEmail(message: OutboundMessage, from: string): Promise<Buffer> {
  const headers: Record<string, string> = { [COMMUNICATION_ID_HEADER]: message.communicationId };
  if (message.unsubscribeUrl) {
    // RFC 8058: mailbox providers POST "List-Unsubscribe=One-Click" to the URL.
    headers['List-Unsubscribe'] = `<${message.unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const footer = message.unsubscribeUrl ? unsubscribeFooter(message.unsubscribeUrl) : null;
  const composer = new MailComposer({
    from,
    to: message.to,
    subject: message.subject ?? '',
    text: footer ? `${message.text}\n\n${footer.text}` : message.text,
    ...(message.html ? { html: footer ? `${message.html}\n${footer.html}` : message.html } : {}),
    headers,
  });
  return composer.compile().build();
}

export class EmailChannel implements Channel {
  constructor(
    private readonly ses: SESClient,
    private readonly options: EmailChannelOptions,
  ) {}

  async send(message: OutboundMessage): Promise<ProviderReceipt> {
    const raw = await composeEmail(message, this.options.from);
    try {
      const result = await this.ses.send(
        new SendRawEmailCommand({
          Source: this.options.from,
          Destinations: [message.to],
          RawMessage: { Data: raw },
          Tags: [{ Name: COMMUNICATION_ID_TAG, Value: message.communicationId }],
          ...(this.options.configurationSet ? { ConfigurationSetName: this.options.configurationSet } : {}),
        }),
      );
      if (!result.MessageId) throw new Error('SES accepted the message but returned no MessageId');
      return { provider: 'ses', providerMessageId: result.MessageId };
    } catch (error) {
      throw classifyProviderError('ses', error);
    }
  }
}
