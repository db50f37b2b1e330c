import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsUUID } from 'class-validator';

export class AttachTagsDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: ['0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b'],
    description: 'Tags of this hospital; already attached ones are left as they are',
  })
  @IsArray()
  @ArrayNotEmpty({ message: 'tagIds must name at least one tag' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'each tagId must be a UUID' })
  tagIds!: string[];
}
