import { consentToSend, normaliseEmail, normalisePhone, type SendableChannel } from '@hospital-crm/domain';
import type { Prisma } from '@hospital-crm/db';

export type SurveyRecipient = { ok: true; address: string } | { ok: false; reason: string };

/**
 * Where a survey goes on the hospital's survey channel, or why it cannot go. A survey is a
 * service message: a marketing opt-out (doNotMarket, MARKETING suppression) does not stop it,
 * a missing or unusable address and an ALL-messages suppression do.
 */
export async function surveyRecipient(
  db: Prisma.TransactionClient,
  hospitalId: string,
  channel: SendableChannel,
  patient: { email: string | null; phone: string | null },
): Promise<SurveyRecipient> {
  const raw = channel === 'EMAIL' ? patient.email : patient.phone;
  if (!raw?.trim()) return { ok: false, reason: `The patient has no ${channel === 'EMAIL' ? 'email address' : 'phone number'} on file` };
  const normalised = channel === 'EMAIL' ? normaliseEmail(raw) : normalisePhone(raw);
  if (!normalised.ok) return { ok: false, reason: normalised.reason };
  const address = 'email' in normalised ? normalised.email : normalised.e164;
  const suppression = await db.contactSuppression.findUnique({
    where: { hospitalId_channel_address: { hospitalId, channel, address } },
    select: { scope: true, reason: true },
  });
  const consent = consentToSend({ isMarketing: false, suppression, doNotMarket: false, tags: [] });
  return consent.allowed ? { ok: true, address } : { ok: false, reason: consent.reason };
}
