import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { GENDERS, type Gender } from '@hospital-crm/domain';

/** Optional patient details that the lead may not have; the rest is copied from the lead. */
export class ConvertLeadDto {
  @ApiPropertyOptional({ example: 'CGH-MRN-01234', description: 'Medical record number; generated when omitted' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  mrn?: string;

  @ApiPropertyOptional({ example: '1980-04-12', format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  dateOfBirth?: string;

  @ApiPropertyOptional({ enum: GENDERS })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;

  @ApiPropertyOptional({ example: '12 Park Street' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}
