import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { TASK_PRIORITIES, TASK_TYPES, type TaskPriority, type TaskType } from '@hospital-crm/domain';
import { Optional } from '../../common/validation/optional';

export class CreateTaskDto {
  @ApiProperty({ example: 'Call back about cardiology consult' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ example: 'Patient asked for an evening slot' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ enum: TASK_TYPES, example: 'FOLLOW_UP_CALL' })
  @IsIn(TASK_TYPES)
  taskType!: TaskType;

  @ApiPropertyOptional({ enum: TASK_PRIORITIES, default: 'MEDIUM' })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiProperty({ example: '2026-11-25T10:00:00Z' })
  @IsDateString()
  dueDate!: string;

  @ApiProperty({ format: 'uuid', description: 'An active staff member of the hospital' })
  @IsUUID()
  assignedToId!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional({ example: [1440, 60], type: [Number], description: "Minutes before due; the hospital's default when omitted" })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(43_200, { each: true })
  reminderMinutesBefore?: number[];
}
