import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { AttachTagsDto } from './dto/attach-tags.dto';
import { LeadTagsService } from './lead-tags.service';

/** Tags on a lead: part of working the lead, so it is the leads area's (receptionists included). */
@ApiTags('leads')
@RequireArea('leads')
@Controller('crm/leads/:id/tags')
export class LeadTagsController {
  constructor(private readonly leadTags: LeadTagsService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ description: "The lead's tags after the change: [{ id, name, color }]" })
  @ApiNotFoundResponse({ description: 'No such lead in this hospital' })
  @ApiUnprocessableEntityResponse({ description: 'A tag does not exist in this hospital' })
  attach(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AttachTagsDto) {
    return this.leadTags.attach({ hospitalId, userId: user.id }, id, dto.tagIds);
  }

  @Delete(':tagId')
  @ApiOkResponse({ description: "The lead's tags after the change: [{ id, name, color }]" })
  @ApiNotFoundResponse({ description: 'No such lead or tag in this hospital' })
  detach(
    @CurrentUser() user: AuthUser,
    @HospitalId() hospitalId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('tagId', ParseUUIDPipe) tagId: string,
  ) {
    return this.leadTags.detach({ hospitalId, userId: user.id }, id, tagId);
  }
}
