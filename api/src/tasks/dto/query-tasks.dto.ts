import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES, type TaskPriority, type TaskStatus, type TaskType } from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { DateFilter, EnumListFilter, UuidFilter, UuidListFilter } from '../../common/pagination/filter-decorators';

export const TASK_SORT_FIELDS = ['id', 'dueDate', 'createdAt', 'priority', 'status', 'title'] as const;

export class QueryTasksDto extends PaginationQueryDto {
  @EnumListFilter(TASK_STATUSES)
  status?: TaskStatus[];

  @EnumListFilter(TASK_TYPES)
  taskType?: TaskType[];

  @EnumListFilter(TASK_PRIORITIES)
  priority?: TaskPriority[];

  @UuidFilter()
  assignedToId?: string;

  @UuidFilter()
  leadId?: string;

  @UuidFilter()
  patientId?: string;

  @DateFilter()
  dueFrom?: string;

  @DateFilter()
  dueTo?: string;

  @ApiPropertyOptional({ description: 'Part of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @UuidListFilter()
  ids?: string[];

  @ApiPropertyOptional({ enum: TASK_SORT_FIELDS, default: 'dueDate' })
  @IsOptional()
  @IsIn(TASK_SORT_FIELDS)
  sort: (typeof TASK_SORT_FIELDS)[number] = 'dueDate';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  override order: 'asc' | 'desc' = 'asc';
}
