import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class DeactivateUserDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Who takes over the user's open tasks and leads; required when there are any" })
  @IsOptional()
  @IsUUID()
  reassignToId?: string;
}
