import type { Prisma } from '@hospital-crm/db';

export const campaignSelect = {
  id: true,
  name: true,
  description: true,
  campaignType: true,
  status: true,
  channel: true,
  audience: true,
  scheduledAt: true,
  startedAt: true,
  pausedAt: true,
  completedAt: true,
  cancelledAt: true,
  costPerMessage: true,
  budget: true,
  totalRecipients: true,
  sentCount: true,
  deliveredCount: true,
  openedCount: true,
  clickedCount: true,
  respondedCount: true,
  convertedCount: true,
  failedCount: true,
  parentCampaignId: true,
  runDate: true,
  createdAt: true,
  updatedAt: true,
  template: { select: { id: true, name: true, channel: true, category: true, isActive: true } },
  createdBy: { select: { id: true, firstName: true, lastName: true } },
} as const satisfies Prisma.CRMCampaignSelect;

export type CampaignRow = Prisma.CRMCampaignGetPayload<{ select: typeof campaignSelect }>;

/** Money as plain numbers in JSON (Decimal(10,4) and Decimal(12,2) fit a double exactly enough). */
export const decimalToNumber = (value: Prisma.Decimal | null): number | null => (value === null ? null : value.toNumber());

export function toCampaignView({ costPerMessage, budget, runDate, ...campaign }: CampaignRow) {
  return {
    ...campaign,
    // A birthday run's day, as the hospital's calendar date.
    runDate: runDate && runDate.toISOString().slice(0, 10),
    costPerMessage: decimalToNumber(costPerMessage),
    budget: decimalToNumber(budget),
  };
}

export type CampaignView = ReturnType<typeof toCampaignView>;
