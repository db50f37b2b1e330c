import { describe, expect, it } from '@jest/globals';
import { decodeJwtClaims, isTokenExpired } from './jwt';

const base64Url = (value: object) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const token = (claims: object) => `${base64Url({ alg: 'HS256', typ: 'JWT' })}.${base64Url(claims)}.signature`;

describe('jwt', () => {
  const now = Date.UTC(2026, 0, 15, 12, 0, 0);
  const nowSeconds = now / 1000;

  it('decodes the claims, including non-ASCII names', () => {
    expect(decodeJwtClaims(token({ sub: 'u1', name: 'Zoë', exp: 10 }))).toEqual({ sub: 'u1', name: 'Zoë', exp: 10 });
  });

  it('treats a future exp as valid and a past one as expired', () => {
    expect(isTokenExpired(token({ exp: nowSeconds + 3600 }), now)).toBe(false);
    expect(isTokenExpired(token({ exp: nowSeconds - 1 }), now)).toBe(true);
  });

  it('counts a token about to expire as expired', () => {
    expect(isTokenExpired(token({ exp: nowSeconds + 5 }), now, 10)).toBe(true);
  });

  it('treats garbage as expired', () => {
    expect(isTokenExpired('not-a-jwt', now)).toBe(true);
    expect(isTokenExpired('a.%%%.c', now)).toBe(true);
  });
});
