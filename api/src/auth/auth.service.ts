import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { AuditService } from '../common/audit/audit.service';
import type { TokenPayload } from '../common/auth';
import { authConfig, type AuthConfig } from '../config/configuration';

const userView = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  role: true,
  hospitalId: true,
  hospital: { select: { id: true, name: true, code: true, timezone: true } },
} as const;

// Compared against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', 10);

@Injectable()
export class AuthService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  async login(email: string, password: string, ip?: string) {
    const found = await this.prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { ...userView, passwordHash: true, isActive: true } });
    const passwordOk = await bcrypt.compare(password, found?.passwordHash ?? DUMMY_HASH);
    if (!found || !passwordOk || !found.isActive) {
      await this.audit.record(found ? { userId: found.id, hospitalId: found.hospitalId } : null, {
        action: 'auth.login_failed',
        entityType: 'User',
        entityId: found?.id,
        details: { email },
        ip,
      });
      throw new ApiError(HttpStatus.UNAUTHORIZED, 'UNAUTHORIZED', 'Email or password is incorrect');
    }
    const { passwordHash: _hash, isActive: _active, ...user } = found;
    const payload: TokenPayload = { sub: user.id, role: user.role, hid: user.hospitalId };
    const accessToken = await this.jwt.signAsync(payload);
    await this.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await this.audit.record({ userId: user.id, hospitalId: user.hospitalId }, { action: 'auth.login', entityType: 'User', entityId: user.id, ip });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.jwtExpiresIn, user };
  }

  async me(userId: string) {
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: userView });
    if (!user) throw ApiError.notFound('User', userId);
    return user;
  }
}
