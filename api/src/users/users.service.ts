import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { ApiError } from '../common/envelope';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { likeText } from '../common/pagination/search-text';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { QueryUsersDto } from './dto/query-users.dto';

// Never the password hash.
const userView = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  phone: true,
  role: true,
  department: true,
  isActive: true,
  lastLoginAt: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

@Injectable()
export class UsersService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async list(hospitalId: string, query: QueryUsersDto) {
    const where: Prisma.UserWhereInput = {
      hospitalId,
      role: query.role,
      isActive: query.isActive,
      ...(query.q && {
        OR: ['firstName', 'lastName', 'email'].map((field) => ({ [field]: { contains: likeText(query.q!), mode: 'insensitive' } })),
      }),
    };
    const [users, total] = await Promise.all([
      this.prisma.user.findMany({ where, select: userView, orderBy: [{ lastName: query.order }, { firstName: query.order }], skip: skipFor(query), take: query.limit }),
      this.prisma.user.count({ where }),
    ]);
    return paginated('users', users, query, total);
  }

  async assignable(hospitalId: string) {
    const users = await this.prisma.user.findMany({
      where: { hospitalId, isActive: true, role: { in: ['HOSPITAL_ADMIN', 'RECEPTIONIST'] } },
      select: { id: true, firstName: true, lastName: true, role: true },
      orderBy: [{ firstName: 'asc' }, { lastName: 'asc' }],
    });
    return { users };
  }

  async get(hospitalId: string, id: string) {
    const user = await this.prisma.user.findFirst({ where: { id, hospitalId }, select: userView });
    if (!user) throw ApiError.notFound('User', id);
    return user;
  }
}
