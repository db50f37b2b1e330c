import { Inject, Injectable } from '@nestjs/common';
import https from 'node:https';
import MessageValidator from 'sns-validator';
import { webhooksConfig, type WebhooksConfig } from '../webhooks.config';

/** The fields of an SNS HTTP(S) message the CRM reads; all of them are covered by the signature except the URLs. */
export interface SnsMessage {
  Type: 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  SubscribeURL?: string;
}

/** Why a message was not accepted; `retryable` when the fault may be ours or passing (SNS retries on 5xx). */
export class SnsVerificationError extends Error {
  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'SnsVerificationError';
  }
}

const MESSAGE_TYPES: ReadonlyArray<SnsMessage['Type']> = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'];
const REQUIRED = ['Type', 'MessageId', 'TopicArn', 'Message', 'Timestamp', 'Signature', 'SignatureVersion', 'SigningCertURL'] as const;
const CONFIRM_TIMEOUT_MS = 10_000;

/**
 * Checks that a message really comes from Amazon SNS: its signing certificate must be served over
 * HTTPS from an allowed host (SNS_CERT_HOST_PATTERN), and the signature (SignatureVersion 1,
 * SHA1withRSA, or 2, SHA256withRSA) must verify against it. AWS's own validator (sns-validator)
 * fetches and caches the certificate and checks the signature.
 */
@Injectable()
export class SnsMessageVerifier {
  private readonly validator: MessageValidator;

  constructor(@Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig) {
    this.validator = new MessageValidator(config.snsCertHostPattern);
  }

  /** An https:// URL on an allowed host (host and port, as SNS's validator compares them). */
  isAllowedUrl(raw: string | undefined): boolean {
    if (!raw) return false;
    try {
      const url = new URL(raw);
      return url.protocol === 'https:' && !url.username && !url.password && this.config.snsCertHostPattern.test(url.host);
    } catch {
      return false;
    }
  }

  async verify(body: Record<string, unknown>): Promise<SnsMessage> {
    for (const key of REQUIRED) {
      if (typeof body[key] !== 'string') throw new SnsVerificationError(`Not an SNS message: ${key} is missing`);
    }
    if (!MESSAGE_TYPES.includes(body.Type as SnsMessage['Type'])) throw new SnsVerificationError(`Unknown SNS message type ${String(body.Type)}`);
    if (!this.isAllowedUrl(body.SigningCertURL as string)) {
      throw new SnsVerificationError('The signing certificate is not served from an allowed SNS host');
    }
    // The validator rewrites Lambda-style keys in place: give it a copy.
    await new Promise<void>((resolve, reject) =>
      this.validator.validate({ ...body }, (error) => {
        if (!error) return resolve();
        const unreachable = error.message.startsWith('Certificate could not be retrieved') || 'code' in error;
        reject(
          new SnsVerificationError(
            unreachable ? `The signing certificate could not be fetched: ${error.message}` : `The SNS signature is not valid: ${error.message}`,
            unreachable,
          ),
        );
      }),
    );
    const message = body as unknown as SnsMessage;
    const topics = this.config.snsTopicArns;
    if (topics.length && !topics.includes(message.TopicArn)) throw new SnsVerificationError(`Topic ${message.TopicArn} is not one this API listens to`);
    return message;
  }

  /** Confirms a subscription by fetching its SubscribeURL, only from an allowed SNS host. */
  async confirmSubscription(message: SnsMessage): Promise<void> {
    const url = message.SubscribeURL;
    if (!url || !this.isAllowedUrl(url)) throw new SnsVerificationError('The SubscribeURL is not on an allowed SNS host');
    await new Promise<void>((resolve, reject) => {
      const request = https.get(url, { timeout: CONFIRM_TIMEOUT_MS }, (response) => {
        response.resume();
        response.on('end', () =>
          response.statusCode === 200 ? resolve() : reject(new SnsVerificationError(`SNS answered ${response.statusCode} to the confirmation`, true)),
        );
      });
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', (error) => reject(new SnsVerificationError(`Could not confirm the subscription: ${error.message}`, true)));
    });
  }
}
