import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { CampaignsService } from './campaigns.service';
import { CreateCampaignDto } from './dto/create-campaign.dto';
import { QueryCampaignsDto } from './dto/query-campaigns.dto';
import { UpdateCampaignDto } from './dto/update-campaign.dto';
import { AudiencePreviewDto } from './dto/audience-preview.dto';

const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('campaigns')
@RequireArea('campaigns')
@Controller('crm/campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @ApiOkResponse({ description: '{ campaigns, page, limit, total }, newest first by default; filters status, campaignType, channel, createdFrom/To, q' })
  list(@HospitalId() hospitalId: string, @Query() query: QueryCampaignsDto) {
    return this.campaigns.list(hospitalId, query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'The campaign, as a DRAFT; audited' })
  @ApiBadRequestResponse({ description: 'A bad field or audience filter (details name each, e.g. audience.ageRange.max); status and counters are not fields' })
  @ApiUnprocessableEntityResponse({ description: 'The template is not this hospital’s, not active, or for another channel; scheduledAt is not ahead' })
  create(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: CreateCampaignDto) {
    return this.campaigns.create({ userId: user.id, hospitalId }, dto);
  }

  @Post('audience/preview')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: '{ channel, audience (normalised), count: { total, patients, leads }, sample: the first 10 recipients with names and addresses }',
  })
  @ApiBadRequestResponse({ description: 'A bad audience filter, named in details' })
  preview(@HospitalId() hospitalId: string, @Body() dto: AudiencePreviewDto) {
    return this.campaigns.preview(hospitalId, dto);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'No such campaign in this hospital' })
  get(@HospitalId() hospitalId: string, @Id() id: string) {
    return this.campaigns.get(hospitalId, id);
  }

  @Put(':id')
  @ApiOkResponse({ description: 'The campaign with the fields named changed' })
  @ApiConflictResponse({ description: 'The campaign is no longer a DRAFT' })
  update(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string, @Body() dto: UpdateCampaignDto) {
    return this.campaigns.update({ userId: user.id, hospitalId }, id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ description: '{ id, name, deleted: true }; audited' })
  @ApiConflictResponse({ description: 'Only a DRAFT can be deleted; a launched campaign is history (cancel it instead)' })
  remove(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Id() id: string) {
    return this.campaigns.remove({ userId: user.id, hospitalId }, id);
  }
}
