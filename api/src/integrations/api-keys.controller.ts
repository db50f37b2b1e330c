import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, HospitalId, RequireArea, type AuthUser } from '../common/auth';
import { PaginationQueryDto } from '../common/pagination/pagination-query.dto';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyDto } from './dto/create-api-key.dto';

@ApiTags('integrations')
@RequireArea('integrations')
@Controller('integrations/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiCreatedResponse({ description: 'The key, with `key` = hcrm_<prefix>_<secret> shown this once only; audited' })
  create(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Body() dto: CreateApiKeyDto) {
    return this.apiKeys.create({ hospitalId, userId: user.id }, dto);
  }

  @Get()
  @ApiOkResponse({ description: '{ apiKeys, page, limit, total }: name, prefix, scopes, lastUsedAt, revokedAt; never the secret or its hash' })
  list(@HospitalId() hospitalId: string, @Query() query: PaginationQueryDto) {
    return this.apiKeys.list(hospitalId, query);
  }

  @Delete(':id')
  @ApiOkResponse({ description: 'The key, revoked (revokedAt set); audited' })
  @ApiNotFoundResponse({ description: 'No such key in this hospital' })
  revoke(@CurrentUser() user: AuthUser, @HospitalId() hospitalId: string, @Param('id', ParseUUIDPipe) id: string) {
    return this.apiKeys.revoke({ hospitalId, userId: user.id }, id);
  }
}
