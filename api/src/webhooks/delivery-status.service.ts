import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { canAdvanceDelivery, COMMUNICATION_STATUSES, funnelStageOf, type CommunicationStatus } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { CampaignFunnel } from './campaign-funnel.service';

/** The columns a provider event needs to decide and record a status move. */
export const trackedCommunicationSelect = {
  id: true,
  hospitalId: true,
  leadId: true,
  patientId: true,
  channel: true,
  status: true,
  toAddress: true,
  sentAt: true,
  deliveredAt: true,
} satisfies Prisma.CRMCommunicationSelect;

export type TrackedCommunication = Prisma.CRMCommunicationGetPayload<{ select: typeof trackedCommunicationSelect }>;

const STAMP: Partial<Record<CommunicationStatus, 'sentAt' | 'deliveredAt' | 'readAt' | 'respondedAt' | 'failedAt'>> = {
  SENT: 'sentAt',
  DELIVERED: 'deliveredAt',
  READ: 'readAt',
  RESPONDED: 'respondedAt',
  FAILED: 'failedAt',
};

/** For each target status, the statuses a message may be in to move there (domain's forward-only rule). */
const MOVABLE_FROM = new Map<CommunicationStatus, CommunicationStatus[]>(
  COMMUNICATION_STATUSES.map((next) => [next, COMMUNICATION_STATUSES.filter((current) => canAdvanceDelivery(current, next))]),
);

/**
 * Moves an outbound message's status forward on a provider event. Callbacks come late, twice and
 * out of order: a move the domain refuses (DELIVERED after READ, anything after FAILED) changes
 * nothing, and the update is conditional on the status still being one it may move from, so two
 * events racing for one row cannot step it backwards. A campaign message's move also climbs its
 * recipient's funnel (the campaign counters) in the same transaction.
 */
@Injectable()
export class DeliveryStatusService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly funnel: CampaignFunnel,
  ) {}

  /** True when the row moved to `next`. */
  async advance(row: TrackedCommunication, next: CommunicationStatus, at: Date, failureReason?: string, tx?: Prisma.TransactionClient): Promise<boolean> {
    if (!canAdvanceDelivery(row.status, next)) return false;
    const data: Prisma.CRMCommunicationUpdateManyMutationInput = { status: next };
    const stamp = STAMP[next];
    if (stamp) data[stamp] = at;
    // A later stage implies the earlier ones: an opened email was delivered, a delivered one sent.
    if (['DELIVERED', 'READ', 'RESPONDED'].includes(next) && !row.sentAt) data.sentAt = at;
    if (['READ', 'RESPONDED'].includes(next) && !row.deliveredAt) data.deliveredAt = at;
    if (next === 'FAILED' && failureReason) data.failureReason = failureReason.slice(0, 1000);
    const run = async (db: Prisma.TransactionClient): Promise<boolean> => {
      const { count } = await db.cRMCommunication.updateMany({ where: { id: row.id, status: { in: MOVABLE_FROM.get(next) } }, data });
      if (count !== 1) return false;
      const stage = funnelStageOf(next);
      if (stage) await this.funnel.climb(row.id, stage, db);
      else if (next === 'FAILED') await this.funnel.fail(row.id, failureReason ?? 'Failed after it was sent', db);
      return true;
    };
    return tx ? run(tx) : this.prisma.$transaction(run);
  }
}
