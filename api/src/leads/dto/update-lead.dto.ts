import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateLeadDto } from './create-lead.dto';

/** PUT changes the fields it names. Status, assignment and tags have their own endpoints. */
export class UpdateLeadDto extends PartialType(OmitType(CreateLeadDto, ['tagIds', 'assignedToId'] as const), { skipNullProperties: false }) {}
