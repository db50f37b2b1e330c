import { Injectable } from '@nestjs/common';
import { resolveReportRange, ReportRangeError, type ReportRange } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { ReportRangeQueryDto } from './dto/report-query.dto';

/** Reads from/to in the hospital's own time zone; a bad range is a 400 naming the parameter. */
@Injectable()
export class ReportRanges {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async resolve(hospitalId: string, query: ReportRangeQueryDto, now = new Date()): Promise<ReportRange> {
    const { timezone } = await this.prisma.hospital.findUniqueOrThrow({ where: { id: hospitalId }, select: { timezone: true } });
    try {
      return resolveReportRange({ from: query.from, to: query.to }, now, timezone);
    } catch (error) {
      if (error instanceof ReportRangeError) throw ApiError.badRequest(error.message, [{ field: error.field, messages: [error.message] }]);
      throw error;
    }
  }
}

/** The range as reports return it: local days, zone, and the instants they cover. */
export function rangeView(range: ReportRange) {
  return { from: range.from, to: range.to, timezone: range.timezone, start: range.start.toISOString(), end: range.end.toISOString() };
}
