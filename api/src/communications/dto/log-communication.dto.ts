import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { COMMUNICATION_CHANNELS, COMMUNICATION_DIRECTIONS, type CommunicationChannel, type CommunicationDirection } from '@hospital-crm/domain';
import { Optional } from '../../common/validation/optional';

/** A conversation that already happened (a call, a visit, a message sent outside the CRM). */
export class LogCommunicationDto {
  @ApiProperty({ enum: COMMUNICATION_CHANNELS, example: 'PHONE_CALL' })
  @IsIn(COMMUNICATION_CHANNELS)
  channel!: CommunicationChannel;

  @ApiProperty({ enum: COMMUNICATION_DIRECTIONS, example: 'OUTBOUND' })
  @IsIn(COMMUNICATION_DIRECTIONS)
  direction!: CommunicationDirection;

  @ApiPropertyOptional({ format: 'uuid', description: 'The lead this was with (a lead or a patient is required)' })
  @IsOptional()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The patient this was with' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional({ example: 'Interested; wants an evening slot' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  outcome?: string;

  @ApiPropertyOptional({ example: 240, description: 'Seconds, for calls and visits' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  durationSeconds?: number;

  @ApiPropertyOptional({ example: 'Asked about cardiology packages and prices' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;

  @ApiPropertyOptional({ example: 'Question about reports' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  subject?: string;

  @ApiPropertyOptional({ description: 'When it happened; now when omitted (not in the future)', example: '2026-11-23T09:30:00Z' })
  @IsOptional()
  @IsDateString()
  occurredAt?: string;

  @ApiPropertyOptional({ description: 'For a logged outbound message: did the person answer?', example: true })
  @Optional()
  @IsBoolean()
  responded?: boolean;
}
