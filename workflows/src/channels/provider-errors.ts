// Sorts a provider SDK's error into "refused for good" (ProviderRejection: the message ends FAILED)
// and "try again later" (a plain Error: Temporal retries the activity with backoff). Pure: no I/O.
import { ProviderOutcomeUnknown, ProviderRejection, type ProviderReceipt } from './channel';

type Provider = ProviderReceipt['provider'];

/**
 * AWS error codes that retrying cannot fix, per service. Compared without a trailing "Exception",
 * because SDK v3 names modelled errors `InvalidParameterException` for the wire code `InvalidParameter`.
 */
const AWS_PERMANENT: Record<'ses' | 'sns', ReadonlySet<string>> = {
  ses: new Set([
    'MessageRejected',
    'MailFromDomainNotVerified',
    'InvalidParameterValue',
    'ConfigurationSetDoesNotExist',
    'ConfigurationSetSendingPaused',
    'AccountSendingPaused',
  ]),
  sns: new Set(['InvalidParameter', 'InvalidParameterValue', 'OptedOut', 'EndpointDisabled']),
};

/** Request-rate refusals: transient even though AWS answers some of them with 400. */
const AWS_THROTTLING = new Set(['Throttling', 'Throttled', 'TooManyRequests', 'RequestLimitExceeded', 'ProvisionedThroughputExceeded']);

interface ErrorFields {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  status?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

function fields(error: unknown): ErrorFields {
  return typeof error === 'object' && error !== null ? (error as ErrorFields) : {};
}

function describe(error: unknown): string {
  const { name, message, code } = fields(error);
  const text = typeof message === 'string' && message ? message : String(error);
  const label = [typeof name === 'string' && name !== 'Error' ? name : undefined, typeof code === 'string' || typeof code === 'number' ? code : undefined]
    .filter((part) => part !== undefined)
    .join(' ');
  return label ? `${label}: ${text}` : text;
}

function transient(provider: Provider, error: unknown, what: string): Error {
  return new Error(`${provider} send failed (${what}; will be retried): ${describe(error)}`, { cause: error });
}

/** Errors raised before the request left: the provider cannot have the message. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * No usable answer: the request may have reached the provider (a timeout, a reset, an unreadable
 * body), so the outcome is unknown, unless the connection was never made.
 */
function noAnswer(provider: Provider, error: unknown): Error {
  const { code } = fields(error);
  if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return transient(provider, error, 'provider unreachable');
  return new ProviderOutcomeUnknown(`${provider} send failed (no usable answer from the provider; will be retried): ${describe(error)}`, { cause: error });
}

function classifyAws(provider: 'ses' | 'sns', error: unknown): Error {
  const { name, message, $fault, $metadata } = fields(error);
  const status = typeof $metadata?.httpStatusCode === 'number' ? $metadata.httpStatusCode : undefined;
  const code = typeof name === 'string' ? name.replace(/Exception$/, '') : '';
  if ($fault === undefined && status === undefined) return noAnswer(provider, error);
  if (status === 429 || AWS_THROTTLING.has(code)) return transient(provider, error, 'throttled');
  if (AWS_PERMANENT[provider].has(code)) {
    return new ProviderRejection(provider, typeof message === 'string' && message ? message : code, code);
  }
  return transient(provider, error, status ? `HTTP ${status}` : 'provider error');
}

function classifyTwilio(error: unknown): Error {
  const { status, code, message } = fields(error);
  // A RestException: Twilio answered with an error status (its JSON body gives `code`).
  if (typeof status !== 'number') return noAnswer('twilio', error);
  if (status === 429 || status === 408 || status >= 500) return transient('twilio', error, `HTTP ${status}`);
  if (status >= 400) {
    const reason = typeof message === 'string' && message ? message : `HTTP ${status}`;
    return new ProviderRejection('twilio', reason, code === undefined || code === null ? String(status) : String(code));
  }
  return transient('twilio', error, `unexpected HTTP ${status}`);
}

/**
 * The error a channel should throw for `error`, raised by `provider`'s SDK:
 * - ProviderRejection for a permanent refusal (invalid number, unverified sender, opted-out recipient…);
 * - ProviderOutcomeUnknown when no usable answer came back (timeouts, dropped connections, unparseable answers);
 * - otherwise a plain Error: the provider answered that it did not take it (5xx, 429 / throttling) or was never reached.
 */
export function classifyProviderError(provider: Provider, error: unknown): Error {
  if (error instanceof ProviderRejection || error instanceof ProviderOutcomeUnknown) return error;
  return provider === 'twilio' ? classifyTwilio(error) : classifyAws(provider, error);
}
