import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';
import type { CommunicationChannel } from '@hospital-crm/domain';

const ASSIGNMENT_STRATEGIES = ['OFF', 'ROUND_ROBIN', 'LEAST_LOADED'] as const;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Every field optional: PUT changes what it names and leaves the rest. */
export class UpdateSettingsDto {
  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  autoAssignLeads?: boolean;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STRATEGIES, example: 'ROUND_ROBIN' })
  @IsOptional()
  @IsIn(ASSIGNMENT_STRATEGIES)
  assignmentStrategy?: (typeof ASSIGNMENT_STRATEGIES)[number];

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  autoFollowUpTask?: boolean;

  @ApiPropertyOptional({ example: 24, minimum: 1, maximum: 720 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  followUpTaskDueHours?: number;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  autoSurveyEnabled?: boolean;

  @ApiPropertyOptional({ example: 24, minimum: 0, maximum: 720 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  surveyDelayHours?: number;

  @ApiPropertyOptional({ enum: ['EMAIL', 'SMS', 'WHATSAPP'] })
  @IsOptional()
  @IsIn(['EMAIL', 'SMS', 'WHATSAPP'])
  surveyChannel?: Extract<CommunicationChannel, 'EMAIL' | 'SMS' | 'WHATSAPP'>;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  postVisitSurveyId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  postDischargeSurveyId?: string | null;

  @ApiPropertyOptional({ example: '21:00', nullable: true, description: 'Local time HH:mm; null turns quiet hours off' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(HH_MM, { message: 'quietHoursStart must be HH:mm' })
  quietHoursStart?: string | null;

  @ApiPropertyOptional({ example: '08:00', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(HH_MM, { message: 'quietHoursEnd must be HH:mm' })
  quietHoursEnd?: string | null;

  @ApiPropertyOptional({ example: { EMAIL: 50, SMS: 20, WHATSAPP: 10 }, description: 'Messages per second per channel' })
  @IsOptional()
  @IsObject()
  rateLimits?: Partial<Record<CommunicationChannel, number>>;

  @ApiPropertyOptional({ example: 3, minimum: 0, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  frequencyCapPerWeek?: number;

  @ApiPropertyOptional({ example: [1440, 60], type: [Number], description: 'Minutes before due' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(43200, { each: true })
  taskReminderMinutes?: number[];

  @ApiPropertyOptional({ example: 30, minimum: 1, maximum: 365 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  attributionWindowDays?: number;
}
