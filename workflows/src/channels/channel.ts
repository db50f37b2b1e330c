import type { SendableChannel } from '@hospital-crm/domain';

/** One message, rendered and decrypted, ready for a provider. Addresses are normalised (lower-case email, E.164 phone). */
export interface OutboundMessage {
  /** Our CRMCommunication id: sent to the provider as a tag / callback parameter so its events find the row again. */
  communicationId: string;
  hospitalId: string;
  channel: SendableChannel;
  to: string;
  /** Email only. */
  subject?: string;
  /** Plain text (SMS, WhatsApp, and the text part of an email). */
  text: string;
  /** Email only: the HTML part (already escaped by the template renderer). */
  html?: string;
  /** Email: the one-click unsubscribe URL (List-Unsubscribe header + footer link). Marketing only. */
  unsubscribeUrl?: string;
}

/** What the provider said when it accepted the message. */
export interface ProviderReceipt {
  provider: 'ses' | 'sns' | 'twilio';
  providerMessageId: string;
}

/** Sends on one channel. Throws ProviderRejection for a permanent refusal; any other error is transient and retried. */
export interface Channel {
  send(message: OutboundMessage): Promise<ProviderReceipt>;
  /**
   * Optional: after a worker died during `send`, asks the provider whether the message went out
   * (e.g. Twilio's message list by recipient since `since`). null means it definitely did not.
   * Channels without a way to ask leave it out, and the message is not sent again.
   */
  findSent?(message: OutboundMessage, since: Date): Promise<ProviderReceipt | null>;
}

/**
 * The provider may have accepted the message but gave no usable answer (a timeout, a connection
 * dropped mid-request, an unreadable success): nobody knows whether it went out. Retried like a
 * transient error, but the dispatch marker stays, so the retry asks the provider first (or, when
 * it cannot be asked, records the message as sent-unconfirmed) instead of sending it again.
 */
export class ProviderOutcomeUnknown extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProviderOutcomeUnknown';
  }
}

/**
 * A provider refused the message for good (invalid number, suppressed address, unverified sender...):
 * retrying cannot help, so the message ends FAILED with `reason`.
 */
export class ProviderRejection extends Error {
  constructor(
    readonly provider: ProviderReceipt['provider'],
    readonly reason: string,
    readonly code?: string,
  ) {
    super(`${provider} refused the message: ${reason}`);
    this.name = 'ProviderRejection';
  }
}
