import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { RawResponse } from '../common/envelope';
import { QueryLeadsDto } from '../leads/dto/query-leads.dto';
import { LeadExportService, MAX_EXPORT_ROWS } from './lead-export.service';

@ApiTags('leads')
@RequireArea('leads')
@Controller('crm/leads/export')
export class LeadExportController {
  constructor(private readonly exports: LeadExportService) {}

  @Get()
  @RawResponse()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: "The leads the list's filters select (page, limit and sort are ignored: rows come in id order), as a CSV download",
    schema: { type: 'string' },
  })
  @ApiUnprocessableEntityResponse({ description: `More than ${MAX_EXPORT_ROWS} leads match: narrow the filters` })
  async export(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Query() query: QueryLeadsDto, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.exports.export({ hospitalId, userId: user.id }, query);
    void reply
      .status(200)
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      // Patient contact details: no proxy or browser cache keeps a copy.
      .header('Cache-Control', 'no-store')
      .send(file.csv);
  }
}
