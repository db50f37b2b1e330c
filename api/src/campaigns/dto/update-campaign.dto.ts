import { PartialType } from '@nestjs/swagger';
import { CreateCampaignDto } from './create-campaign.dto';

/** PUT changes the fields it names, only while the campaign is a DRAFT (409 otherwise); the result is checked as a whole. */
export class UpdateCampaignDto extends PartialType(CreateCampaignDto) {}
