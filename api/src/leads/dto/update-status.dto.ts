import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LEAD_STATUSES, type LeadStatus } from '@hospital-crm/domain';

export class UpdateLeadStatusDto {
  @ApiProperty({ enum: LEAD_STATUSES, example: 'CONTACTED' })
  @IsIn(LEAD_STATUSES)
  status!: LeadStatus;

  @ApiPropertyOptional({ example: 'Chose another provider', description: 'Required when moving to LOST' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
