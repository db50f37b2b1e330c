import { createParamDecorator, ExecutionContext, HttpStatus, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Area } from '@hospital-crm/domain';
import { ApiError } from '../envelope/api-error';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'isPublic';
export const REQUIRED_AREA = 'requiredArea';

/** No token needed: login, health, and the public endpoints that check their own signatures. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a controller or handler to the roles the seed's access table grants this area. */
export const RequireArea = (area: Area) =>
  applyDecorators(
    SetMetadata(REQUIRED_AREA, area),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, expired or invalid token' }),
    ApiForbiddenResponse({ description: `Role may not use ${area}` }),
  );

type RequestWithUser = { user?: AuthUser };

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new ApiError(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', 'Sign in first');
  return user;
});

/** The hospital every query of this request is scoped to; never taken from the body. */
export const HospitalId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const user = ctx.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new ApiError(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', 'Sign in first');
  if (!user.hospitalId) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Choose a hospital: send its id in the X-Hospital-Id header');
  }
  return user.hospitalId;
});
