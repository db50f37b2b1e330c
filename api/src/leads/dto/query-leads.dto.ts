import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LEAD_SOURCES, LEAD_STATUSES, type LeadSource, type LeadStatus } from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { DateFilter, EnumListFilter, UuidListFilter } from '../../common/pagination/filter-decorators';

export const LEAD_SORT_FIELDS = ['id', 'createdAt', 'updatedAt', 'score', 'nextFollowUpAt', 'lastName', 'position', 'leadNumber'] as const;
export type LeadSortField = (typeof LEAD_SORT_FIELDS)[number];

export class QueryLeadsDto extends PaginationQueryDto {
  @UuidListFilter('Only these leads (the console fetches several by id)')
  @ArrayMaxSize(100)
  ids?: string[];

  @EnumListFilter(LEAD_STATUSES)
  status?: LeadStatus[];

  @EnumListFilter(LEAD_SOURCES)
  source?: LeadSource[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Assignee; "none" for unassigned leads' })
  @IsOptional()
  @Transform(({ value }) => (value === 'none' ? null : value))
  @IsUUID('all', { message: 'assignedToId must be a UUID or "none"' })
  assignedToId?: string | null;

  @UuidListFilter('Leads carrying any of these tags')
  @ArrayMaxSize(20)
  tagIds?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  scoreMin?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  scoreMax?: number;

  @DateFilter('2026-11-01T00:00:00Z')
  createdFrom?: string;

  @DateFilter('2026-11-30T23:59:59Z')
  createdTo?: string;

  @DateFilter()
  followUpFrom?: string;

  @DateFilter()
  followUpTo?: string;

  @ApiPropertyOptional({ description: 'Part of a name, phone number or email; case-insensitive', example: 'doe' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: LEAD_SORT_FIELDS, default: 'createdAt' })
  @IsOptional()
  @IsIn(LEAD_SORT_FIELDS)
  sort: LeadSortField = 'createdAt';
}
