import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';

export class AssignLeadDto {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'An active staff member of the hospital; null unassigns' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  assignedToId!: string | null;
}
