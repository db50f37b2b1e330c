import { createHmac, timingSafeEqual } from 'node:crypto';
import { SENDABLE_CHANNELS, type SendableChannel } from '@hospital-crm/domain';

/**
 * Compact signed tokens for the public links in messages (unsubscribe now; survey and click
 * tracking later). A token is `<payload>.<mac>`, both base64url: the payload is a short JSON array
 * `[purpose, expiresAtSeconds | 0, ...claims]` and the mac is HMAC-SHA256 over `v1.<payload>`.
 * Nothing is secret in a token (it travels in e-mails); it only cannot be forged or altered.
 */

/** What each kind of link says. To add a purpose: a claims type here and a codec in CODECS. */
export interface LinkClaims {
  unsubscribe: UnsubscribeClaims;
}
export type LinkPurpose = keyof LinkClaims;

/** Stop marketing to this address on this channel, for this hospital. */
export interface UnsubscribeClaims {
  hospitalId: string;
  channel: SendableChannel;
  /** Normalised: lower-case email or E.164 phone number. */
  address: string;
}

export interface SignOptions {
  /** After this instant the token no longer verifies. Without it the link does not expire. */
  expiresAt?: Date;
}

type Field = string | number;

interface ClaimsCodec<T> {
  /** One or two letters in the token. Never reuse a tag for another purpose. */
  tag: string;
  encode(claims: T): Field[];
  /** The claims, or null when the fields do not have the expected shape. */
  decode(fields: unknown[]): T | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = 'v1';
const MIN_SECRET_LENGTH = 32;

const isString = (value: unknown): value is string => typeof value === 'string';

const CODECS: { [P in LinkPurpose]: ClaimsCodec<LinkClaims[P]> } = {
  unsubscribe: {
    tag: 'u',
    encode: (c) => [c.hospitalId, c.channel, c.address],
    decode: ([hospitalId, channel, address, ...rest]) =>
      rest.length === 0 &&
      isString(hospitalId) &&
      UUID.test(hospitalId) &&
      isString(channel) &&
      (SENDABLE_CHANNELS as readonly string[]).includes(channel) &&
      isString(address) &&
      address.length > 0
        ? { hospitalId, channel: channel as SendableChannel, address }
        : null,
  },
};

export class LinkSecretError extends Error {}

function assertSecret(secret: string): void {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    throw new LinkSecretError(`The link signing secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${VERSION}.${payload}`).digest();
}

/** A token for `purpose` carrying `claims`, signed with `secret` (≥ 32 characters). */
export function signLinkToken<P extends LinkPurpose>(secret: string, purpose: P, claims: LinkClaims[P], options: SignOptions = {}): string {
  assertSecret(secret);
  const codec: ClaimsCodec<LinkClaims[P]> = CODECS[purpose];
  const expires = options.expiresAt ? Math.ceil(options.expiresAt.getTime() / 1000) : 0;
  const payload = Buffer.from(JSON.stringify([codec.tag, expires, ...codec.encode(claims)]), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/**
 * The claims of a token made by signLinkToken for this `purpose`, or null when it was altered,
 * signed with another secret, made for another purpose, expired, or is not a token at all.
 */
export function verifyLinkToken<P extends LinkPurpose>(secret: string, token: string, purpose: P, now: Date = new Date()): LinkClaims[P] | null {
  assertSecret(secret);
  if (typeof token !== 'string' || token.length > 2048) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload, signature] = parts;
  const presented = Buffer.from(signature, 'base64url');
  const expected = mac(secret, payload);
  // Same length first (timingSafeEqual requires it); the comparison itself takes constant time.
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;
  // base64url decoding ignores stray characters and the last character's spare bits: only the canonical spelling counts.
  if (presented.toString('base64url') !== signature) return null;

  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(fields) || fields.length < 2) return null;
  const [tag, expires, ...claims] = fields as unknown[];
  const codec: ClaimsCodec<LinkClaims[P]> = CODECS[purpose];
  if (tag !== codec.tag) return null;
  if (typeof expires !== 'number' || !Number.isInteger(expires) || expires < 0) return null;
  if (expires !== 0 && expires * 1000 <= now.getTime()) return null;
  return codec.decode(claims);
}

/** The API path of the unsubscribe page and its RFC 8058 one-click POST. */
export const UNSUBSCRIBE_PATH = '/api/v1/crm/unsubscribe';

/**
 * The link for a message's footer and its `List-Unsubscribe` header (with
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`). GET shows a confirmation page; POST unsubscribes.
 */
export function unsubscribeUrl(publicApiUrl: string, secret: string, claims: UnsubscribeClaims, options: SignOptions = {}): string {
  const address = claims.channel === 'EMAIL' ? claims.address.trim().toLowerCase() : claims.address.trim();
  const token = signLinkToken(secret, 'unsubscribe', { ...claims, address }, options);
  return `${publicApiUrl.replace(/\/+$/, '')}${UNSUBSCRIBE_PATH}/${token}`;
}
