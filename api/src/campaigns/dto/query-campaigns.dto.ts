import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, SENDABLE_CHANNELS, type CampaignStatus, type CampaignType, type SendableChannel } from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { DateFilter, EnumListFilter } from '../../common/pagination/filter-decorators';

export class QueryCampaignsDto extends PaginationQueryDto {
  @EnumListFilter(CAMPAIGN_STATUSES)
  status?: CampaignStatus[];

  @EnumListFilter(CAMPAIGN_TYPES)
  campaignType?: CampaignType[];

  @EnumListFilter(SENDABLE_CHANNELS)
  channel?: SendableChannel[];

  @DateFilter('2026-11-01T00:00:00Z')
  createdFrom?: string;

  @DateFilter('2026-11-30T23:59:59Z')
  createdTo?: string;

  @ApiPropertyOptional({
    description: "A birthday campaign's id: lists its daily runs. Without it, runs are left out of the list.",
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  parentCampaignId?: string;

  @ApiPropertyOptional({ description: 'Part of the name; case-insensitive', example: 'diabetes' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
