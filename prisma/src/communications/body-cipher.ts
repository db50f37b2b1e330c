import crypto from 'node:crypto';

/**
 * Message bodies at rest: AES-256-GCM with a random 96-bit IV per message. The stored text is
 * base64(iv | tag | ciphertext) and the row keeps the id of the key that sealed it, so keys can
 * be rotated: new messages use the active key, older ones are still read with theirs.
 *
 * Configuration: COMMUNICATION_KEYS="k2:<base64 of 32 bytes>,k1:<...>" and
 * COMMUNICATION_KEY_ID=k2 (the active key; defaults to the first one listed).
 */
export interface SealedBody {
  body: string;
  bodyKeyId: string;
}

export interface BodyCipher {
  readonly activeKeyId: string;
  encrypt(plain: string): SealedBody;
  /** A row without a key id was stored before encryption (or is plain test data) and is returned as is. */
  decrypt(body: string | null, bodyKeyId: string | null): string | null;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class BodyCipherConfigError extends Error {}

export function parseCommunicationKeys(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.indexOf(':');
    if (at <= 0) throw new BodyCipherConfigError(`COMMUNICATION_KEYS: "${part.slice(0, 12)}…" is not id:base64key`);
    const id = part.slice(0, at);
    const key = Buffer.from(part.slice(at + 1), 'base64');
    if (key.length !== 32) throw new BodyCipherConfigError(`COMMUNICATION_KEYS: key "${id}" must be 32 bytes of base64 (got ${key.length})`);
    if (keys.has(id)) throw new BodyCipherConfigError(`COMMUNICATION_KEYS: key id "${id}" is listed twice`);
    keys.set(id, key);
  }
  if (!keys.size) throw new BodyCipherConfigError('COMMUNICATION_KEYS is empty: message bodies must be encrypted at rest');
  return keys;
}

export function createBodyCipher(spec: string, activeKeyId?: string): BodyCipher {
  const keys = parseCommunicationKeys(spec);
  const active = activeKeyId || keys.keys().next().value!;
  const activeKey = keys.get(active);
  if (!activeKey) throw new BodyCipherConfigError(`COMMUNICATION_KEY_ID "${active}" is not among COMMUNICATION_KEYS`);
  return {
    activeKeyId: active,
    encrypt(plain) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', activeKey, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return { body: Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64'), bodyKeyId: active };
    },
    decrypt(body, bodyKeyId) {
      if (body === null || !bodyKeyId) return body;
      const key = keys.get(bodyKeyId);
      if (!key) throw new BodyCipherConfigError(`A message body was sealed with key "${bodyKeyId}", which COMMUNICATION_KEYS no longer holds`);
      const raw = Buffer.from(body, 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}

/** The cipher configured by COMMUNICATION_KEYS / COMMUNICATION_KEY_ID. */
export function bodyCipherFromEnv(env: Record<string, string | undefined> = process.env): BodyCipher {
  return createBodyCipher(env.COMMUNICATION_KEYS ?? '', env.COMMUNICATION_KEY_ID);
}
