import { createHash } from 'node:crypto';

/** A stable UUID for a seeded row, so running the seed again updates instead of duplicating. */
export function seedId(...parts: string[]): string {
  const hex = createHash('sha256')
    .update(`hospital-crm-seed:${parts.join(':')}`)
    .digest('hex');
  // Shaped as a version-8 (custom) UUID with the RFC 4122 variant.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
