import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ImportLeadsQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Import rows whose phone or email matches an open lead' })
  @IsOptional()
  @IsIn(['true', 'false'])
  allowDuplicates?: 'true' | 'false';

  @ApiPropertyOptional({ example: 'health-camp-march.csv', description: "Shown on each lead's timeline and in the job" })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string;
}
