import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsObject } from 'class-validator';
import { SEED_AUDIENCE_EXAMPLE, SENDABLE_CHANNELS, type SendableChannel } from '@hospital-crm/domain';
import { AUDIENCE_DESCRIPTION } from './create-campaign.dto';

/** What the live campaign builder asks while the audience is being edited. */
export class AudiencePreviewDto {
  @ApiProperty({ enum: SENDABLE_CHANNELS, example: 'EMAIL', description: 'Addresses and suppressions are per channel' })
  @IsIn(SENDABLE_CHANNELS, { message: `channel must be one of ${SENDABLE_CHANNELS.join(', ')}` })
  channel!: SendableChannel;

  @ApiProperty({ type: 'object', additionalProperties: true, example: SEED_AUDIENCE_EXAMPLE, description: AUDIENCE_DESCRIPTION })
  @IsObject()
  audience!: Record<string, unknown>;
}
