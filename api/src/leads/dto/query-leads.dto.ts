import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LEAD_SOURCES, LEAD_STATUSES, type LeadSource, type LeadStatus } from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { toList } from '../../common/pagination/query-transforms';

export const LEAD_SORT_FIELDS = ['id', 'createdAt', 'updatedAt', 'score', 'nextFollowUpAt', 'lastName', 'position', 'leadNumber'] as const;
export type LeadSortField = (typeof LEAD_SORT_FIELDS)[number];

export class QueryLeadsDto extends PaginationQueryDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only these leads (the console fetches several by id)' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ enum: LEAD_STATUSES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(LEAD_STATUSES, { each: true })
  status?: LeadStatus[];

  @ApiPropertyOptional({ enum: LEAD_SOURCES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(LEAD_SOURCES, { each: true })
  source?: LeadSource[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Assignee; "none" for unassigned leads' })
  @IsOptional()
  @Transform(({ value }) => (value === 'none' ? null : value))
  @IsUUID('all', { message: 'assignedToId must be a UUID or "none"' })
  assignedToId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Leads carrying any of these tags' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
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

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsDateString()
  createdFrom?: string;

  @ApiPropertyOptional({ example: '2026-11-30T23:59:59Z' })
  @IsOptional()
  @IsDateString()
  createdTo?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString()
  followUpFrom?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString()
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
