import { Body, Controller, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ApiKeyPrincipal } from './api-key.constants';
import { ApiKeyAuth, CurrentApiKey } from './api-key.decorators';
import { ApiKeyThrottlerGuard } from './api-key-throttler.guard';
import { WebsiteInquiryDto } from './dto/website-inquiry.dto';
import { LeadIntakeService } from './lead-intake.service';

/** The hospital website's inquiry form posts here with its API key (scope leads:write). */
@ApiTags('integrations')
@ApiKeyAuth('leads:write')
@Controller('crm/integrations/leads')
export class LeadIntakeController {
  constructor(private readonly intake: LeadIntakeService) {}

  @Post()
  @UseGuards(ApiKeyThrottlerGuard)
  @ApiCreatedResponse({ description: "{ leadId, leadNumber, duplicate: false }: a new WEBSITE lead in the key's hospital" })
  @ApiOkResponse({ description: '{ leadId, leadNumber, duplicate: true }: an open lead with this phone or email exists; the inquiry was noted on it' })
  @ApiBadRequestResponse({ description: 'Invalid fields, unknown fields (e.g. hospitalId), or neither phone nor email' })
  @ApiTooManyRequestsResponse({ description: 'More than 60 inquiries a minute with this key' })
  async submit(@CurrentApiKey() key: ApiKeyPrincipal, @Body() dto: WebsiteInquiryDto, @Res({ passthrough: true }) res: FastifyReply) {
    const result = await this.intake.submit(key, dto);
    res.status(result.duplicate ? HttpStatus.OK : HttpStatus.CREATED);
    return result;
  }
}
