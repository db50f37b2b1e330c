import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  COMMUNICATION_CHANNELS,
  COMMUNICATION_DIRECTIONS,
  COMMUNICATION_STATUSES,
  type CommunicationChannel,
  type CommunicationDirection,
  type CommunicationStatus,
} from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { DateFilter, EnumListFilter, UuidFilter } from '../../common/pagination/filter-decorators';

export class QueryCommunicationsDto extends PaginationQueryDto {
  @EnumListFilter(COMMUNICATION_CHANNELS)
  channel?: CommunicationChannel[];

  @ApiPropertyOptional({ enum: COMMUNICATION_DIRECTIONS })
  @IsOptional()
  @IsIn(COMMUNICATION_DIRECTIONS)
  direction?: CommunicationDirection;

  @EnumListFilter(COMMUNICATION_STATUSES)
  status?: CommunicationStatus[];

  @UuidFilter()
  leadId?: string;

  @UuidFilter()
  patientId?: string;

  @UuidFilter()
  campaignId?: string;

  @DateFilter('2026-11-01T00:00:00Z')
  from?: string;

  @DateFilter('2026-12-01T00:00:00Z')
  to?: string;
}

export class CommunicationStatsQueryDto {
  @DateFilter('2026-11-01T00:00:00Z', 'Default: 30 days before `to`')
  from?: string;

  @DateFilter('2026-12-01T00:00:00Z', 'Default: now')
  to?: string;
}
