// Reads a JWT's claims locally: expiry is checked without a round trip to the server.

export type JwtClaims = { exp?: number; iat?: number; sub?: string; [claim: string]: unknown };

const base64UrlDecode = (segment: string): string => {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
};

export const decodeJwtClaims = (token: string): JwtClaims | null => {
  const [, payload] = token.split('.');
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(payload));
    return typeof claims === 'object' && claims !== null ? (claims as JwtClaims) : null;
  } catch {
    return null;
  }
};

/** Expired (or unreadable) tokens count as signed out; the skew avoids a request failing in flight. */
export const isTokenExpired = (token: string, nowMs = Date.now(), skewSeconds = 10): boolean => {
  const claims = decodeJwtClaims(token);
  if (!claims) return true;
  if (typeof claims.exp !== 'number') return false;
  return claims.exp - skewSeconds <= nowMs / 1000;
};
