import { hkdfSync } from 'node:crypto';

/** The variables the link signing secret is read from; the API and the worker pass their environment. */
export interface LinkSecretEnv {
  LINK_SIGNING_SECRET?: string;
  JWT_SECRET?: string;
}

/**
 * The key public links are signed with: LINK_SIGNING_SECRET (≥ 32 characters) when set; otherwise one
 * derived from JWT_SECRET with HKDF-SHA256 under its own label, so the two keys are independent and
 * a deployment with only JWT_SECRET still works. Set LINK_SIGNING_SECRET in production so that
 * rotating JWT_SECRET does not break the links already in people's inboxes.
 */
export function linkSigningSecret(env: LinkSecretEnv): string {
  const explicit = env.LINK_SIGNING_SECRET?.trim();
  if (explicit) {
    if (explicit.length < 32) throw new Error('LINK_SIGNING_SECRET must be at least 32 characters');
    return explicit;
  }
  if (!env.JWT_SECRET) throw new Error('Set LINK_SIGNING_SECRET (or JWT_SECRET, which it is derived from when unset)');
  return Buffer.from(hkdfSync('sha256', env.JWT_SECRET, 'hospital-crm', 'public-link-signing/v1', 32)).toString('base64url');
}
