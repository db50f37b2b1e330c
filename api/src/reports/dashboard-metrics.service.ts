import { Injectable } from '@nestjs/common';
import { hospitalMonthStart, npsFromCounts, percent, type ReportRange } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { DashboardStore } from './cache/dashboard-store';
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

/** The numbers that hold for the hospital now, whatever the range: one entry per hospital. */
interface HospitalState {
  totalLeads: number;
  newLeadsThisMonth: number;
  avgLeadScore: number | null;
  openTasks: number;
  overdueTasks: number;
  activeCampaigns: number;
  generatedAt: string;
}

/** The numbers of one range: one entry per hospital and range. */
interface RangeNumbers {
  newLeads: number;
  conversionRate: number | null;
  avgNps: number | null;
  npsResponses: number;
  generatedAt: string;
}

/**
 * The seed's eight dashboard metrics: five are the state now, three (new leads, conversion rate,
 * NPS) cover the range. The state is cached per hospital and each range's numbers per range, so a
 * new range costs only the leads created in it. A write through the API drops both before it
 * answers (invalidateDashboard); one made elsewhere (the worker's) as soon as PostgreSQL reports
 * it (cache/dashboard-change-listener.ts).
 */
@Injectable()
export class DashboardMetricsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly store: DashboardStore,
    private readonly ranges: ReportRanges,
  ) {}

  async get(hospitalId: string, query: ReportRangeQueryDto, now = new Date()): Promise<DashboardMetrics> {
    const range = await this.ranges.resolve(hospitalId, query, now);
    const [state, inRange] = await Promise.all([
      this.store.get(hospitalId, 'state', DASHBOARD_TTL_MS, () => this.state(hospitalId, range.timezone, now)),
      this.store.get(hospitalId, `range:${range.from}..${range.to}`, DASHBOARD_TTL_MS, () => this.rangeNumbers(hospitalId, range, now)),
    ]);
    return {
      totalLeads: state.totalLeads,
      newLeadsThisMonth: state.newLeadsThisMonth,
      newLeads: inRange.newLeads,
      conversionRate: inRange.conversionRate,
      avgLeadScore: state.avgLeadScore,
      openTasks: state.openTasks,
      overdueTasks: state.overdueTasks,
      activeCampaigns: state.activeCampaigns,
      avgNps: inRange.avgNps,
      npsResponses: inRange.npsResponses,
      range: rangeView(range),
      // The older of the two parts: how old the numbers shown may be.
      generatedAt: state.generatedAt < inRange.generatedAt ? state.generatedAt : inRange.generatedAt,
    };
  }

  private async state(hospitalId: string, timezone: string, now: Date): Promise<HospitalState> {
    const monthStart = hospitalMonthStart(now, timezone);
    const [[leads], [tasks], activeCampaigns] = await Promise.all([
      this.prisma.$queryRaw<Array<{ total: number; newThisMonth: number; avgOpenScore: number | null }>>`
        SELECT count(*)::int AS total,
          count(*) FILTER (WHERE l."createdAt" >= ${monthStart})::int AS "newThisMonth",
          (avg(l.score) FILTER (WHERE l.status IN ('NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED')))::float8 AS "avgOpenScore"
        FROM "CRMLead" l WHERE l."hospitalId" = ${hospitalId}::uuid AND l."deletedAt" IS NULL`,
      this.prisma.$queryRaw<Array<{ open: number; overdue: number }>>`
        SELECT count(*)::int AS open,
          count(*) FILTER (WHERE t.status = 'OVERDUE' OR t."dueDate" < ${now})::int AS overdue
        FROM "CRMTask" t WHERE t."hospitalId" = ${hospitalId}::uuid AND t.status IN ('PENDING', 'IN_PROGRESS', 'OVERDUE')`,
      this.prisma.cRMCampaign.count({ where: { hospitalId, status: 'RUNNING' } }),
    ]);
    return {
      totalLeads: leads.total,
      newLeadsThisMonth: leads.newThisMonth,
      avgLeadScore: leads.avgOpenScore === null ? null : Math.round(leads.avgOpenScore * 10) / 10,
      openTasks: tasks.open,
      overdueTasks: tasks.overdue,
      activeCampaigns,
      generatedAt: now.toISOString(),
    };
  }

  private async rangeNumbers(hospitalId: string, range: ReportRange, now: Date): Promise<RangeNumbers> {
    const [[leads], nps] = await Promise.all([
      // Only the leads created in the range: an index range scan, not the hospital's every lead.
      this.prisma.$queryRaw<Array<{ created: number; converted: number; lost: number }>>`
        SELECT count(*)::int AS created,
          count(*) FILTER (WHERE l.status = 'CONVERTED')::int AS converted,
          count(*) FILTER (WHERE l.status = 'LOST')::int AS lost
        FROM "CRMLead" l
        WHERE l."hospitalId" = ${hospitalId}::uuid AND l."deletedAt" IS NULL AND l."createdAt" >= ${range.start} AND l."createdAt" < ${range.end}`,
      this.prisma.cRMSurveyResponse.groupBy({
        by: ['npsScore'],
        where: { hospitalId, npsScore: { not: null }, submittedAt: { gte: range.start, lt: range.end } },
        _count: { _all: true },
      }),
    ]);
    const npsSummary = npsFromCounts(new Map(nps.map((row) => [row.npsScore!, row._count._all])));
    return {
      newLeads: leads.created,
      conversionRate: percent(leads.converted, leads.converted + leads.lost),
      avgNps: npsSummary.nps,
      npsResponses: npsSummary.total,
      generatedAt: now.toISOString(),
    };
  }
}
