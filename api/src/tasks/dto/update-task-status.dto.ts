import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { TASK_STATUSES, type TaskStatus } from '@hospital-crm/domain';

export class UpdateTaskStatusDto {
  @ApiProperty({ enum: TASK_STATUSES, example: 'COMPLETED', description: 'OVERDUE is set by the system only' })
  @IsIn(TASK_STATUSES)
  status!: TaskStatus;

  @ApiPropertyOptional({ example: 'Booked for Thursday 5 pm' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcome?: string;
}
