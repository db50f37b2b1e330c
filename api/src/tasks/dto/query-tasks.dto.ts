import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES, type TaskPriority, type TaskStatus, type TaskType } from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { toList } from '../../common/pagination/query-transforms';

export const TASK_SORT_FIELDS = ['id', 'dueDate', 'createdAt', 'priority', 'status', 'title'] as const;

export class QueryTasksDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: TASK_STATUSES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(TASK_STATUSES, { each: true })
  status?: TaskStatus[];

  @ApiPropertyOptional({ enum: TASK_TYPES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(TASK_TYPES, { each: true })
  taskType?: TaskType[];

  @ApiPropertyOptional({ enum: TASK_PRIORITIES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(TASK_PRIORITIES, { each: true })
  priority?: TaskPriority[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assignedToId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString()
  dueFrom?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString()
  dueTo?: string;

  @ApiPropertyOptional({ description: 'Part of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsUUID('all', { each: true })
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
