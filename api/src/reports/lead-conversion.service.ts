import { Injectable } from '@nestjs/common';
import type { ReportRange } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { cohortFunnel, summarizeBy, summarizeCohort } from './lead-cohort';
import { conversionTimes, leadStageRows } from './queries/lead-queries';
import { staffByIds } from './queries/staff-directory';
import { rangeView } from './report-ranges';

/**
 * GET /crm/reports/lead-conversion: the leads created in the range (the cohort) through the
 * pipeline, with conversion rate and time to convert by source and by owner.
 */
@Injectable()
export class LeadConversionService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async build(hospitalId: string, range: ReportRange) {
    const [rows, times] = await Promise.all([leadStageRows(this.prisma, hospitalId, range), conversionTimes(this.prisma, hospitalId, range)]);
    const staff = await staffByIds(
      this.prisma,
      hospitalId,
      rows.map((r) => r.staffId),
    );
    return {
      range: rangeView(range),
      totals: summarizeCohort(rows, times),
      funnel: cohortFunnel(rows),
      bySource: summarizeBy(rows, times, (r) => r.source).map(({ key, summary }) => ({ source: key, ...summary })),
      // `staff: null` gathers the leads nobody owns.
      byStaff: summarizeBy(rows, times, (r) => r.staffId).map(({ key, summary }) => ({ staff: key === null ? null : (staff.get(key) ?? null), ...summary })),
    };
  }
}
