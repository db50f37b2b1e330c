import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { USER_ROLES, type UserRole } from '@hospital-crm/domain';

/** Roles a hospital admin may give; super admins are made outside any hospital. */
export const HOSPITAL_ROLES = USER_ROLES.filter((role) => role !== 'SUPER_ADMIN') as Exclude<UserRole, 'SUPER_ADMIN'>[];

export class ChangeRoleDto {
  @ApiProperty({ enum: HOSPITAL_ROLES, example: 'RECEPTIONIST' })
  @IsIn(HOSPITAL_ROLES)
  role!: Exclude<UserRole, 'SUPER_ADMIN'>;
}
