import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional } from 'class-validator';

export class LaunchCampaignDto {
  @ApiPropertyOptional({
    example: '2026-12-01T09:00:00Z',
    description: 'Start later (in the future, at most a year ahead): the campaign is SCHEDULED. Default: the draft’s scheduledAt if still ahead, else now.',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  startAt?: string;
}

export class ScheduleCampaignDto {
  @ApiProperty({ example: '2026-12-02T09:00:00Z', description: 'The new start of a SCHEDULED campaign (in the future, at most a year ahead)' })
  @IsDateString({ strict: true })
  startAt!: string;
}
