import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CreateLeadDto } from './create-lead.dto';

/** Optional patient details that the lead may not have; the rest is copied from the lead. */
export class ConvertLeadDto extends PickType(CreateLeadDto, ['dateOfBirth', 'gender', 'address'] as const) {
  @ApiPropertyOptional({ example: 'CGH-MRN-01234', description: 'Medical record number; generated when omitted' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  mrn?: string;
}
