import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { ReportRangeError, type ReportRange } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { onDashboardInvalidation } from './cache/dashboard-invalidation';
import { ReportRangeMemo } from './report-range-memo';
import type { ReportRangeQueryDto } from './dto/report-query.dto';

/**
 * Reads from/to in the hospital's own time zone; a bad range is a 400 naming the parameter.
 * The zone is kept a minute per hospital (a cached dashboard then needs no statement at all);
 * a zone change through the settings drops it with the hospital's dashboard.
 */
@Injectable()
export class ReportRanges implements OnModuleDestroy {
  private readonly zones = new LRUCache<string, string>({ max: 1_000, ttl: 60_000 });
  private readonly ranges = new ReportRangeMemo();
  private readonly unregister = onDashboardInvalidation((hospitalId) => {
    this.zones.delete(hospitalId);
    return Promise.resolve();
  });

  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async resolve(hospitalId: string, query: ReportRangeQueryDto, now = new Date()): Promise<ReportRange> {
    const timezone = await this.zone(hospitalId);
    try {
      return this.ranges.resolve({ from: query.from, to: query.to }, now, timezone);
    } catch (error) {
      if (error instanceof ReportRangeError) throw ApiError.badRequest(error.message, [{ field: error.field, messages: [error.message] }]);
      throw error;
    }
  }

  onModuleDestroy(): void {
    this.unregister();
  }

  private async zone(hospitalId: string): Promise<string> {
    const cached = this.zones.get(hospitalId);
    if (cached) return cached;
    const { timezone } = await this.prisma.hospital.findUniqueOrThrow({ where: { id: hospitalId }, select: { timezone: true } });
    this.zones.set(hospitalId, timezone);
    return timezone;
  }
}

/** The range as reports return it: local days, zone, and the instants they cover. */
export function rangeView(range: ReportRange) {
  return { from: range.from, to: range.to, timezone: range.timezone, start: range.start.toISOString(), end: range.end.toISOString() };
}
