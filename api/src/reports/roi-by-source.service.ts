import { Injectable } from '@nestjs/common';
import { campaignCost, roiPercent, sumByCurrency, type LeadSource, type Money, type ReportRange } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { conversionsInRange } from './queries/lead-queries';
import { attributedInvoices, campaignsOfRange, type RevenueRow } from './queries/revenue-queries';
import { rangeView } from './report-ranges';

const DEFAULT_ATTRIBUTION_DAYS = 30;

/**
 * GET /crm/reports/roi-by-source. Revenue is the PAID invoices of the patients that leads
 * converted into within the range, issued within the attribution window after the conversion;
 * ISSUED (unpaid) ones are reported apart as outstanding. Cost is a campaign's price per message ×
 * messages sent; lead sources carry no cost of their own.
 */
@Injectable()
export class RoiBySourceService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async build(hospitalId: string, range: ReportRange) {
    const settings = await this.prisma.cRMSettings.findUnique({ where: { hospitalId }, select: { attributionWindowDays: true } });
    const windowDays = settings?.attributionWindowDays ?? DEFAULT_ATTRIBUTION_DAYS;
    const [created, conversions, invoices] = await Promise.all([
      this.prisma.cRMLead.groupBy({
        by: ['source'],
        where: { hospitalId, deletedAt: null, createdAt: { gte: range.start, lt: range.end } },
        _count: { _all: true },
      }),
      conversionsInRange(this.prisma, hospitalId, range),
      attributedInvoices(this.prisma, hospitalId, range, windowDays),
    ]);
    const credited = [...new Set(conversions.map((c) => c.campaignId).filter((id): id is string => id !== null))];
    const campaigns = await campaignsOfRange(this.prisma, hospitalId, range, credited);

    const sources = new Set<LeadSource>([...created.map((c) => c.source), ...conversions.map((c) => c.source)]);
    const bySource = [...sources]
      .map((source) => ({
        source,
        leads: created.find((c) => c.source === source)?._count._all ?? 0,
        conversions: conversions.filter((c) => c.source === source).reduce((sum, c) => sum + c.n, 0),
        ...money(invoices.filter((i) => i.source === source)),
      }))
      .sort((a, b) => b.conversions - a.conversions || b.leads - a.leads || a.source.localeCompare(b.source));
    const byCampaign = campaigns.map((c) => {
      const cost = campaignCost(c.costPerMessage, c.sentCount);
      const earned = money(invoices.filter((i) => i.campaignId === c.id));
      return {
        campaign: { id: c.id, name: c.name, status: c.status, channel: c.channel },
        costPerMessage: c.costPerMessage,
        sentCount: c.sentCount,
        cost,
        conversions: conversions.filter((v) => v.campaignId === c.id).reduce((sum, v) => sum + v.n, 0),
        ...earned,
        roiPercent: roiPercent(earned.revenue, cost),
      };
    });
    const costs = byCampaign.map((c) => c.cost).filter((cost): cost is number => cost !== null);
    const totalCost = costs.length ? Math.round(costs.reduce((sum, cost) => sum + cost, 0) * 100) / 100 : null;
    const campaignRevenue = money(invoices.filter((i) => i.campaignId !== null && byCampaign.some((c) => c.campaign.id === i.campaignId))).revenue;
    return {
      range: rangeView(range),
      attributionWindowDays: windowDays,
      bySource,
      byCampaign,
      totals: {
        leads: bySource.reduce((sum, s) => sum + s.leads, 0),
        conversions: bySource.reduce((sum, s) => sum + s.conversions, 0),
        ...money(invoices),
        campaignCost: totalCost,
        // Return on the campaigns' spend: their attributed revenue against their cost.
        campaignRoiPercent: roiPercent(campaignRevenue, totalCost),
      },
    };
  }
}

function money(rows: readonly RevenueRow[]): { revenue: Money[]; outstanding: Money[] } {
  const of = (status: RevenueRow['status']) =>
    sumByCurrency(rows.filter((r) => r.status === status).map((r) => ({ currency: r.currency, amount: Number(r.amount) })));
  return { revenue: of('PAID'), outstanding: of('ISSUED') };
}
