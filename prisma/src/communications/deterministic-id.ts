import crypto from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562 "custom") derived from a business key: the same key always names
 * the same row, so an activity retried after it committed finds its row instead of adding one.
 */
export function deterministicUuid(key: string): string {
  const bytes = crypto.createHash('sha256').update(key).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
