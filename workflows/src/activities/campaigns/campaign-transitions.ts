import { CAMPAIGN_TRANSITIONS, birthdaysOn, isDailyCampaign, type CampaignStatus } from '@hospital-crm/domain';
import { ledgerProgress, materializeRecipients, type PrismaClient } from '@hospital-crm/db';
import type { CampaignProgress } from '../../shared/campaign-messages';

/** When each status was entered, on the campaign row. */
const STAMP: Partial<Record<CampaignStatus, 'startedAt' | 'pausedAt' | 'completedAt' | 'cancelledAt'>> = {
  RUNNING: 'startedAt',
  PAUSED: 'pausedAt',
  COMPLETED: 'completedAt',
  CANCELLED: 'cancelledAt',
};

export class CampaignMoveRefused extends Error {}

/**
 * Fixes the recipient list (the ledger) and leaves DRAFT: SCHEDULED for a future start,
 * RUNNING otherwise. Idempotent: a retry after it committed finds the campaign launched.
 * A daily (birthday) campaign has no list of its own: each day's run gets one, narrowed to the
 * contacts born on its date.
 */
export async function launch(prisma: PrismaClient, campaignId: string, startAt: string | undefined, at: Date): Promise<CampaignProgress> {
  const progress = await fixRecipients(prisma, campaignId, startAt, at);
  // The ledger just grew by the whole audience: without fresh statistics the planner takes the
  // new rows for a handful and walks the wrong index for every chunk of the send.
  await prisma.$executeRaw`ANALYZE "CRMCampaignRecipient"`;
  return progress;
}

async function fixRecipients(prisma: PrismaClient, campaignId: string, startAt: string | undefined, at: Date): Promise<CampaignProgress> {
  return prisma.$transaction(
    async (tx) => {
      const [campaign] = await tx.$queryRaw<Array<{ status: CampaignStatus }>>`SELECT "status" FROM "CRMCampaign" WHERE "id" = ${campaignId}::uuid FOR UPDATE`;
      if (!campaign) throw new CampaignMoveRefused(`Campaign ${campaignId} does not exist`);
      if (campaign.status === 'DRAFT') {
        const row = await tx.cRMCampaign.findUniqueOrThrow({
          where: { id: campaignId },
          select: { id: true, hospitalId: true, channel: true, audience: true, campaignType: true, parentCampaignId: true, runDate: true },
        });
        const { campaignType, parentCampaignId, runDate, ...campaign } = row;
        const daily = isDailyCampaign(campaignType) && !parentCampaignId;
        const narrowing = runDate ? { bornOn: birthdaysOn(runDate.toISOString().slice(0, 10)) } : undefined;
        const total = daily ? 0 : await materializeRecipients(tx, { ...campaign, narrowing });
        const later = startAt && Date.parse(startAt) > at.getTime();
        await tx.cRMCampaign.update({
          where: { id: campaignId },
          data: { totalRecipients: total, ...(later ? { status: 'SCHEDULED', scheduledAt: new Date(startAt) } : { status: 'RUNNING', startedAt: at }) },
        });
      }
      return ledgerProgress(tx, campaignId);
    },
    { timeout: 120_000 },
  );
}

/**
 * Moves the campaign when its current status allows it (the domain's transition table); a
 * refusal names the status. Recipients still waiting when a campaign is cancelled are skipped.
 */
export async function move(
  prisma: PrismaClient,
  campaignId: string,
  to: CampaignStatus,
  at: Date,
  extra: { scheduledAt?: Date } = {},
): Promise<CampaignProgress> {
  return prisma.$transaction(async (tx) => {
    const [campaign] = await tx.$queryRaw<Array<{ status: CampaignStatus }>>`SELECT "status" FROM "CRMCampaign" WHERE "id" = ${campaignId}::uuid FOR UPDATE`;
    if (!campaign) throw new CampaignMoveRefused(`Campaign ${campaignId} does not exist`);
    const same = campaign.status === to && (to !== 'SCHEDULED' || !extra.scheduledAt);
    if (!same) {
      if (to !== campaign.status && !CAMPAIGN_TRANSITIONS.canMove(campaign.status, to)) {
        throw new CampaignMoveRefused(`A ${campaign.status.toLowerCase()} campaign cannot become ${to.toLowerCase()}`);
      }
      const stamp = STAMP[to];
      await tx.cRMCampaign.update({ where: { id: campaignId }, data: { status: to, ...(stamp && { [stamp]: at }), ...extra } });
      if (to === 'CANCELLED') {
        await tx.cRMCampaignRecipient.updateMany({
          where: { campaignId, status: 'PENDING' },
          data: { status: 'SKIPPED', skipReason: 'The campaign was cancelled' },
        });
      }
    }
    return ledgerProgress(tx, campaignId);
  });
}
