import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import type { CommunicationStatus } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';

/** A status callback kept until its message's sid is recorded (CRMParkedStatusEvent). */
export interface ParkedStatus {
  id: string;
  providerMessageId: string;
  status: CommunicationStatus;
  failureReason: string | null;
  receivedAt: Date;
}

/** How long a callback waits for its message: past this, the sid is not one we sent (or was lost with its send). */
export const PARKED_STATUS_TTL_MS = 7 * 86_400_000;

/** The table of status callbacks that came before their message's sid: keep, claim once the sid exists, drop. */
@Injectable()
export class ParkedStatusStore {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /** Keeps a callback; Twilio's retry or replay of the same status keeps it once. */
  async park(providerMessageId: string, status: CommunicationStatus, failureReason: string | null, receivedAt: Date): Promise<void> {
    await this.prisma.cRMParkedStatusEvent.createMany({ data: [{ providerMessageId, status, failureReason, receivedAt }], skipDuplicates: true });
  }

  /**
   * The oldest kept callbacks whose message now carries the sid, locked for this transaction. Another process
   * sweeping at the same moment skips them, so each is applied once.
   */
  claimArrived(tx: Prisma.TransactionClient, limit: number): Promise<ParkedStatus[]> {
    return tx.$queryRaw<ParkedStatus[]>`
      SELECT p."id", p."providerMessageId", p."status"::text AS "status", p."failureReason", p."receivedAt"
      FROM "CRMParkedStatusEvent" p
      WHERE EXISTS (SELECT 1 FROM "CRMCommunication" c WHERE c."providerMessageId" = p."providerMessageId")
      ORDER BY p."receivedAt", p."id"
      LIMIT ${limit}
      FOR UPDATE OF p SKIP LOCKED`;
  }

  async remove(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
    if (ids.length) await tx.cRMParkedStatusEvent.deleteMany({ where: { id: { in: ids } } });
  }

  /** Drops callbacks that waited longer than PARKED_STATUS_TTL_MS; returns how many. */
  async purgeExpired(now = new Date()): Promise<number> {
    const { count } = await this.prisma.cRMParkedStatusEvent.deleteMany({ where: { receivedAt: { lt: new Date(now.getTime() - PARKED_STATUS_TTL_MS) } } });
    return count;
  }
}
