import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { SENDABLE_CHANNELS, type SendableChannel } from '@hospital-crm/domain';
import { IsTemplateValues } from '../../templates';
import { Optional } from '../../common/validation/optional';

/** A message to a lead or patient, written here or rendered from a template, sent through its channel's provider. */
export class SendMessageDto {
  @ApiProperty({ enum: SENDABLE_CHANNELS, example: 'SMS' })
  @IsIn(SENDABLE_CHANNELS)
  channel!: SendableChannel;

  @ApiPropertyOptional({ format: 'uuid', description: 'The lead to write to (a lead or a patient is required)' })
  @IsOptional()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The patient to write to' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "A template for this channel; the recipient's and the hospital's details fill it" })
  @IsOptional()
  @IsUUID()
  templateId?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { appointmentDate: '12 March, 10:30' } })
  @Optional()
  @IsTemplateValues()
  variables?: Record<string, string>;

  @ApiPropertyOptional({ example: 'Your reports are ready', description: 'Email without a template' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  subject?: string;

  @ApiPropertyOptional({ example: 'Your reports are ready; collect them at the front desk.', description: 'The text, without a template' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body?: string;

  @ApiPropertyOptional({
    description:
      'Promotional: skipped for contacts who opted out, held during quiet hours, carries an unsubscribe link. Defaults to true for PROMOTION templates.',
  })
  @Optional()
  @IsBoolean()
  isMarketing?: boolean;
}

export class ScheduleMessageDto extends SendMessageDto {
  @ApiProperty({ example: '2026-12-01T09:00:00Z', description: 'When to send: in the future, at most a year ahead' })
  @IsDateString({ strict: true })
  sendAt!: string;
}

export class RescheduleMessageDto {
  @ApiProperty({ example: '2026-12-02T09:00:00Z' })
  @IsDateString({ strict: true })
  sendAt!: string;
}
