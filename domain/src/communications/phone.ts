// Address normalisation for outbound messages: phone numbers to E.164, emails to lower case.
// libphonenumber-js's default entry carries its small ("min") metadata, which keeps the console's bundle small.
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

export type NormalisedPhone = { ok: true; e164: string } | { ok: false; reason: string };
export type NormalisedEmail = { ok: true; email: string } | { ok: false; reason: string };

/**
 * A phone number as E.164 (`+919876543210`), or why it cannot be one.
 * `defaultCountry` (ISO 3166 alpha-2, e.g. `IN`) reads numbers written without a country code;
 * without it only international numbers (`+…`, or the country's exit code) are understood.
 * A `whatsapp:` prefix, as Twilio writes addresses, is accepted.
 */
export function normalisePhone(raw: string, defaultCountry?: string): NormalisedPhone {
  const input = raw.trim().replace(/^whatsapp:/i, '');
  if (!input) return { ok: false, reason: 'The phone number is empty' };
  const country = defaultCountry?.trim().toUpperCase();
  if (country && !isSupportedCountry(country)) return { ok: false, reason: `Unknown country code ${defaultCountry}` };
  const parsed = parsePhoneNumberFromString(input, country && isSupportedCountry(country) ? { defaultCountry: country } : undefined);
  if (!parsed) {
    return {
      ok: false,
      reason: country ? `"${input}" is not a phone number` : `"${input}" is not an international phone number (start it with + and the country code)`,
    };
  }
  if (parsed.ext) return { ok: false, reason: `"${input}" has an extension; messages cannot reach an extension` };
  if (!parsed.isValid()) return { ok: false, reason: `"${input}" is not a valid phone number` };
  return { ok: true, e164: parsed.number };
}

// RFC 5321 limits; the character classes are the practical subset providers accept (no quoted local parts).
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** An email address trimmed and lower-cased, or why it is not one we can send to. */
export function normaliseEmail(raw: string): NormalisedEmail {
  const email = raw.trim().toLowerCase();
  if (!email) return { ok: false, reason: 'The email address is empty' };
  if (email.length > 254) return { ok: false, reason: 'The email address is longer than 254 characters' };
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return { ok: false, reason: `"${raw.trim()}" is not an email address` };
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL_PART.test(local)) return { ok: false, reason: `"${raw.trim()}" has an invalid part before the @` };
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label)) || /^\d+$/.test(labels[labels.length - 1])) {
    return { ok: false, reason: `"${raw.trim()}" has an invalid domain` };
  }
  return { ok: true, email };
}
