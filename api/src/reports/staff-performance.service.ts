import { Injectable } from '@nestjs/common';
import { summarizeDurations, type ReportRange } from '@hospital-crm/domain';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { taskCounts } from './queries/activity-queries';
import { conversionsInRange, firstResponses, type FirstResponseRow } from './queries/lead-queries';
import { activeStaff, byName, staffByIds } from './queries/staff-directory';
import { rangeView } from './report-ranges';
import { summarizeTasks } from './task-summary';

/**
 * GET /crm/reports/staff-performance, per member of staff: leads created in the range and
 * assigned to them, leads of theirs converted in the range, tasks due in the range (completed, on
 * time), and how soon their new leads first heard from the hospital.
 */
@Injectable()
export class StaffPerformanceService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async build(hospitalId: string, range: ReportRange, now = new Date()) {
    const [responses, conversions, tasks, active] = await Promise.all([
      firstResponses(this.prisma, hospitalId, range),
      conversionsInRange(this.prisma, hospitalId, range),
      taskCounts(this.prisma, hospitalId, range, now),
      activeStaff(this.prisma, hospitalId),
    ]);
    // Everyone active, and anyone no longer active who still has numbers in the range.
    const others = await staffByIds(this.prisma, hospitalId, [
      ...responses.map((r) => r.staffId),
      ...conversions.map((c) => c.staffId),
      ...tasks.map((t) => t.staffId),
    ]);
    const people = [...new Map([...active, ...others.values()].map((s) => [s.id, s])).values()].sort(byName);
    const conversionsOf = (id: string | null) => conversions.filter((c) => c.staffId === id).reduce((sum, c) => sum + c.n, 0);
    const line = (responseRows: FirstResponseRow[], converted: number, taskRows: typeof tasks) => ({
      leads: { assigned: responseRows.length, conversions: converted },
      tasks: summarizeTasks(taskRows),
      firstResponse: firstResponse(responseRows),
    });
    return {
      range: rangeView(range),
      staff: people.map((s) => ({
        staff: s,
        ...line(
          responses.filter((r) => r.staffId === s.id),
          conversionsOf(s.id),
          tasks.filter((t) => t.staffId === s.id),
        ),
      })),
      // The hospital as a whole (assigned leads only; conversions of unowned leads included).
      totals: line(
        responses,
        conversions.reduce((sum, c) => sum + c.n, 0),
        tasks,
      ),
    };
  }
}

function firstResponse(rows: readonly FirstResponseRow[]) {
  const answered = rows.filter((r): r is FirstResponseRow & { ms: number } => r.ms !== null).map((r) => r.ms);
  const { medianHours, averageHours } = summarizeDurations(answered);
  return { responded: answered.length, awaiting: rows.length - answered.length, medianHours, averageHours };
}
