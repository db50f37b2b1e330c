import { PartialType } from '@nestjs/swagger';
import { CreateTagDto } from './create-tag.dto';

/** PUT changes the fields it names; `category: null` clears the category. */
export class UpdateTagDto extends PartialType(CreateTagDto, { skipNullProperties: false }) {}
