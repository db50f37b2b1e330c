import type { PrismaClient } from '@hospital-crm/db';
import type { ProviderReceipt } from '../../channels/channel';

export interface Settled {
  recipientId: string;
  communicationId: string;
}
export type Sent = Settled & { receipt: ProviderReceipt };
export type Failed = Settled & { reason: string };

/**
 * Writes a chunk's outcomes to the ledger, the communications and the campaign counters in one
 * statement (so all of it or none). Only rows still SENDING change, and the counters grow by the
 * rows that did, so a retried settlement counts nothing twice. A transient provider error (`retry`)
 * sent nothing: the recipient waits again (PENDING) and its message loses the dispatch marker.
 * Every part runs even when its list is empty (data-modifying CTEs always run to completion), which
 * costs PostgreSQL an index probe with an empty array.
 */
export async function settleChunk(prisma: PrismaClient, campaignId: string, sent: Sent[], failed: Failed[], retry: Settled[], at: Date): Promise<void> {
  if (!sent.length && !failed.length && !retry.length) return;
  const failureReasons = failed.map((f) => f.reason.slice(0, 1000));
  await prisma.$executeRaw`
    WITH sent_recipients AS (
      UPDATE "CRMCampaignRecipient" SET "status" = 'SENT', "sentAt" = ${at}
      WHERE "id" = ANY(${sent.map((s) => s.recipientId)}::uuid[]) AND "status" = 'SENDING'
      RETURNING 1
    ), sent_messages AS (
      UPDATE "CRMCommunication" AS c
      SET "status" = 'SENT', "sentAt" = ${at}, "dispatchStartedAt" = NULL, "provider" = v.provider, "providerMessageId" = v.pid
      FROM UNNEST(${sent.map((s) => s.communicationId)}::uuid[], ${sent.map((s) => s.receipt.provider)}::text[],
                  ${sent.map((s) => s.receipt.providerMessageId)}::text[]) AS v(id, provider, pid)
      WHERE c."id" = v.id AND c."status" = 'QUEUED'
    ), failed_recipients AS (
      UPDATE "CRMCampaignRecipient" AS r SET "status" = 'FAILED', "failureReason" = v.reason
      FROM UNNEST(${failed.map((f) => f.recipientId)}::uuid[], ${failureReasons}::text[]) AS v(id, reason)
      WHERE r."id" = v.id AND r."status" = 'SENDING'
      RETURNING 1
    ), failed_messages AS (
      UPDATE "CRMCommunication" AS c SET "status" = 'FAILED', "failedAt" = ${at}, "dispatchStartedAt" = NULL, "failureReason" = v.reason
      FROM UNNEST(${failed.map((f) => f.communicationId)}::uuid[], ${failureReasons}::text[]) AS v(id, reason)
      WHERE c."id" = v.id AND c."status" = 'QUEUED'
    ), retry_recipients AS (
      UPDATE "CRMCampaignRecipient" SET "status" = 'PENDING', "attemptedAt" = NULL
      WHERE "id" = ANY(${retry.map((r) => r.recipientId)}::uuid[]) AND "status" = 'SENDING'
    ), retry_messages AS (
      UPDATE "CRMCommunication" SET "dispatchStartedAt" = NULL, "updatedAt" = ${at}
      WHERE "id" = ANY(${retry.map((r) => r.communicationId)}::uuid[]) AND "status" = 'QUEUED'
    ), counted AS (
      SELECT (SELECT count(*) FROM sent_recipients)::int AS sent, (SELECT count(*) FROM failed_recipients)::int AS failed
    )
    UPDATE "CRMCampaign" SET "sentCount" = "sentCount" + counted.sent, "failedCount" = "failedCount" + counted.failed, "updatedAt" = ${at}
    FROM counted
    WHERE "id" = ${campaignId}::uuid AND counted.sent + counted.failed > 0`;
}

/** Recipients a crashed attempt left SENDING whose fate the provider cannot tell: counted, not resent. */
export async function markUnknown(prisma: PrismaClient, recipients: Settled[], at: Date): Promise<void> {
  if (!recipients.length) return;
  const reason =
    'Unknown: the worker stopped during the provider call, or the provider gave no usable answer, and the provider cannot be asked, so it was not sent again';
  await prisma.$transaction([
    prisma.cRMCampaignRecipient.updateMany({
      where: { id: { in: recipients.map((r) => r.recipientId) }, status: 'SENDING' },
      data: { status: 'UNKNOWN', failureReason: reason },
    }),
    prisma.cRMCommunication.updateMany({
      where: { id: { in: recipients.map((r) => r.communicationId) }, status: 'QUEUED' },
      data: { status: 'SENT', sentAt: at, dispatchStartedAt: null, failureReason: reason },
    }),
  ]);
}
