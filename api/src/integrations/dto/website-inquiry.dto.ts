import { PickType } from '@nestjs/swagger';
import { CreateLeadDto } from '../../leads/dto/create-lead.dto';

/**
 * What a website's inquiry form may send: the lead's own fields and nothing about how the
 * hospital works it (source, owner, tags, hospital come from the system and the API key).
 * At least one of phone and email is required, so the hospital can answer.
 */
export class WebsiteInquiryDto extends PickType(CreateLeadDto, [
  'firstName',
  'lastName',
  'phone',
  'email',
  'interestedIn',
  'notes',
  'preferredDate',
  'sourceDetail',
] as const) {}
