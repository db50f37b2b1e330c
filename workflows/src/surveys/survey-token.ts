import { createHash, randomBytes } from 'node:crypto';

/**
 * Survey links carry a random 32-byte token (base64url, 43 characters). Only its SHA-256 is
 * stored (CRMSurveyInvitation.tokenHash / reminderTokenHash), so a database reader cannot
 * answer anyone's survey; the link is single-use and expires (both checked by the API).
 */
export interface SurveyToken {
  token: string;
  tokenHash: string;
}

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function hashSurveyToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateSurveyToken(): SurveyToken {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSurveyToken(token) };
}

/** False for anything that cannot be a token, so it is refused without a database lookup. */
export function isSurveyTokenShaped(token: string): boolean {
  return TOKEN_FORMAT.test(token);
}

/** The public API path of the survey behind a token (JSON); the phone-friendly page is `<path>/page`. */
export const SURVEY_PUBLIC_PATH = '/api/v1/crm/public/surveys';

export function surveyPageUrl(publicApiUrl: string, token: string): string {
  return `${publicApiUrl.replace(/\/+$/, '')}${SURVEY_PUBLIC_PATH}/${token}/page`;
}
