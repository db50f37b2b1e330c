import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** Who the visit was for and with: the patient by id or by MRN (one is required), and optionally the doctor and department. */
export class VisitReportDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The patient (or give patientMrn)' })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @ApiPropertyOptional({ example: 'MRN-000123', description: "The patient's medical record number in this hospital" })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  patientMrn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A doctor of this hospital (per-doctor survey analytics)' })
  @IsOptional()
  @IsUUID()
  doctorId?: string;

  @ApiPropertyOptional({ example: 'cardiology' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string;
}

export class AppointmentCompletedDto extends VisitReportDto {
  @ApiProperty({ format: 'uuid', description: "The host system's appointment id; created here if new" })
  @IsUUID()
  appointmentId!: string;

  @ApiPropertyOptional({ example: '2026-11-20T09:30:00Z', description: 'Defaults to completedAt for a new appointment' })
  @IsOptional()
  @IsDateString()
  scheduledAt?: string;

  @ApiPropertyOptional({ example: '2026-11-20T10:05:00Z', description: 'Default: now. The survey delay counts from it' })
  @IsOptional()
  @IsDateString()
  completedAt?: string;
}

export class AdmissionDischargedDto extends VisitReportDto {
  @ApiProperty({ format: 'uuid', description: "The host system's admission id; created here if new" })
  @IsUUID()
  admissionId!: string;

  @ApiPropertyOptional({ example: '2026-11-15T14:00:00Z', description: 'Defaults to dischargedAt for a new admission' })
  @IsOptional()
  @IsDateString()
  admittedAt?: string;

  @ApiPropertyOptional({ example: '2026-11-20T11:00:00Z', description: 'Default: now. The survey delay counts from it' })
  @IsOptional()
  @IsDateString()
  dischargedAt?: string;
}
