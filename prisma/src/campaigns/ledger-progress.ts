import { isDailyCampaign, type CampaignStatus } from '@hospital-crm/domain';
import type { Prisma, PrismaClient, RecipientStatus } from '../generated/prisma/client';

type Db = Pick<PrismaClient | Prisma.TransactionClient, 'cRMCampaign' | 'cRMCampaignRecipient'>;

/** Ledger statuses that mean the provider accepted the message (the later ones imply it was sent). */
export const SENT_RECIPIENT_STATUSES: readonly RecipientStatus[] = ['SENT', 'DELIVERED', 'OPENED', 'CLICKED', 'RESPONDED'];

/** A campaign's progress as the database knows it (the shape of the workflow's CampaignProgress). */
export interface LedgerProgress {
  status: CampaignStatus;
  /** Scheduled campaigns: when sending starts (ISO). */
  startAt?: string;
  /** A daily (birthday) campaign: its runs send, it only keeps their schedule going. */
  daily?: true;
  totalRecipients: number;
  /** Recipients past PENDING and SENDING. */
  processed: number;
  sent: number;
  failed: number;
  skipped: number;
  unknown: number;
}

/** The campaign's status and its send ledger counted by state. */
export async function ledgerProgress(db: Db, campaignId: string): Promise<LedgerProgress> {
  const [campaign, groups] = await Promise.all([
    db.cRMCampaign.findUniqueOrThrow({
      where: { id: campaignId },
      select: { status: true, scheduledAt: true, totalRecipients: true, campaignType: true, parentCampaignId: true },
    }),
    db.cRMCampaignRecipient.groupBy({ by: ['status'], where: { campaignId }, _count: { _all: true } }),
  ]);
  const count = (statuses: readonly RecipientStatus[]) => groups.filter((g) => statuses.includes(g.status)).reduce((sum, g) => sum + g._count._all, 0);
  const [sent, failed, skipped, unknown] = [count(SENT_RECIPIENT_STATUSES), count(['FAILED']), count(['SKIPPED']), count(['UNKNOWN'])];
  return {
    status: campaign.status,
    ...(campaign.status === 'SCHEDULED' && campaign.scheduledAt && { startAt: campaign.scheduledAt.toISOString() }),
    ...(isDailyCampaign(campaign.campaignType) && !campaign.parentCampaignId && { daily: true as const }),
    totalRecipients: campaign.totalRecipients,
    processed: sent + failed + skipped + unknown,
    sent,
    failed,
    skipped,
    unknown,
  };
}
