import { applyDecorators, createParamDecorator, ExecutionContext, HttpStatus, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../common/auth';
import { ApiError } from '../common/envelope';
import { API_KEY_SCOPE, type ApiKeyPrincipal, type ApiKeyScope, type RequestWithApiKey } from './api-key.constants';
import { ApiKeyGuard } from './api-key.guard';

/**
 * A route for host systems and web forms: no user token, an `X-Api-Key` with `scope` instead.
 * On a controller class it runs before any guard on the handlers (e.g. ApiKeyThrottlerGuard).
 */
export const ApiKeyAuth = (scope: ApiKeyScope) =>
  applyDecorators(
    Public(),
    SetMetadata(API_KEY_SCOPE, scope),
    UseGuards(ApiKeyGuard),
    ApiSecurity('api-key'),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked API key' }),
    ApiForbiddenResponse({ description: `The API key lacks the ${scope} scope` }),
  );

/** The API key that authenticated this request (set by ApiKeyGuard). */
export const CurrentApiKey = createParamDecorator((_data: unknown, ctx: ExecutionContext): ApiKeyPrincipal => {
  const key = ctx.switchToHttp().getRequest<RequestWithApiKey>().apiKey;
  if (!key) throw new ApiError(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', 'Send an API key in the X-Api-Key header');
  return key;
});
