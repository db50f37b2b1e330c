import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { UpdateLeadStatusDto } from './update-status.dto';

/** A Kanban drop: the destination column (status) and the card's 0-based slot in it. */
export class MoveLeadDto extends UpdateLeadStatusDto {
  @ApiProperty({ example: 0, minimum: 0, description: '0-based index in the destination column' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  position!: number;
}
