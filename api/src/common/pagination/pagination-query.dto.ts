import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@hospital-crm/domain';

// Deep offsets cost a scan of every skipped row, and a huge page overflows the database's integer.
export const MAX_PAGE = 10_000;

/** `page` and `limit` as the seed specifies: default 20, at most 100. Extend per resource. */
export class PaginationQueryDto {
  @ApiPropertyOptional({ example: 1, minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ example: DEFAULT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'desc';
}

export function skipFor(query: Pick<PaginationQueryDto, 'page' | 'limit'>): number {
  return (query.page - 1) * query.limit;
}

/** A list response: the items under the resource's key, plus page, limit and total. */
export function paginated<K extends string, T>(key: K, items: T[], query: Pick<PaginationQueryDto, 'page' | 'limit'>, total: number) {
  return { [key]: items, page: query.page, limit: query.limit, total } as Record<K, T[]> & { page: number; limit: number; total: number };
}
