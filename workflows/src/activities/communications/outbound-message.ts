import { convert } from 'html-to-text';
import { isSendableChannel, type SendableChannel } from '@hospital-crm/domain';
import type { BodyCipher } from '@hospital-crm/db';
import { ProviderRejection, type OutboundMessage } from '../../channels/channel';

/** Builds the one-click unsubscribe link for a marketing email (signed; see links/). */
export type UnsubscribeLinks = (target: { hospitalId: string; channel: SendableChannel; address: string }) => string;

export interface StoredOutbound {
  id: string;
  hospitalId: string;
  channel: string;
  toAddress: string | null;
  subject: string | null;
  body: string | null;
  bodyKeyId: string | null;
  isMarketing: boolean;
}

/** A message whose body is at hand in plain text (campaign batches render it themselves). */
export type PlainOutbound = Omit<StoredOutbound, 'body' | 'bodyKeyId'> & { body: string };

/**
 * The provider-ready message: email bodies are HTML (templates render them escaped) with a
 * plain-text part derived from them, and marketing email carries the unsubscribe link.
 */
export function messageFor(row: PlainOutbound, unsubscribe: UnsubscribeLinks): OutboundMessage {
  if (!isSendableChannel(row.channel)) throw new ProviderRejection('ses', `${row.channel} messages are logged, not sent`);
  if (!row.toAddress)
    throw new ProviderRejection(row.channel === 'EMAIL' ? 'ses' : row.channel === 'SMS' ? 'sns' : 'twilio', 'The message has no recipient address');
  const base = { communicationId: row.id, hospitalId: row.hospitalId, channel: row.channel, to: row.toAddress };
  if (row.channel !== 'EMAIL') return { ...base, text: row.body };
  return {
    ...base,
    subject: row.subject ?? '',
    html: row.body,
    text: convert(row.body, { wordwrap: 78 }),
    ...(row.isMarketing && { unsubscribeUrl: unsubscribe({ hospitalId: row.hospitalId, channel: row.channel, address: row.toAddress }) }),
  };
}

/** The provider-ready message for a stored row, its body opened with the key that sealed it. */
export function outboundMessage(row: StoredOutbound, cipher: BodyCipher, unsubscribe: UnsubscribeLinks): OutboundMessage {
  return messageFor({ ...row, body: cipher.decrypt(row.body, row.bodyKeyId) ?? '' }, unsubscribe);
}
