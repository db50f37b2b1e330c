import { Injectable } from '@nestjs/common';
import { hospitalMonthStart, npsFromCounts, percent, type ReportRange } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { DashboardCache } from './cache/dashboard-cache';
import type { ReportRangeQueryDto } from './dto/report-query.dto';
import { rangeView, ReportRanges } from './report-ranges';

export interface DashboardMetrics {
  /** Every lead of the hospital (not deleted), now. */
  totalLeads: number;
  /** Leads created since the first day of this month in the hospital's zone. */
  newLeadsThisMonth: number;
  /** Leads created in the range. */
  newLeads: number;
  /** Of the leads created in the range that reached an outcome, the share converted (%). */
  conversionRate: number | null;
  /** Mean score of the open leads (NEW … APPOINTMENT_SCHEDULED), now. */
  avgLeadScore: number | null;
  /** Tasks PENDING, IN_PROGRESS or OVERDUE, now. */
  openTasks: number;
  /** Open tasks past their due date (OVERDUE, or still pending after it), now. */
  overdueTasks: number;
  /** Campaigns RUNNING now. */
  activeCampaigns: number;
  /** NPS (-100..100) of the answers submitted in the range. */
  avgNps: number | null;
  npsResponses: number;
  range: ReturnType<typeof rangeView>;
  generatedAt: string;
}

/** The seed's five minutes (its "Redis caching for dashboard metrics (5-minute TTL)"). */
export const DASHBOARD_TTL_MS = 5 * 60_000;

/**
 * The seed's eight dashboard metrics: five are the state now, three (new leads, conversion rate,
 * NPS) cover the range. Cached per hospital and range; any lead, task, message, campaign or
 * survey write through the API drops the hospital's entries (invalidateDashboard).
 */
@Injectable()
export class DashboardMetricsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly cache: DashboardCache,
    private readonly ranges: ReportRanges,
  ) {}

  async get(hospitalId: string, query: ReportRangeQueryDto, now = new Date()): Promise<DashboardMetrics> {
    const range = await this.ranges.resolve(hospitalId, query, now);
    const { value, slot } = this.cache.read(hospitalId, `${range.from}..${range.to}`);
    if (value !== null) return JSON.parse(value) as DashboardMetrics;
    const metrics = await this.compute(hospitalId, range, now);
    this.cache.write(slot, JSON.stringify(metrics), DASHBOARD_TTL_MS);
    return metrics;
  }

  private async compute(hospitalId: string, range: ReportRange, now: Date): Promise<DashboardMetrics> {
    const monthStart = hospitalMonthStart(now, range.timezone);
    const [[leads], [tasks], activeCampaigns, nps] = await Promise.all([
      this.prisma.$queryRaw<Array<{ total: number; newThisMonth: number; newInRange: number; converted: number; lost: number; avgOpenScore: number | null }>>`
        SELECT count(*)::int AS total,
          count(*) FILTER (WHERE l."createdAt" >= ${monthStart})::int AS "newThisMonth",
          count(*) FILTER (WHERE l."createdAt" >= ${range.start} AND l."createdAt" < ${range.end})::int AS "newInRange",
          count(*) FILTER (WHERE l."createdAt" >= ${range.start} AND l."createdAt" < ${range.end} AND l.status = 'CONVERTED')::int AS converted,
          count(*) FILTER (WHERE l."createdAt" >= ${range.start} AND l."createdAt" < ${range.end} AND l.status = 'LOST')::int AS lost,
          (avg(l.score) FILTER (WHERE l.status IN ('NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED')))::float8 AS "avgOpenScore"
        FROM "CRMLead" l WHERE l."hospitalId" = ${hospitalId}::uuid AND l."deletedAt" IS NULL`,
      this.prisma.$queryRaw<Array<{ open: number; overdue: number }>>`
        SELECT count(*)::int AS open,
          count(*) FILTER (WHERE t.status = 'OVERDUE' OR t."dueDate" < ${now})::int AS overdue
        FROM "CRMTask" t WHERE t."hospitalId" = ${hospitalId}::uuid AND t.status IN ('PENDING', 'IN_PROGRESS', 'OVERDUE')`,
      this.prisma.cRMCampaign.count({ where: { hospitalId, status: 'RUNNING' } }),
      this.prisma.cRMSurveyResponse.groupBy({
        by: ['npsScore'],
        where: { hospitalId, npsScore: { not: null }, submittedAt: { gte: range.start, lt: range.end } },
        _count: { _all: true },
      }),
    ]);
    const npsSummary = npsFromCounts(new Map(nps.map((row) => [row.npsScore!, row._count._all])));
    return {
      totalLeads: leads.total,
      newLeadsThisMonth: leads.newThisMonth,
      newLeads: leads.newInRange,
      conversionRate: percent(leads.converted, leads.converted + leads.lost),
      avgLeadScore: leads.avgOpenScore === null ? null : Math.round(leads.avgOpenScore * 10) / 10,
      openTasks: tasks.open,
      overdueTasks: tasks.overdue,
      activeCampaigns,
      avgNps: npsSummary.nps,
      npsResponses: npsSummary.total,
      range: rangeView(range),
      generatedAt: now.toISOString(),
    };
  }
}
