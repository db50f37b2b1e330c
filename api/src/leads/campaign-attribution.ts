import type { Prisma } from '@hospital-crm/db';

const DAY = 86_400_000;

/**
 * Credits a lead's conversion to a campaign: the latest campaign message the lead received within
 * the hospital's attribution window, else the campaign the lead came from. Runs once, inside the
 * conversion's transaction (a converted lead is never converted again). Returns the campaign id.
 */
export async function attributeConversion(
  tx: Prisma.TransactionClient,
  lead: { id: string; hospitalId: string; campaignId: string | null },
  now: Date,
): Promise<string | null> {
  const settings = await tx.cRMSettings.findUnique({ where: { hospitalId: lead.hospitalId }, select: { attributionWindowDays: true } });
  const windowStart = new Date(now.getTime() - (settings?.attributionWindowDays ?? 30) * DAY);
  const touched = await tx.cRMCampaignRecipient.findFirst({
    where: { leadId: lead.id, hospitalId: lead.hospitalId, sentAt: { gte: windowStart } },
    orderBy: { sentAt: 'desc' },
    select: { campaignId: true },
  });
  const campaignId = touched?.campaignId ?? lead.campaignId;
  if (!campaignId) return null;
  await tx.cRMCampaign.update({ where: { id: campaignId }, data: { convertedCount: { increment: 1 } } });
  if (!lead.campaignId) await tx.cRMLead.update({ where: { id: lead.id }, data: { campaignId } });
  return campaignId;
}
