import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canAccess, humanize, type Area } from '@hospital-crm/domain';
import { ApiError } from '../envelope/api-error';
import type { AuthUser } from './auth-user';
import { REQUIRED_AREA } from './decorators';

/** Enforces the seed's access table: e.g. receptionists reach leads, communications and tasks only. */
@Injectable()
export class AreaGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const area = this.reflector.getAllAndOverride<Area | undefined>(REQUIRED_AREA, [context.getHandler(), context.getClass()]);
    if (!area) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) return true; // public route: JwtAuthGuard already decided
    if (!canAccess(user.role, area)) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', `${humanize(user.role)} users may not use ${area}`);
    }
    return true;
  }
}
