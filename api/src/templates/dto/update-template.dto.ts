import { PartialType } from '@nestjs/swagger';
import { CreateTemplateDto } from './create-template.dto';

/**
 * PUT changes the fields it names. The result is checked as a whole: an EMAIL template keeps
 * needing a subject, a template moved to SMS or WhatsApp loses its subject, and the text must
 * still declare every variable it uses.
 */
export class UpdateTemplateDto extends PartialType(CreateTemplateDto, { skipNullProperties: false }) {}
