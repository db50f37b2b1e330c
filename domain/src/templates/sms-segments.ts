// How an SMS is billed: GSM-7 when every character is in the GSM 03.38 alphabet (its extension
// table's characters take two septets), UCS-2 otherwise. One GSM-7 message holds 160 septets,
// a concatenated one 153 per part (the rest is the joining header); UCS-2 holds 70, or 67 per part.
// A two-septet character or a surrogate pair (an emoji) is never split across parts.

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegments {
  encoding: SmsEncoding;
  /** Septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2 (an emoji counts 2). */
  length: number;
  /** Billed parts; 0 for an empty text. */
  segments: number;
  /** What one part holds at this length: 160 / 153 (GSM-7), 70 / 67 (UCS-2). */
  perSegment: number;
}

export const SMS_LIMITS = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
} as const satisfies Record<SmsEncoding, { single: number; multi: number }>;

// GSM 03.38 basic character set (the escape character itself excluded).
const GSM_BASIC = new Set('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑܧ¿abcdefghijklmnopqrstuvwxyzäöñüà');
// Its extension table: each is sent as ESC + character, two septets.
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

/** The septets a character takes in GSM-7, or 0 when GSM-7 cannot carry it. */
export function gsmSeptets(char: string): 0 | 1 | 2 {
  if (GSM_BASIC.has(char)) return 1;
  if (GSM_EXTENSION.has(char)) return 2;
  return 0;
}

/** Packs characters of the given costs into parts of `perPart` units without splitting one. */
function countParts(costs: number[], total: number, limits: { single: number; multi: number }): { segments: number; perSegment: number } {
  if (total === 0) return { segments: 0, perSegment: limits.single };
  if (total <= limits.single) return { segments: 1, perSegment: limits.single };
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > limits.multi) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { segments, perSegment: limits.multi };
}

export function smsSegments(text: string): SmsSegments {
  const chars = Array.from(text); // code points: an emoji is one entry
  const septets = chars.map(gsmSeptets);
  if (septets.every((s) => s > 0)) {
    const length = septets.reduce<number>((sum, s) => sum + s, 0);
    return { encoding: 'GSM-7', length, ...countParts(septets, length, SMS_LIMITS['GSM-7']) };
  }
  const units = chars.map((c) => c.length);
  const length = text.length;
  return { encoding: 'UCS-2', length, ...countParts(units, length, SMS_LIMITS['UCS-2']) };
}
