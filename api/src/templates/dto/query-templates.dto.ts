import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TEMPLATE_CATEGORIES, TEMPLATE_CHANNELS, type TemplateCategory, type TemplateChannel } from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { toList } from '../../common/pagination/query-transforms';

export const TEMPLATE_SORT_FIELDS = ['name', 'channel', 'category', 'createdAt', 'updatedAt', 'id'] as const;

export class QueryTemplatesDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: TEMPLATE_CHANNELS, isArray: true, example: ['SMS'] })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(TEMPLATE_CHANNELS, { each: true })
  channel?: TemplateChannel[];

  @ApiPropertyOptional({ enum: TEMPLATE_CATEGORIES, isArray: true, example: ['APPOINTMENT_REMINDER'] })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(TEMPLATE_CATEGORIES, { each: true })
  category?: TemplateCategory[];

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ description: 'Part of the name, subject or text; case-insensitive', example: 'reminder' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only these templates (the console fetches several by id)' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ enum: TEMPLATE_SORT_FIELDS, default: 'name' })
  @IsOptional()
  @IsIn(TEMPLATE_SORT_FIELDS)
  sort: (typeof TEMPLATE_SORT_FIELDS)[number] = 'name';

  // Templates read alphabetically unless asked otherwise.
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  override order: 'asc' | 'desc' = 'asc';
}
