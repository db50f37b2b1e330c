import { Injectable } from '@nestjs/common';
import { bucketCounts, npsTrend, type ReportInterval, type ReportRange } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { CommunicationMetricsService } from './communication-metrics.service';
import { LeadConversionService } from './lead-conversion.service';
import { npsPerDay, taskCounts } from './queries/activity-queries';
import { leadsPerDay } from './queries/lead-queries';
import { byName, staffByIds } from './queries/staff-directory';
import { rangeView } from './report-ranges';
import { summarizeTasks } from './task-summary';

/** GET /crm/reports/charts: every series the dashboard's seven charts draw, for one range. */
@Injectable()
export class ChartsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly conversion: LeadConversionService,
    private readonly communications: CommunicationMetricsService,
  ) {}

  async build(hospitalId: string, range: ReportRange, interval: ReportInterval, now = new Date()) {
    const [cohort, messages, perDay, tasks, nps] = await Promise.all([
      this.conversion.build(hospitalId, range),
      this.communications.build(hospitalId, range, interval),
      leadsPerDay(this.prisma, hospitalId, range),
      taskCounts(this.prisma, hospitalId, range, now),
      npsPerDay(this.prisma, hospitalId, range),
    ]);
    const staff = await staffByIds(
      this.prisma,
      hospitalId,
      tasks.map((t) => t.staffId),
    );
    return {
      range: rangeView(range),
      interval,
      pipelineFunnel: cohort.funnel,
      leadsBySource: cohort.bySource.map((s) => ({ source: s.source, leads: s.leads })),
      leadTrend: bucketCounts(perDay, range.from, range.to, interval).map(({ bucket, counts }) => ({
        bucket,
        created: counts.created ?? 0,
        converted: counts.converted ?? 0,
      })),
      conversionBySource: cohort.bySource.map(({ source, leads, converted, lost, conversionRate }) => ({ source, leads, converted, lost, conversionRate })),
      taskCompletion: {
        ...summarizeTasks(tasks),
        byStaff: [...staff.values()].sort(byName).map((s) => ({ staff: s, ...summarizeTasks(tasks.filter((t) => t.staffId === s.id)) })),
      },
      npsTrend: npsTrend(nps, range.from, range.to, interval),
      communicationVolume: messages.series,
    };
  }
}
