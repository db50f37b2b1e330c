import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DateFilter } from '../../common/pagination/filter-decorators';

export const TREND_INTERVALS = ['day', 'week', 'month'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

export class SurveyAnalyticsQueryDto {
  @DateFilter('2026-01-01T00:00:00Z', 'Responses submitted at or after (default: a year before `to`)')
  from?: string;

  @DateFilter('2027-01-01T00:00:00Z', 'Responses submitted before (default: now)')
  to?: string;

  @ApiPropertyOptional({ enum: TREND_INTERVALS, default: 'month', description: "Trend buckets, in the hospital's time zone (weeks start on Monday)" })
  @IsOptional()
  @IsIn(TREND_INTERVALS)
  interval: TrendInterval = 'month';
}
