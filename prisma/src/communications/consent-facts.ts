import type { CommunicationChannel, ConsentFacts } from '@hospital-crm/domain';
import type { PrismaClient } from '../generated/prisma/client';

export interface ConsentSubject {
  hospitalId: string;
  channel: CommunicationChannel;
  /** Normalised address. */
  address: string;
  leadId?: string | null;
  patientId?: string | null;
  isMarketing: boolean;
}

/**
 * What the consent rule needs to know about one recipient, read fresh: the suppression on this
 * channel and address, the person's marketing opt-out, and the lead's tags.
 */
export async function loadConsentFacts(prisma: PrismaClient, subject: ConsentSubject): Promise<ConsentFacts> {
  const [suppression, lead, patient] = await Promise.all([
    prisma.contactSuppression.findUnique({
      where: { hospitalId_channel_address: { hospitalId: subject.hospitalId, channel: subject.channel, address: subject.address } },
      select: { scope: true, reason: true },
    }),
    subject.leadId
      ? prisma.cRMLead.findUnique({ where: { id: subject.leadId }, select: { doNotMarket: true, tags: { select: { tag: { select: { name: true } } } } } })
      : null,
    subject.patientId ? prisma.patient.findUnique({ where: { id: subject.patientId }, select: { doNotMarket: true } }) : null,
  ]);
  return {
    isMarketing: subject.isMarketing,
    suppression,
    doNotMarket: !!(lead?.doNotMarket || patient?.doNotMarket),
    tags: lead?.tags.map((t) => t.tag.name) ?? [],
  };
}
