import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsTimeZone, IsUUID, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { SENDABLE_CHANNELS, type SendableChannel } from '@hospital-crm/domain';
import { RateLimitsDto } from './rate-limits.dto';
import { Optional } from '../../common/validation/optional';

const ASSIGNMENT_STRATEGIES = ['OFF', 'ROUND_ROBIN', 'LEAST_LOADED'] as const;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Every field optional: PUT changes what it names and leaves the rest. */
export class UpdateSettingsDto {
  @ApiPropertyOptional({ example: true })
  @Optional()
  @IsBoolean()
  autoAssignLeads?: boolean;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STRATEGIES, example: 'ROUND_ROBIN' })
  @Optional()
  @IsIn(ASSIGNMENT_STRATEGIES)
  assignmentStrategy?: (typeof ASSIGNMENT_STRATEGIES)[number];

  @ApiPropertyOptional({ example: true })
  @Optional()
  @IsBoolean()
  autoFollowUpTask?: boolean;

  @ApiPropertyOptional({ example: 24, minimum: 1, maximum: 720 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(720)
  followUpTaskDueHours?: number;

  @ApiPropertyOptional({ example: false })
  @Optional()
  @IsBoolean()
  autoSurveyEnabled?: boolean;

  @ApiPropertyOptional({ example: 24, minimum: 0, maximum: 720 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(720)
  surveyDelayHours?: number;

  @ApiPropertyOptional({ enum: SENDABLE_CHANNELS })
  @Optional()
  @IsIn(SENDABLE_CHANNELS)
  surveyChannel?: SendableChannel;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'An active survey of this hospital (422 otherwise) sent after appointments' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  postVisitSurveyId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'An active survey of this hospital (422 otherwise) sent after discharges' })
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

  @ApiPropertyOptional({ example: 'Asia/Kolkata', description: "The hospital's IANA time zone: days, months, quiet hours and reports are local to it" })
  @Optional()
  @IsTimeZone({ message: 'timezone must be an IANA time zone such as Asia/Kolkata' })
  timezone?: string;

  @ApiPropertyOptional({
    type: RateLimitsDto,
    description: 'Messages per second per channel (positive); replaces the whole set, a channel left out has no limit',
  })
  @Optional()
  @ValidateNested()
  @Type(() => RateLimitsDto)
  rateLimits?: RateLimitsDto;

  @ApiPropertyOptional({ example: 3, minimum: 0, maximum: 50 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(50)
  frequencyCapPerWeek?: number;

  @ApiPropertyOptional({ example: [1440, 60], type: [Number], description: 'Minutes before due' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(43200, { each: true })
  taskReminderMinutes?: number[];

  @ApiPropertyOptional({ example: 30, minimum: 1, maximum: 365 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(365)
  attributionWindowDays?: number;
}
