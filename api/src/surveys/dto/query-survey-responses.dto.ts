import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { NPS_CATEGORIES, SENDABLE_CHANNELS, SENTIMENTS, type NpsCategory, type SendableChannel, type Sentiment } from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { DateFilter, EnumListFilter } from '../../common/pagination/filter-decorators';
import { toBoolean } from './query-surveys.dto';

export class QuerySurveyResponsesDto extends PaginationQueryDto {
  @DateFilter('2026-11-01T00:00:00Z', 'Submitted at or after')
  submittedFrom?: string;

  @DateFilter('2026-12-01T00:00:00Z', 'Submitted before')
  submittedTo?: string;

  @EnumListFilter(NPS_CATEGORIES, 'PROMOTER 9-10, PASSIVE 7-8, DETRACTOR 0-6')
  npsCategory?: NpsCategory[];

  @EnumListFilter(SENTIMENTS)
  sentiment?: Sentiment[];

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  requiresFollowUp?: boolean;

  @EnumListFilter(SENDABLE_CHANNELS, 'The channel the invitation went by')
  channel?: SendableChannel[];
}
