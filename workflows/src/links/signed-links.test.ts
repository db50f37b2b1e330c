import { createHmac } from 'node:crypto';
import { linkSigningSecret } from './link-signing-secret';
import { LinkSecretError, signLinkToken, unsubscribeUrl, verifyLinkToken, type UnsubscribeClaims } from './signed-links';

const SECRET = 'a-link-signing-secret-of-at-least-32-chars';
const OTHER = 'another-link-signing-secret-of-32-characters';
const claims: UnsubscribeClaims = { hospitalId: '0190f5a2-7c3e-7a4b-9d2e-1f2a3b4c5d6e', channel: 'EMAIL', address: 'meera@patient.example' };

const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as unknown[];
/** A token with this payload and a correct signature: what only the secret's holder could make. */
const forge = (fields: unknown[], secret = SECRET) => {
  const payload = Buffer.from(JSON.stringify(fields)).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(`v1.${payload}`).digest('base64url')}`;
};

describe('signed link tokens', () => {
  it('round-trips the claims of a purpose', () => {
    const token = signLinkToken(SECRET, 'unsubscribe', claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyLinkToken(SECRET, token, 'unsubscribe')).toEqual(claims);
  });

  it('is compact: well under 200 characters for an unsubscribe link', () => {
    expect(signLinkToken(SECRET, 'unsubscribe', claims).length).toBeLessThan(200);
  });

  it('rejects a token signed with another secret', () => {
    expect(verifyLinkToken(OTHER, signLinkToken(SECRET, 'unsubscribe', claims), 'unsubscribe')).toBeNull();
  });

  it('rejects any change to the payload or the signature', () => {
    const token = signLinkToken(SECRET, 'unsubscribe', claims);
    const [payload, signature] = token.split('.');
    const swapped = Buffer.from(JSON.stringify(['u', 0, claims.hospitalId, 'EMAIL', 'someone.else@patient.example'])).toString('base64url');
    expect(verifyLinkToken(SECRET, `${swapped}.${signature}`, 'unsubscribe')).toBeNull();
    for (let i = 0; i < signature.length; i += 1) {
      const flipped = signature.slice(0, i) + (signature[i] === 'A' ? 'B' : 'A') + signature.slice(i + 1);
      expect(verifyLinkToken(SECRET, `${payload}.${flipped}`, 'unsubscribe')).toBeNull();
    }
    expect(verifyLinkToken(SECRET, `${payload}.${signature}A`, 'unsubscribe')).toBeNull();
    expect(verifyLinkToken(SECRET, `${payload.slice(1)}.${signature}`, 'unsubscribe')).toBeNull();
  });

  it.each([
    ['an empty string', ''],
    ['no signature', 'abc'],
    ['three parts', 'a.b.c'],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
    ['something very long', `${'a'.repeat(5000)}.b`],
  ])('rejects %s', (_case, token) => {
    expect(verifyLinkToken(SECRET, token, 'unsubscribe')).toBeNull();
  });

  it('honours an expiry and ignores it when none was given', () => {
    const now = new Date('2026-11-01T10:00:00Z');
    const token = signLinkToken(SECRET, 'unsubscribe', claims, { expiresAt: new Date('2026-11-08T10:00:00Z') });
    expect(verifyLinkToken(SECRET, token, 'unsubscribe', now)).toEqual(claims);
    expect(verifyLinkToken(SECRET, token, 'unsubscribe', new Date('2026-11-08T09:59:59Z'))).toEqual(claims);
    expect(verifyLinkToken(SECRET, token, 'unsubscribe', new Date('2026-11-08T10:00:00Z'))).toBeNull();
    const forever = signLinkToken(SECRET, 'unsubscribe', claims);
    expect(payloadOf(forever)[1]).toBe(0);
    expect(verifyLinkToken(SECRET, forever, 'unsubscribe', new Date('2099-01-01T00:00:00Z'))).toEqual(claims);
  });

  it('rejects a correctly signed token made for another purpose', () => {
    // As a future 'survey' or 'click' token would be: same secret, another tag.
    expect(verifyLinkToken(SECRET, forge(['s', 0, claims.hospitalId, 'EMAIL', claims.address]), 'unsubscribe')).toBeNull();
    expect(verifyLinkToken(SECRET, forge(['u', 0, claims.hospitalId, 'EMAIL', claims.address]), 'unsubscribe')).toEqual(claims);
  });

  it.each([
    ['a hospital id that is not a UUID', ['u', 0, 'not-a-uuid', 'EMAIL', 'a@b.example']],
    ['a channel that cannot be sent on', ['u', 0, claims.hospitalId, 'PHONE_CALL', 'a@b.example']],
    ['an empty address', ['u', 0, claims.hospitalId, 'EMAIL', '']],
    ['an extra field', ['u', 0, claims.hospitalId, 'EMAIL', 'a@b.example', 'x']],
    ['a missing field', ['u', 0, claims.hospitalId, 'EMAIL']],
    ['a fractional expiry', ['u', 1.5, claims.hospitalId, 'EMAIL', 'a@b.example']],
    ['an expiry that is text', ['u', '0', claims.hospitalId, 'EMAIL', 'a@b.example']],
    ['an object instead of an array', { p: 'u' }],
  ])('rejects a correctly signed payload with %s', (_case, fields) => {
    expect(verifyLinkToken(SECRET, forge(fields as unknown[]), 'unsubscribe')).toBeNull();
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => signLinkToken('short', 'unsubscribe', claims)).toThrow(LinkSecretError);
    expect(() => verifyLinkToken('short', 'a.b', 'unsubscribe')).toThrow(LinkSecretError);
  });
});

describe('unsubscribeUrl', () => {
  it('builds the public unsubscribe link whose token verifies, with the email lower-cased', () => {
    const url = unsubscribeUrl('https://crm.example.org/', SECRET, { ...claims, address: ' Meera@Patient.Example ' });
    const match = /^https:\/\/crm\.example\.org\/api\/v1\/crm\/unsubscribe\/([A-Za-z0-9_.-]+)$/.exec(url);
    expect(match).not.toBeNull();
    expect(verifyLinkToken(SECRET, match![1], 'unsubscribe')).toEqual(claims);
  });

  it('keeps phone numbers as they are', () => {
    const url = unsubscribeUrl('http://127.0.0.1:3001', SECRET, { hospitalId: claims.hospitalId, channel: 'WHATSAPP', address: '+919876543210' });
    expect(verifyLinkToken(SECRET, url.split('/').pop()!, 'unsubscribe')).toMatchObject({ channel: 'WHATSAPP', address: '+919876543210' });
  });
});

describe('linkSigningSecret', () => {
  it('uses LINK_SIGNING_SECRET when set', () => {
    expect(linkSigningSecret({ LINK_SIGNING_SECRET: SECRET, JWT_SECRET: OTHER })).toBe(SECRET);
  });

  it('derives a different, stable key from JWT_SECRET otherwise', () => {
    const derived = linkSigningSecret({ JWT_SECRET: OTHER });
    expect(derived).not.toContain(OTHER);
    expect(derived.length).toBeGreaterThanOrEqual(32);
    expect(linkSigningSecret({ JWT_SECRET: OTHER, LINK_SIGNING_SECRET: '' })).toBe(derived);
    expect(linkSigningSecret({ JWT_SECRET: SECRET })).not.toBe(derived);
  });

  it('refuses a short secret or none at all', () => {
    expect(() => linkSigningSecret({ LINK_SIGNING_SECRET: 'short', JWT_SECRET: OTHER })).toThrow(/at least 32/);
    expect(() => linkSigningSecret({})).toThrow(/LINK_SIGNING_SECRET/);
  });
});
