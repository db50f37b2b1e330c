import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { REPORT_INTERVALS, type ReportInterval } from '@hospital-crm/domain';

const LOCAL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** from/to are calendar days in the hospital's time zone, both included. */
export class ReportRangeQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: "First day (YYYY-MM-DD, hospital's zone). Default: 29 days before `to`" })
  @IsOptional()
  @Matches(LOCAL_DAY, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: "Last day, included (YYYY-MM-DD, hospital's zone). Default: today there" })
  @IsOptional()
  @Matches(LOCAL_DAY, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

/** A range plus the width of a series' buckets. */
export class ReportSeriesQueryDto extends ReportRangeQueryDto {
  @ApiPropertyOptional({ enum: REPORT_INTERVALS, default: 'day', description: 'Series buckets: local days, ISO weeks (from Monday) or months' })
  @IsOptional()
  @IsIn(REPORT_INTERVALS)
  interval?: ReportInterval;
}
