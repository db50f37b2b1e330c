import { Injectable } from '@nestjs/common';
import { climbsFunnel, funnelIncrements, type FunnelStage } from '@hospital-crm/domain';
import type { Prisma } from '@hospital-crm/db';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';

interface LedgerRow {
  id: string;
  status: string;
  campaignId: string;
}

/**
 * Keeps a campaign's counters true to its messages' fate: the recipient's ledger row climbs the
 * funnel (locked, forward only) and the counters grow by the stages that climb proves, once.
 */
@Injectable()
export class CampaignFunnel {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  /** The message's recipient reached `stage` (delivered, opened, clicked, responded). */
  climb(communicationId: string, stage: FunnelStage, tx?: Prisma.TransactionClient): Promise<void> {
    return this.locked(communicationId, tx, async (db, row) => {
      if (!climbsFunnel(row.status, stage)) return;
      const increments = funnelIncrements(row.status as FunnelStage, stage);
      await db.cRMCampaignRecipient.update({ where: { id: row.id }, data: { status: stage } });
      await db.cRMCampaign.update({
        where: { id: row.campaignId },
        data: Object.fromEntries(Object.entries(increments).map(([counter, n]) => [counter, { increment: n }])),
      });
    });
  }

  /** The message bounced or was refused after it was sent: the recipient counts as failed. */
  fail(communicationId: string, reason: string, tx?: Prisma.TransactionClient): Promise<void> {
    return this.locked(communicationId, tx, async (db, row) => {
      if (row.status !== 'SENT') return;
      await db.cRMCampaignRecipient.update({ where: { id: row.id }, data: { status: 'FAILED', failureReason: reason.slice(0, 1000) } });
      await db.cRMCampaign.update({ where: { id: row.campaignId }, data: { failedCount: { increment: 1 } } });
    });
  }

  private async locked(
    communicationId: string,
    tx: Prisma.TransactionClient | undefined,
    apply: (db: Prisma.TransactionClient, row: LedgerRow) => Promise<void>,
  ): Promise<void> {
    const run = async (db: Prisma.TransactionClient) => {
      const [row] = await db.$queryRaw<LedgerRow[]>`
        SELECT "id", "status"::text AS "status", "campaignId" FROM "CRMCampaignRecipient" WHERE "communicationId" = ${communicationId}::uuid FOR UPDATE`;
      if (row) await apply(db, row);
    };
    if (tx) return run(tx);
    await this.prisma.$transaction(run);
  }
}
