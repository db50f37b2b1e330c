import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import typeis from 'type-is';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { ApiError } from '../common/envelope';
import { ImportLeadsQueryDto } from './dto/import-leads-query.dto';
import { LeadImportService, MAX_IMPORT_ROWS } from './lead-import.service';

const EXAMPLE = 'firstName,lastName,phone,email,source,interestedIn\nAsha,Rao,+919800000001,asha@example.com,WEBSITE,Cardiology;Orthopedics\n';

@ApiTags('leads')
@RequireArea('leads')
@Controller('crm/leads/import')
export class LeadImportController {
  constructor(private readonly imports: LeadImportService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiConsumes('text/csv')
  @ApiBody({ description: `A CSV file (at most 10 MB, ${MAX_IMPORT_ROWS} rows) whose header names lead fields`, schema: { type: 'string', example: EXAMPLE } })
  @ApiAcceptedResponse({ description: '{ jobId, totalRows, validRows, invalidRows, ignoredColumns }: the valid rows are being imported' })
  @ApiUnprocessableEntityResponse({ description: 'Empty file, broken CSV, a required column missing, or too many rows' })
  upload(
    @CurrentUser() user: AuthUser,
    @HospitalId() hospitalId: string,
    @Req() req: FastifyRequest,
    @Body() body: unknown,
    @Query() query: ImportLeadsQueryDto,
  ) {
    // false for another type, null for no body at all (an empty upload, answered 422).
    if (typeis(req.raw, ['text/csv']) === false) {
      throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'VALIDATION_FAILED', 'Send the file itself as the request body with Content-Type: text/csv');
    }
    return this.imports.upload({ hospitalId, userId: user.id }, typeof body === 'string' ? body : '', query);
  }

  @Get(':jobId')
  @ApiOkResponse({ description: 'Progress: counts by row status, and the first 100 invalid, duplicate and failed rows by line' })
  @ApiNotFoundResponse({ description: 'No such import job in this hospital' })
  progress(@HospitalId() hospitalId: string, @Param('jobId', ParseUUIDPipe) jobId: string) {
    return this.imports.progress(hospitalId, jobId);
  }
}
