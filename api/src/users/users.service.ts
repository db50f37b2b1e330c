import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { ApiError } from '../common/envelope';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { likeText } from '../common/pagination/search-text';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { AuditService } from '../common/audit/audit.service';
import { AuthUserCache } from '../common/auth/auth-user-cache';
import { OPEN_LEAD_STATUSES, OPEN_TASK_STATUSES, type UserRole } from '@hospital-crm/domain';
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
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly authUsers: AuthUserCache,
  ) {}

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
      this.prisma.user.findMany({
        where,
        select: userView,
        orderBy: [{ lastName: query.order }, { firstName: query.order }],
        skip: skipFor(query),
        take: query.limit,
      }),
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

  async doctors(hospitalId: string) {
    const users = await this.prisma.user.findMany({
      where: { hospitalId, isActive: true, role: 'DOCTOR' },
      select: { id: true, firstName: true, lastName: true, department: true },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    });
    return { users };
  }

  async get(hospitalId: string, id: string) {
    const user = await this.prisma.user.findFirst({ where: { id, hospitalId }, select: userView });
    if (!user) throw ApiError.notFound('User', id);
    return user;
  }

  /**
   * Deactivation never orphans work: open tasks and leads go to `reassignToId`, and without one
   * the request is refused (409) saying how much is open.
   */
  async deactivate(actor: { userId: string; hospitalId: string }, id: string, reassignToId?: string) {
    if (id === actor.userId) throw ApiError.conflict('You cannot deactivate your own account');
    const user = await this.get(actor.hospitalId, id);
    const openTasks = { assignedToId: id, status: { in: [...OPEN_TASK_STATUSES] } };
    const openLeads = { assignedToId: id, deletedAt: null, status: { in: [...OPEN_LEAD_STATUSES] } };
    const [tasks, leads] = await Promise.all([this.prisma.cRMTask.count({ where: openTasks }), this.prisma.cRMLead.count({ where: openLeads })]);
    if ((tasks || leads) && !reassignToId) {
      throw ApiError.conflict(`${user.firstName} has ${tasks} open task(s) and ${leads} open lead(s): choose who takes them over (reassignToId)`, {
        openTasks: tasks,
        openLeads: leads,
      });
    }
    const heir = reassignToId
      ? await this.prisma.user.findFirst({
          where: { id: reassignToId, hospitalId: actor.hospitalId, isActive: true, role: { not: 'SUPER_ADMIN' } },
          select: { id: true, role: true },
        })
      : null;
    if (reassignToId && (!heir || heir.id === id)) throw ApiError.unprocessable('reassignToId must be another active staff member of this hospital');
    const heirOwnsLeads = heir?.role === 'HOSPITAL_ADMIN' || heir?.role === 'RECEPTIONIST';
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id }, data: { isActive: false } });
      if (heir) {
        await tx.cRMTask.updateMany({ where: openTasks, data: { assignedToId: heir.id } });
        // Leads go only to someone who may own leads; otherwise they wait unassigned in the pipeline.
        await tx.cRMLead.updateMany({ where: openLeads, data: { assignedToId: heirOwnsLeads ? heir.id : null } });
        if (tasks || leads) {
          await tx.notification.create({
            data: {
              hospitalId: actor.hospitalId,
              userId: heir.id,
              type: 'WORK_REASSIGNED',
              title: `${tasks} task(s) and ${leads} lead(s) from ${user.firstName} ${user.lastName} are now yours`,
              link: '/tasks',
            },
          });
        }
      }
      await this.audit.record(
        actor,
        { action: 'user.deactivate', entityType: 'User', entityId: id, details: { reassignToId: heir?.id ?? null, tasks, leads } },
        tx,
      );
    });
    this.authUsers.forget(id); // their next request is refused here at once
    return { ...(await this.get(actor.hospitalId, id)), reassigned: { tasks, leads, to: heir?.id ?? null } };
  }

  /** A new role for a member of staff, in force from their next request (the guard's cached copy is dropped). */
  async changeRole(actor: { userId: string; hospitalId: string }, id: string, role: UserRole) {
    const user = await this.prisma.user.findFirst({ where: { id, hospitalId: actor.hospitalId }, select: { id: true, role: true } });
    if (!user) throw ApiError.notFound('User', id);
    // An admin demoting themself could leave the hospital without one.
    if (id === actor.userId) throw ApiError.unprocessable('You cannot change your own role; ask another admin');
    if (user.role !== role) {
      await this.prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id }, data: { role } });
        await this.audit.record(actor, { action: 'user.role_change', entityType: 'User', entityId: id, details: { before: user.role, after: role } }, tx);
      });
      this.authUsers.forget(id);
    }
    return this.get(actor.hospitalId, id);
  }
}
