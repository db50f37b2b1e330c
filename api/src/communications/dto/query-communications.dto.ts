import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsDateString, IsIn, IsOptional, IsUUID } from 'class-validator';
import { COMMUNICATION_CHANNELS, COMMUNICATION_DIRECTIONS, COMMUNICATION_STATUSES, type CommunicationChannel, type CommunicationDirection, type CommunicationStatus } from '@hospital-crm/domain';
import { PaginationQueryDto } from '../../common/pagination/pagination-query.dto';
import { toList } from '../../common/pagination/query-transforms';

export class QueryCommunicationsDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: COMMUNICATION_CHANNELS, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(COMMUNICATION_CHANNELS, { each: true })
  channel?: CommunicationChannel[];

  @ApiPropertyOptional({ enum: COMMUNICATION_DIRECTIONS })
  @IsOptional()
  @IsIn(COMMUNICATION_DIRECTIONS)
  direction?: CommunicationDirection;

  @ApiPropertyOptional({ enum: COMMUNICATION_STATUSES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(COMMUNICATION_STATUSES, { each: true })
  status?: CommunicationStatus[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsDateString()
  to?: string;
}

export class CommunicationStatsQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'Default: 30 days before `to`' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'Default: now' })
  @IsOptional()
  @IsDateString()
  to?: string;
}
