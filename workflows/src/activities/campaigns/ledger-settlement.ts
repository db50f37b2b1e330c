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
 * transaction. Only rows still SENDING change, and the counters grow by the rows that did, so a
 * retried settlement counts nothing twice.
 */
export async function settleChunk(prisma: PrismaClient, campaignId: string, sent: Sent[], failed: Failed[], retry: Settled[], at: Date): Promise<void> {
  if (!sent.length && !failed.length && !retry.length) return;
  await prisma.$transaction(async (tx) => {
    let sentCount = 0;
    let failedCount = 0;
    if (sent.length) {
      sentCount = await tx.$executeRaw`
        UPDATE "CRMCampaignRecipient" SET "status" = 'SENT', "sentAt" = ${at}
        WHERE "id" = ANY(${sent.map((s) => s.recipientId)}::uuid[]) AND "status" = 'SENDING'`;
      await tx.$executeRaw`
        UPDATE "CRMCommunication" AS c
        SET "status" = 'SENT', "sentAt" = ${at}, "dispatchStartedAt" = NULL, "provider" = v.provider, "providerMessageId" = v.pid
        FROM (SELECT UNNEST(${sent.map((s) => s.communicationId)}::uuid[]) AS id,
                     UNNEST(${sent.map((s) => s.receipt.provider)}::text[]) AS provider,
                     UNNEST(${sent.map((s) => s.receipt.providerMessageId)}::text[]) AS pid) AS v
        WHERE c."id" = v.id AND c."status" = 'QUEUED'`;
    }
    if (failed.length) {
      failedCount = await tx.$executeRaw`
        UPDATE "CRMCampaignRecipient" AS r SET "status" = 'FAILED', "failureReason" = v.reason
        FROM (SELECT UNNEST(${failed.map((f) => f.recipientId)}::uuid[]) AS id, UNNEST(${failed.map((f) => f.reason.slice(0, 1000))}::text[]) AS reason) AS v
        WHERE r."id" = v.id AND r."status" = 'SENDING'`;
      await tx.$executeRaw`
        UPDATE "CRMCommunication" AS c SET "status" = 'FAILED', "failedAt" = ${at}, "dispatchStartedAt" = NULL, "failureReason" = v.reason
        FROM (SELECT UNNEST(${failed.map((f) => f.communicationId)}::uuid[]) AS id, UNNEST(${failed.map((f) => f.reason.slice(0, 1000))}::text[]) AS reason) AS v
        WHERE c."id" = v.id AND c."status" = 'QUEUED'`;
    }
    if (retry.length) {
      // The provider answered with a transient error: nothing went out, so the recipient waits again.
      await tx.cRMCampaignRecipient.updateMany({
        where: { id: { in: retry.map((r) => r.recipientId) }, status: 'SENDING' },
        data: { status: 'PENDING', attemptedAt: null },
      });
      await tx.cRMCommunication.updateMany({ where: { id: { in: retry.map((r) => r.communicationId) }, status: 'QUEUED' }, data: { dispatchStartedAt: null } });
    }
    if (sentCount || failedCount) {
      await tx.cRMCampaign.update({ where: { id: campaignId }, data: { sentCount: { increment: sentCount }, failedCount: { increment: failedCount } } });
    }
  });
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
