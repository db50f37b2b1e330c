import { createHash, randomBytes, randomInt } from 'node:crypto';

// A key reads `hcrm_<prefix>_<secret>`: the prefix finds the row, the hash of the whole key proves it.
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const PREFIX_LENGTH = 8;
const KEY_FORMAT = /^hcrm_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  /** The whole key: shown to the admin once, never stored. */
  key: string;
  prefix: string;
  /** SHA-256 of the whole key, hex: the only thing stored besides the prefix. */
  keyHash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): GeneratedApiKey {
  // randomInt is unbiased; the prefix stays alphanumeric so "_" only ever separates the parts.
  const prefix = Array.from({ length: PREFIX_LENGTH }, () => PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)]).join('');
  const secret = randomBytes(32).toString('base64url');
  const key = `hcrm_${prefix}_${secret}`;
  return { key, prefix, keyHash: hashApiKey(key) };
}

/** The prefix of a well-formed key, or null for anything else. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_FORMAT.exec(key)?.[1] ?? null;
}
