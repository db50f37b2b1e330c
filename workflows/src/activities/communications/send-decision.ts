import { consentToSend, quietHoursEnd, type CommunicationStatus } from '@hospital-crm/domain';
import { loadConsentFacts, type PrismaClient } from '@hospital-crm/db';
import type { CommunicationState } from '../../shared/messages';

/** send: go now; hold: quiet hours, try again at `until`; final: nothing to send (already done, or refused). */
export type SendDecision = { action: 'send' } | { action: 'hold'; until: string } | { action: 'final'; state: CommunicationState };

/** The workflow-facing state of a row that is past waiting. */
export function stateOfStatus(status: CommunicationStatus, reason: string | null): CommunicationState | null {
  switch (status) {
    case 'SENT':
    case 'DELIVERED':
    case 'READ':
    case 'RESPONDED':
      return { phase: 'sent' };
    case 'FAILED':
      return { phase: 'failed', reason: reason ?? undefined };
    case 'CANCELLED':
      return { phase: 'cancelled' };
    default:
      return null;
  }
}

/**
 * Decides, at send time, whether a queued message may go out: consent is read now (an opt-out
 * that arrived while the message waited still stops it), and marketing waits out quiet hours
 * in the hospital's time zone. A refusal is recorded on the row as FAILED with the reason.
 */
export async function decideSend(prisma: PrismaClient, communicationId: string, now = new Date()): Promise<SendDecision> {
  const row = await prisma.cRMCommunication.findUnique({
    where: { id: communicationId },
    select: {
      status: true,
      failureReason: true,
      hospitalId: true,
      channel: true,
      toAddress: true,
      isMarketing: true,
      leadId: true,
      patientId: true,
      lead: { select: { deletedAt: true } },
      hospital: { select: { timezone: true, settings: { select: { quietHoursStart: true, quietHoursEnd: true } } } },
    },
  });
  // The API starts the workflow inside the transaction that inserts the row: until it commits, retry.
  if (!row) throw new Error(`Communication ${communicationId} is not in the database (yet)`);
  const done = stateOfStatus(row.status, row.failureReason);
  if (done) return { action: 'final', state: done };

  const decision = row.lead?.deletedAt
    ? { allowed: false as const, reason: 'The lead was deleted' }
    : !row.toAddress
      ? { allowed: false as const, reason: 'The message has no recipient address' }
      : consentToSend(await loadConsentFacts(prisma, { ...row, address: row.toAddress }));
  if (!decision.allowed) {
    await prisma.cRMCommunication.updateMany({
      where: { id: communicationId, status: { in: ['SCHEDULED', 'QUEUED'] } },
      data: { status: 'FAILED', failureReason: decision.reason, failedAt: now },
    });
    return { action: 'final', state: { phase: 'skipped', reason: decision.reason } };
  }

  const settings = row.hospital.settings;
  const release = row.isMarketing ? quietHoursEnd(now, row.hospital.timezone, settings?.quietHoursStart ?? null, settings?.quietHoursEnd ?? null) : null;
  if (release) {
    await prisma.cRMCommunication.updateMany({
      where: { id: communicationId, status: { in: ['SCHEDULED', 'QUEUED'] } },
      data: { status: 'SCHEDULED', scheduledFor: release },
    });
    return { action: 'hold', until: release.toISOString() };
  }
  await prisma.cRMCommunication.updateMany({ where: { id: communicationId, status: 'SCHEDULED' }, data: { status: 'QUEUED', queuedAt: now } });
  return { action: 'send' };
}
