import { Injectable } from '@nestjs/common';
import { Prisma } from '@hospital-crm/db';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { rate } from '../surveys/survey-analytics-fold';
import { CampaignsService } from './campaigns.service';
import type { CampaignView } from './campaign-view';

const DEFAULT_ATTRIBUTION_DAYS = 30;
const cents = (n: number) => Math.round(n * 100) / 100;

export interface Revenue {
  currency: string;
  amount: number;
}

/**
 * A campaign's numbers: the eight counters, rates, sends and deliveries per local day, cost, and
 * the revenue of the patients it converted. Rates are percentages (one decimal): delivery of the
 * messages sent; open, click, response and conversion of the messages delivered.
 */
@Injectable()
export class CampaignAnalyticsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly campaigns: CampaignsService,
  ) {}

  async analytics(hospitalId: string, id: string) {
    const c = await this.campaigns.get(hospitalId, id);
    const [{ timezone }, settings] = await Promise.all([
      this.prisma.hospital.findUniqueOrThrow({ where: { id: hospitalId }, select: { timezone: true } }),
      this.prisma.cRMSettings.findUnique({ where: { hospitalId }, select: { attributionWindowDays: true } }),
    ]);
    const windowDays = settings?.attributionWindowDays ?? DEFAULT_ATTRIBUTION_DAYS;
    const [daily, attribution] = await Promise.all([this.daily(id, timezone), this.attribution(hospitalId, id, windowDays)]);
    const cost = c.costPerMessage === null ? null : cents(c.costPerMessage * c.sentCount);
    const single = attribution.revenue.length === 1 ? attribution.revenue[0] : null;
    return {
      campaign: {
        id: c.id,
        name: c.name,
        status: c.status,
        campaignType: c.campaignType,
        channel: c.channel,
        startedAt: c.startedAt,
        completedAt: c.completedAt,
      },
      counters: counters(c),
      rates: {
        deliveryRate: rate(c.deliveredCount, c.sentCount),
        openRate: rate(c.openedCount, c.deliveredCount),
        clickRate: rate(c.clickedCount, c.deliveredCount),
        responseRate: rate(c.respondedCount, c.deliveredCount),
        conversionRate: rate(c.convertedCount, c.deliveredCount),
      },
      timezone,
      daily,
      cost: {
        costPerMessage: c.costPerMessage,
        messagesSent: c.sentCount,
        total: cost,
        budget: c.budget,
        budgetRemaining: cost === null || c.budget === null ? null : cents(c.budget - cost),
      },
      // ROI only when it can be computed: a cost to divide by and revenue in one currency.
      roi: {
        attributionWindowDays: windowDays,
        attributedConversions: attribution.conversions,
        revenue: attribution.revenue,
        roiPercent: cost && single ? rate(single.amount - cost, cost) : null,
      },
    };
  }

  /** Messages sent (ledger) and delivered (their communications) per calendar day in the hospital's zone. */
  private async daily(campaignId: string, timezone: string) {
    // Prisma stores UTC in `timestamp without time zone`: read it as UTC, then shift to the hospital's zone.
    const rows = await this.prisma.$queryRaw<Array<{ date: string; sent: number; delivered: number }>>`
      WITH sent AS (
        SELECT to_char((r."sentAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS date, count(*)::int AS n
        FROM "CRMCampaignRecipient" r WHERE r."campaignId" = ${campaignId}::uuid AND r."sentAt" IS NOT NULL GROUP BY 1),
      delivered AS (
        SELECT to_char((c."deliveredAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS date, count(*)::int AS n
        FROM "CRMCampaignRecipient" r JOIN "CRMCommunication" c ON c.id = r."communicationId"
        WHERE r."campaignId" = ${campaignId}::uuid AND c."deliveredAt" IS NOT NULL GROUP BY 1)
      SELECT date, coalesce(sent.n, 0) AS sent, coalesce(delivered.n, 0) AS delivered
      FROM sent FULL JOIN delivered USING (date) ORDER BY date`;
    return rows;
  }

  /**
   * The conversions credited to this campaign, by the rule the conversion itself applies
   * (api/src/leads/campaign-attribution.ts): the latest campaign message the lead received within
   * the attribution window before converting, else the campaign the lead came from. Revenue: the
   * paid invoices of the patients they became, issued within the window after the conversion.
   */
  private async attribution(hospitalId: string, campaignId: string, windowDays: number): Promise<{ conversions: number; revenue: Revenue[] }> {
    const window = Prisma.sql`make_interval(days => ${windowDays}::int)`;
    const credited = Prisma.sql`
      SELECT l."convertedToPatientId" AS patient_id, l."convertedAt" AS at
      FROM "CRMLead" l
      WHERE l."hospitalId" = ${hospitalId}::uuid AND l."convertedAt" IS NOT NULL AND l."convertedToPatientId" IS NOT NULL
        AND (l."campaignId" = ${campaignId}::uuid
          OR l.id IN (SELECT r."leadId" FROM "CRMCampaignRecipient" r WHERE r."campaignId" = ${campaignId}::uuid AND r."leadId" IS NOT NULL))
        AND coalesce((
          SELECT r2."campaignId" FROM "CRMCampaignRecipient" r2
          WHERE r2."leadId" = l.id AND r2."sentAt" >= l."convertedAt" - ${window} AND r2."sentAt" <= l."convertedAt"
          ORDER BY r2."sentAt" DESC LIMIT 1), l."campaignId") = ${campaignId}::uuid`;
    const [conversions, revenue] = await Promise.all([
      this.prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM (${credited}) c`,
      // A patient converted from two credited leads counts once, from the first conversion.
      this.prisma.$queryRaw<Array<{ currency: string; amount: string }>>`
        SELECT i.currency, sum(i.amount)::text AS amount
        FROM (SELECT patient_id, min(at) AS at FROM (${credited}) c GROUP BY patient_id) cv
        JOIN "Invoice" i ON i."patientId" = cv.patient_id
        WHERE i.status = 'PAID' AND i."issuedAt" >= cv.at AND i."issuedAt" < cv.at + ${window}
        GROUP BY i.currency ORDER BY i.currency`,
    ]);
    return { conversions: conversions[0].n, revenue: revenue.map((r) => ({ currency: r.currency, amount: cents(Number(r.amount)) })) };
  }
}

function counters(c: CampaignView) {
  const { totalRecipients, sentCount, deliveredCount, openedCount, clickedCount, respondedCount, convertedCount, failedCount } = c;
  return { totalRecipients, sentCount, deliveredCount, openedCount, clickedCount, respondedCount, convertedCount, failedCount };
}
