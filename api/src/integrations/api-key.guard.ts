import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../common/envelope';
import { headerValue } from '../common/http/header-value';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { API_KEY_HEADER, API_KEY_SCOPE, LAST_USED_RESOLUTION_MS, type ApiKeyPrincipal, type ApiKeyScope, type RequestWithApiKey } from './api-key.constants';
import { apiKeyPrefix, hashApiKey } from './api-key.crypto';

const unauthorized = (message: string) => new ApiError(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', message);
// Compared against when no row matches, so an unknown prefix costs the same as a wrong secret.
const NO_KEY_HASH = Buffer.alloc(32);

/**
 * Authenticates host systems and web forms by `X-Api-Key` (use through @ApiKeyAuth(scope)).
 * 401 for a missing, unknown, forged or revoked key; 403 for a key without the route's scope.
 * On success `request.apiKey` names the key and the hospital every query must be scoped to.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger(ApiKeyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @InjectPrisma() private readonly prisma: PrismaClient,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const scope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(API_KEY_SCOPE, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithApiKey>();
    const presented = headerValue(request.headers, API_KEY_HEADER)?.trim();
    if (!presented) throw unauthorized('Send an API key in the X-Api-Key header');

    const prefix = apiKeyPrefix(presented);
    const row = prefix
      ? await this.prisma.apiKey.findUnique({
          where: { prefix },
          select: { id: true, hospitalId: true, keyHash: true, scopes: true, revokedAt: true, lastUsedAt: true, hospital: { select: { isActive: true } } },
        })
      : null;
    const expected = row ? Buffer.from(row.keyHash, 'hex') : NO_KEY_HASH;
    const actual = Buffer.from(hashApiKey(presented), 'hex');
    const matches = expected.length === actual.length && timingSafeEqual(expected, actual);
    if (!row || !matches) throw unauthorized('The API key is not valid');
    if (row.revokedAt) throw unauthorized('This API key has been revoked');
    if (!row.hospital.isActive) throw unauthorized("This API key's hospital is not active");
    if (scope && !row.scopes.includes(scope)) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `This API key does not have the ${scope} scope`, { requiredScope: scope });
    }

    const principal: ApiKeyPrincipal = { id: row.id, hospitalId: row.hospitalId, scopes: row.scopes as ApiKeyScope[], prefix: prefix! };
    request.apiKey = principal;
    await this.touch(row.id, row.lastUsedAt);
    return true;
  }

  /** lastUsedAt at minute resolution: written only when stale, and only once even by concurrent requests. */
  private async touch(id: string, lastUsedAt: Date | null): Promise<void> {
    const now = new Date();
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    if (lastUsedAt && lastUsedAt > staleBefore) return;
    try {
      await this.prisma.apiKey.updateMany({ where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] }, data: { lastUsedAt: now } });
    } catch (error) {
      // Bookkeeping only: the request itself must not fail for it.
      this.logger.warn(`could not record the use of API key ${id}: ${(error as Error).message}`);
    }
  }
}
