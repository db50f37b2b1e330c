import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { hospitalDay, isOpenTaskStatus, OPEN_TASK_STATUSES, validateTaskMove } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import type { AuthUser } from '../common/auth';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { paginated, skipFor } from '../common/pagination/pagination-query.dto';
import { likeText } from '../common/pagination/search-text';
import type { CreateTaskDto } from './dto/create-task.dto';
import type { QueryTasksDto } from './dto/query-tasks.dto';
import type { UpdateTaskDto } from './dto/update-task.dto';
import type { UpdateTaskStatusDto } from './dto/update-task-status.dto';
import { TaskTimers } from './task-timers';
import { taskSelect, toTaskView } from './task-view';

type Tx = Prisma.TransactionClient;
export type TaskView = 'all' | 'my' | 'overdue' | 'today';
export type Actor = AuthUser & { hospitalId: string };

const ADMIN_ROLES = new Set(['SUPER_ADMIN', 'HOSPITAL_ADMIN']);
const OPEN = [...OPEN_TASK_STATUSES];

@Injectable()
export class TasksService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly timers: TaskTimers,
  ) {}

  /** Admins see every task of the hospital; everyone else the tasks assigned to or by them. */
  private visibleTo(actor: Actor): Prisma.CRMTaskWhereInput {
    return ADMIN_ROLES.has(actor.role)
      ? { hospitalId: actor.hospitalId }
      : { hospitalId: actor.hospitalId, OR: [{ assignedToId: actor.id }, { assignedById: actor.id }] };
  }

  async list(actor: Actor, query: QueryTasksDto, view: TaskView, now = new Date()) {
    const where: Prisma.CRMTaskWhereInput = {
      AND: [
        this.visibleTo(actor),
        await this.viewFilter(actor, view, now),
        {
          ...(query.ids?.length && { id: { in: query.ids } }),
          ...(query.status?.length && { status: { in: query.status } }),
          ...(query.taskType?.length && { taskType: { in: query.taskType } }),
          ...(query.priority?.length && { priority: { in: query.priority } }),
          ...(query.assignedToId && { assignedToId: query.assignedToId }),
          ...(query.leadId && { leadId: query.leadId }),
          ...(query.patientId && { patientId: query.patientId }),
          ...((query.dueFrom || query.dueTo) && {
            dueDate: { ...(query.dueFrom && { gte: new Date(query.dueFrom) }), ...(query.dueTo && { lte: new Date(query.dueTo) }) },
          }),
          ...(query.q && { title: { contains: likeText(query.q), mode: 'insensitive' as const } }),
        },
      ],
    };
    const [rows, total] = await Promise.all([
      this.prisma.cRMTask.findMany({
        where,
        select: taskSelect,
        orderBy: [{ [query.sort]: query.order }, { id: query.order }],
        skip: skipFor(query),
        take: query.limit,
      }),
      this.prisma.cRMTask.count({ where }),
    ]);
    return paginated('tasks', rows.map(toTaskView), query, total);
  }

  private async viewFilter(actor: Actor, view: TaskView, now: Date): Promise<Prisma.CRMTaskWhereInput> {
    switch (view) {
      case 'my':
        return { assignedToId: actor.id };
      case 'overdue':
        // OVERDUE is set by the task's workflow within a second of the due time; the date test covers that second.
        return { OR: [{ status: 'OVERDUE' }, { status: { in: ['PENDING', 'IN_PROGRESS'] }, dueDate: { lt: now } }] };
      case 'today': {
        const hospital = await this.prisma.hospital.findUniqueOrThrow({ where: { id: actor.hospitalId }, select: { timezone: true } });
        const day = hospitalDay(now, hospital.timezone);
        return { status: { in: OPEN }, dueDate: { gte: day.start, lt: day.end } };
      }
      default:
        return {};
    }
  }

  async get(actor: Actor, id: string) {
    const task = await this.prisma.cRMTask.findFirst({ where: { AND: [{ id }, this.visibleTo(actor)] }, select: taskSelect });
    if (!task) throw ApiError.notFound('Task', id);
    return toTaskView(task);
  }

  async create(actor: Actor, dto: CreateTaskDto) {
    const settings = await this.prisma.cRMSettings.findUnique({ where: { hospitalId: actor.hospitalId } });
    const reminderMinutesBefore = dto.reminderMinutesBefore ?? settings?.taskReminderMinutes ?? [60];
    const id = await this.prisma.$transaction(async (tx) => {
      await this.assertReferences(tx, actor.hospitalId, dto);
      const task = await tx.cRMTask.create({
        data: { ...dto, dueDate: new Date(dto.dueDate), reminderMinutesBefore, hospitalId: actor.hospitalId, assignedById: actor.id },
        select: { id: true, title: true, leadId: true, dueDate: true },
      });
      if (task.leadId) {
        await tx.cRMActivity.create({
          data: {
            hospitalId: actor.hospitalId,
            leadId: task.leadId,
            activityType: 'TASK_CREATED',
            title: `Task created: ${task.title}`,
            metadata: { taskId: task.id },
            performedById: actor.id,
          },
        });
      }
      await this.notifyAssignee(tx, actor, dto.assignedToId, task.id, task.title);
      // Last, so a scheduler outage rolls the task back instead of leaving it without timers.
      await this.timers.schedule(task.id, { dueAt: task.dueDate.toISOString(), reminderMinutesBefore });
      return task.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateTaskDto, now = new Date()) {
    const current = await this.get(actor, id);
    if (!isOpenTaskStatus(current.status)) throw ApiError.conflict(`A ${current.status.toLowerCase()} task cannot be edited`);
    await this.prisma.$transaction(async (tx) => {
      await this.assertReferences(tx, actor.hospitalId, dto);
      const dueDate = dto.dueDate ? new Date(dto.dueDate) : current.dueDate;
      const reminders = dto.reminderMinutesBefore ?? current.reminderMinutesBefore;
      // Moved into the future, an overdue task is current again.
      const reopen = current.status === 'OVERDUE' && dueDate > now;
      await tx.cRMTask.update({
        where: { id },
        data: { ...dto, dueDate, ...(reopen && { status: 'PENDING', overdueAt: null }) },
      });
      if (dto.assignedToId && dto.assignedToId !== current.assignedTo.id)
        await this.notifyAssignee(tx, actor, dto.assignedToId, id, dto.title ?? current.title);
      if (dto.dueDate || dto.reminderMinutesBefore) await this.timers.schedule(id, { dueAt: dueDate.toISOString(), reminderMinutesBefore: reminders });
    });
    return this.get(actor, id);
  }

  async changeStatus(actor: Actor, id: string, dto: UpdateTaskStatusDto, now = new Date()) {
    const current = await this.get(actor, id);
    if (current.status === dto.status) return current;
    validateTaskMove(current.status, dto.status, 'USER');
    await this.prisma.$transaction(async (tx) => {
      const moved = await tx.cRMTask.updateMany({
        where: { id, status: current.status },
        data: {
          status: dto.status,
          outcome: dto.outcome,
          // overdueAt stays: a task finished late keeps both facts.
          ...(dto.status === 'COMPLETED' && { completedAt: now }),
          ...(dto.status === 'CANCELLED' && { cancelledAt: now }),
        },
      });
      if (moved.count === 0) throw ApiError.conflict('The task changed meanwhile (it may have just gone overdue); reload and try again');
      if (current.lead && dto.status === 'COMPLETED') {
        await tx.cRMActivity.create({
          data: {
            hospitalId: actor.hospitalId,
            leadId: current.lead.id,
            activityType: 'TASK_COMPLETED',
            title: `Task completed: ${current.title}`,
            description: dto.outcome,
            metadata: { taskId: id, onTime: now <= current.dueDate },
            performedById: actor.id,
          },
        });
      }
      if (!isOpenTaskStatus(dto.status)) await this.timers.close(id);
    });
    return this.get(actor, id);
  }

  /** Completion and on-time rates per assignee, for tasks due in [from, to). */
  async stats(hospitalId: string, from: Date, to: Date) {
    const rows = await this.prisma.$queryRaw<
      Array<{ userId: string; firstName: string; lastName: string; total: bigint; completed: bigint; onTime: bigint; cancelled: bigint; overdueOpen: bigint }>
    >`
      SELECT u.id AS "userId", u."firstName", u."lastName",
             count(*) AS total,
             count(*) FILTER (WHERE t.status = 'COMPLETED') AS completed,
             count(*) FILTER (WHERE t.status = 'COMPLETED' AND t."completedAt" <= t."dueDate") AS "onTime",
             count(*) FILTER (WHERE t.status = 'CANCELLED') AS cancelled,
             count(*) FILTER (WHERE t.status = 'OVERDUE') AS "overdueOpen"
      FROM "CRMTask" t JOIN "User" u ON u.id = t."assignedToId"
      WHERE t."hospitalId" = ${hospitalId}::uuid AND t."dueDate" >= ${from} AND t."dueDate" < ${to}
      GROUP BY u.id ORDER BY u."firstName", u."lastName"`;
    const rate = (part: bigint, whole: bigint) => (whole === 0n ? null : Math.round((Number(part) / Number(whole)) * 1000) / 10);
    return {
      from,
      to,
      staff: rows.map((r) => ({
        user: { id: r.userId, firstName: r.firstName, lastName: r.lastName },
        total: Number(r.total),
        completed: Number(r.completed),
        completedOnTime: Number(r.onTime),
        cancelled: Number(r.cancelled),
        overdueOpen: Number(r.overdueOpen),
        // Cancelled tasks are not counted against anyone.
        completionRate: rate(r.completed, r.total - r.cancelled),
        onTimeRate: rate(r.onTime, r.completed),
      })),
    };
  }

  private async assertReferences(tx: Tx, hospitalId: string, dto: Partial<CreateTaskDto>): Promise<void> {
    if (dto.assignedToId) {
      const user = await tx.user.findFirst({ where: { id: dto.assignedToId, hospitalId, isActive: true, role: { not: 'SUPER_ADMIN' } }, select: { id: true } });
      if (!user)
        throw ApiError.unprocessable('Tasks can only be assigned to active staff of this hospital', [
          { field: 'assignedToId', messages: ['not active staff of this hospital'] },
        ]);
    }
    if (dto.leadId && !(await tx.cRMLead.findFirst({ where: { id: dto.leadId, hospitalId, deletedAt: null }, select: { id: true } }))) {
      throw ApiError.unprocessable('The lead does not exist in this hospital', [{ field: 'leadId', messages: ['unknown lead'] }]);
    }
    if (dto.patientId && !(await tx.patient.findFirst({ where: { id: dto.patientId, hospitalId }, select: { id: true } }))) {
      throw ApiError.unprocessable('The patient does not exist in this hospital', [{ field: 'patientId', messages: ['unknown patient'] }]);
    }
  }

  private async notifyAssignee(tx: Tx, actor: Actor, assigneeId: string, taskId: string, title: string): Promise<void> {
    if (assigneeId === actor.id) return;
    await tx.notification.create({
      data: { hospitalId: actor.hospitalId, userId: assigneeId, type: 'TASK_ASSIGNED', title: `New task: ${title}`, link: `/tasks/${taskId}` },
    });
  }
}
