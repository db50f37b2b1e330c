import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';

export class QueryTagsDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name; case-insensitive', example: 'vi' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ description: 'Exact category; case-insensitive', example: 'Priority' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  category?: string;

  // Tags read alphabetically unless asked otherwise.
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  override order: 'asc' | 'desc' = 'asc';
}
