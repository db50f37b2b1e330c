import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../envelope/api-error';
import { headerValue } from '../http/header-value';
import { InjectPrisma, type PrismaClient } from '../prisma/prisma.module';
import { HOSPITAL_HEADER, type AuthUser, type TokenPayload } from './auth-user';
import { AuthUserCache, type GuardUser } from './auth-user-cache';
import { IS_PUBLIC } from './decorators';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const unauthorized = (message: string) => new ApiError(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', message);

/**
 * Global guard: every route needs a valid access token unless marked @Public().
 * The user row is read through AuthUserCache: a deactivation or role change made through this
 * API takes effect at once, one made elsewhere within AUTH_USER_TTL_MS.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly users: AuthUserCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw unauthorized('Sign in first: send an access token as "Authorization: Bearer <token>"');

    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw unauthorized(expired ? 'Your session has expired: sign in again' : 'The access token is not valid');
    }
    if (!UUID.test(payload.sub)) throw unauthorized('The access token is not valid');
    const user = await this.users.get(payload.sub, this.loadUser);
    if (!user || !user.isActive) throw unauthorized('This account is not active');

    request.user = {
      id: user.id,
      email: user.email,
      role: user.role,
      homeHospitalId: user.hospitalId,
      hospitalId: await this.effectiveHospital(user.role, user.hospitalId, headerValue(request.headers, HOSPITAL_HEADER)),
    };
    return true;
  }

  private readonly loadUser = (id: string): Promise<GuardUser | null> =>
    this.prisma.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, hospitalId: true, isActive: true } });

  private async effectiveHospital(role: string, home: string | null, requested: string | undefined): Promise<string | null> {
    if (!requested || requested === home) return home;
    if (role !== 'SUPER_ADMIN') {
      throw new ApiError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Only a super admin may act on another hospital');
    }
    const hospital = UUID.test(requested) ? await this.prisma.hospital.findUnique({ where: { id: requested }, select: { id: true } }) : null;
    if (!hospital) throw ApiError.notFound('Hospital', requested);
    return hospital.id;
  }
}
