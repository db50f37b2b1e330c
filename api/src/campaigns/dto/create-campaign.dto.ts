import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsIn, IsNumber, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CAMPAIGN_TYPES, SEED_AUDIENCE_EXAMPLE, SENDABLE_CHANNELS, type CampaignType, type SendableChannel } from '@hospital-crm/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const AUDIENCE_DESCRIPTION =
  'The seed’s targeting JSON; every filter optional, all given must match. ageRange, gender and departments narrow patients and leads; ' +
  'lastVisit and conditions narrow patients only; engagementScore and tags narrow leads only. Contacts who opted out of marketing, ' +
  'are tagged do-not-contact or an excludeTags tag, or whose address is suppressed on the channel are never included (doNotMarket may only be false). ' +
  'Unknown filters are refused (400 naming the field).';

/**
 * A campaign is created as a DRAFT. Status, counters, totalRecipients and the hospital are never
 * taken from the body: they are not fields here, and unknown fields are refused (400).
 */
export class CreateCampaignDto {
  @ApiProperty({ example: 'Diabetes care week', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Free HbA1c check for patients and interested leads', maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ enum: CAMPAIGN_TYPES, example: 'HEALTH_CAMP' })
  @IsIn(CAMPAIGN_TYPES)
  campaignType!: CampaignType;

  @ApiProperty({ enum: SENDABLE_CHANNELS, example: 'EMAIL' })
  @IsIn(SENDABLE_CHANNELS, { message: `channel must be one of ${SENDABLE_CHANNELS.join(', ')}` })
  channel!: SendableChannel;

  @ApiProperty({ format: 'uuid', description: 'An active template of this hospital for the same channel (422 otherwise)' })
  @IsUUID()
  templateId!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: SEED_AUDIENCE_EXAMPLE, description: AUDIENCE_DESCRIPTION })
  @IsObject()
  audience!: Record<string, unknown>;

  @ApiPropertyOptional({ example: 0.25, minimum: 0, nullable: true, description: 'What one message costs, for the campaign’s cost and ROI' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(999_999)
  costPerMessage?: number | null;

  @ApiPropertyOptional({ example: 5000, minimum: 0, nullable: true, description: 'Launch is refused (422) when the audience would cost more' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(9_999_999_999)
  budget?: number | null;

  @ApiPropertyOptional({
    example: '2026-12-01T09:00:00Z',
    nullable: true,
    description: 'The planned start (in the future): launching without a startAt schedules the campaign for this time',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  scheduledAt?: string | null;
}
