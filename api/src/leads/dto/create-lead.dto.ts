import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { GENDERS, LEAD_SOURCES, type Gender, type LeadSource } from '@hospital-crm/domain';
import { Optional } from '../../common/validation/optional';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// Stored without spaces, dashes, dots or parentheses so duplicates are found however typed.
const normalizePhone = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s().-]/g, '') : value);
const PHONE = /^\+?\d{6,15}$/;

/** The fields a person may set when creating a lead; number, score, status come from the system. */
export class CreateLeadDto {
  @ApiProperty({ example: 'John' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName!: string;

  @ApiProperty({ example: 'Doe' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName!: string;

  @ApiPropertyOptional({ example: '+1234567890' })
  @IsOptional()
  @Transform(normalizePhone)
  @Matches(PHONE, { message: 'phone must be a phone number: 6 to 15 digits, optionally starting with +' })
  phone?: string;

  @ApiPropertyOptional({ example: 'john@example.com' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiProperty({ enum: LEAD_SOURCES, example: 'WEBSITE' })
  @IsIn(LEAD_SOURCES)
  source!: LeadSource;

  @ApiPropertyOptional({ example: 'Spring health fair' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sourceDetail?: string;

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

  @ApiPropertyOptional({ example: ['Cardiology', 'General Checkup'], type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  interestedIn?: string[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  preferredDoctorId?: string | null;

  @ApiPropertyOptional({ example: '2026-12-01T10:00:00Z', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDateString()
  preferredDate?: string | null;

  @ApiPropertyOptional({ example: '2026-11-25T10:00:00Z', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDateString()
  nextFollowUpAt?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  assignedToId?: string | null;

  @ApiPropertyOptional({ example: 'Inquiry about heart checkup packages' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;

  @ApiPropertyOptional({ example: false })
  @Optional()
  @IsBoolean()
  doNotMarket?: boolean;

  @ApiPropertyOptional({ format: 'uuid', type: [String], description: 'Tags to attach' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  tagIds?: string[];
}
