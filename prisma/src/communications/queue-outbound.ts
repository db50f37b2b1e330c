import type { CommunicationChannel } from '@hospital-crm/domain';
import type { Prisma } from '../generated/prisma/client';
import type { BodyCipher } from './body-cipher';

/** An outbound message about to be handed to the `communication-<id>` workflow. */
export interface NewOutboundCommunication {
  /** A fixed id (see deterministicUuid) makes queueing idempotent: a second call finds the first row. */
  id?: string;
  hospitalId: string;
  leadId?: string | null;
  patientId?: string | null;
  channel: CommunicationChannel;
  /** Normalised address: lower-case email or E.164 phone number. */
  toAddress: string;
  subject?: string | null;
  /** Rendered plain text; sealed with the cipher before it is stored. */
  body: string;
  templateId?: string | null;
  campaignId?: string | null;
  initiatedById?: string | null;
  isMarketing: boolean;
  /** In the future: the message waits (SCHEDULED); otherwise it is QUEUED for now. */
  scheduledFor?: Date | null;
}

/**
 * Records an outbound message before anything is sent, so the workflow that sends it always has
 * a row to follow and the history shows it from the first moment. Returns the new row's id.
 */
export async function queueOutboundCommunication(
  tx: Prisma.TransactionClient,
  cipher: BodyCipher,
  message: NewOutboundCommunication,
  now = new Date(),
): Promise<string> {
  if (message.id) {
    const existing = await tx.cRMCommunication.findUnique({ where: { id: message.id }, select: { id: true } });
    if (existing) return existing.id;
  }
  const scheduled = !!message.scheduledFor && message.scheduledFor.getTime() > now.getTime();
  const row = await tx.cRMCommunication.create({
    data: {
      ...(message.id && { id: message.id }),
      hospitalId: message.hospitalId,
      leadId: message.leadId ?? null,
      patientId: message.patientId ?? null,
      channel: message.channel,
      toAddress: message.toAddress,
      subject: message.subject ?? null,
      templateId: message.templateId ?? null,
      campaignId: message.campaignId ?? null,
      initiatedById: message.initiatedById ?? null,
      isMarketing: message.isMarketing,
      ...cipher.encrypt(message.body),
      direction: 'OUTBOUND',
      status: scheduled ? 'SCHEDULED' : 'QUEUED',
      scheduledFor: scheduled ? message.scheduledFor : null,
      queuedAt: scheduled ? null : now,
    },
    select: { id: true },
  });
  return row.id;
}
