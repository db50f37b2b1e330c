import { Injectable } from '@nestjs/common';
import { computeNps, hospitalDay, hospitalMonthStart, OPEN_LEAD_STATUSES, OPEN_TASK_STATUSES } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';

export interface DashboardMetrics {
  totalLeads: number;
  newLeadsThisMonth: number;
  /** Converted among leads that reached an outcome (converted or lost), in percent. */
  conversionRate: number | null;
  avgLeadScore: number | null;
  openTasks: number;
  overdueTasks: number;
  activeCampaigns: number;
  /** NPS over the last 90 days, -100..100. */
  avgNps: number | null;
  generatedAt: Date;
}

const TTL_MS = 5 * 60_000;
const NPS_WINDOW_DAYS = 90;

/** The seed's eight dashboard metrics, cached per hospital for five minutes (the seed's TTL). */
@Injectable()
export class DashboardMetricsService {
  private readonly cache = new Map<string, { at: number; value: DashboardMetrics }>();

  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async get(hospitalId: string, now = new Date()): Promise<DashboardMetrics> {
    const hit = this.cache.get(hospitalId);
    if (hit && now.getTime() - hit.at < TTL_MS) return hit.value;
    const value = await this.compute(hospitalId, now);
    this.cache.set(hospitalId, { at: now.getTime(), value });
    return value;
  }

  private async compute(hospitalId: string, now: Date): Promise<DashboardMetrics> {
    const hospital = await this.prisma.hospital.findUniqueOrThrow({ where: { id: hospitalId }, select: { timezone: true } });
    const monthStart = hospitalMonthStart(now, hospital.timezone);
    const leads = { hospitalId, deletedAt: null };
    const npsSince = new Date(hospitalDay(now, hospital.timezone).start.getTime() - NPS_WINDOW_DAYS * 86_400_000);
    const [total, newThisMonth, converted, lost, avgScore, openTasks, overdueTasks, activeCampaigns, npsScores] = await Promise.all([
      this.prisma.cRMLead.count({ where: leads }),
      this.prisma.cRMLead.count({ where: { ...leads, createdAt: { gte: monthStart } } }),
      this.prisma.cRMLead.count({ where: { ...leads, status: 'CONVERTED' } }),
      this.prisma.cRMLead.count({ where: { ...leads, status: 'LOST' } }),
      this.prisma.cRMLead.aggregate({ where: { ...leads, status: { in: [...OPEN_LEAD_STATUSES] } }, _avg: { score: true } }),
      this.prisma.cRMTask.count({ where: { hospitalId, status: { in: [...OPEN_TASK_STATUSES] } } }),
      this.prisma.cRMTask.count({ where: { hospitalId, OR: [{ status: 'OVERDUE' }, { status: { in: ['PENDING', 'IN_PROGRESS'] }, dueDate: { lt: now } }] } }),
      this.prisma.cRMCampaign.count({ where: { hospitalId, status: 'RUNNING' } }),
      this.prisma.cRMSurveyResponse.findMany({ where: { hospitalId, npsScore: { not: null }, submittedAt: { gte: npsSince } }, select: { npsScore: true } }),
    ]);
    const outcomes = converted + lost;
    const round1 = (n: number) => Math.round(n * 10) / 10;
    return {
      totalLeads: total,
      newLeadsThisMonth: newThisMonth,
      conversionRate: outcomes ? round1((converted / outcomes) * 100) : null,
      avgLeadScore: avgScore._avg.score === null ? null : round1(avgScore._avg.score),
      openTasks,
      overdueTasks,
      activeCampaigns,
      avgNps: computeNps(npsScores.map((r) => r.npsScore!)).nps,
      generatedAt: now,
    };
  }
}
