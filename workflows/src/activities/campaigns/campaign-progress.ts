import { ledgerProgress, type Prisma, type PrismaClient } from '@hospital-crm/db';
import type { CampaignProgress } from '../../shared/campaign-messages';

/** The campaign's status and its ledger counted by state (the database's view, shared with the API). */
export function readProgress(db: PrismaClient | Prisma.TransactionClient, campaignId: string): Promise<CampaignProgress> {
  return ledgerProgress(db, campaignId);
}
