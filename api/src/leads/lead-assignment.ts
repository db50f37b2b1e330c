import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { ApiError } from '../common/envelope';
import { TaskTimers } from '../tasks/task-timers';

type Tx = Prisma.TransactionClient;

// Staff who work leads; doctors, nurses and staff are assigned tasks, not leads.
const LEAD_OWNER_ROLES = ['HOSPITAL_ADMIN', 'RECEPTIONIST'] as const;

/** Who may own a lead, and who gets a new one when the hospital's settings ask for auto-assignment. */
@Injectable()
export class LeadAssignment {
  constructor(private readonly timers: TaskTimers) {}

  /** Refuses (422) an assignee who is not an active lead owner of the same hospital. */
  async assertAssignable(tx: Tx, hospitalId: string, userId: string): Promise<void> {
    const user = await tx.user.findFirst({ where: { id: userId, hospitalId, isActive: true, role: { in: [...LEAD_OWNER_ROLES] } }, select: { id: true } });
    if (!user) {
      throw ApiError.unprocessable('Leads can only be assigned to an active receptionist or admin of this hospital', [
        { field: 'assignedToId', messages: ['not an active lead owner of this hospital'] },
      ]);
    }
  }

  /** The automatic owner for a new lead, or null when auto-assignment is off or nobody qualifies. */
  async pickAssignee(tx: Tx, hospitalId: string): Promise<string | null> {
    const settings = await tx.cRMSettings.findUnique({ where: { hospitalId } });
    if (!settings?.autoAssignLeads || settings.assignmentStrategy === 'OFF') return null;
    const owners = await tx.user.findMany({
      where: { hospitalId, isActive: true, role: { in: [...LEAD_OWNER_ROLES] } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    if (!owners.length) return null;
    let chosen: string;
    if (settings.assignmentStrategy === 'ROUND_ROBIN') {
      const after = owners.findIndex((o) => o.id === settings.lastAssignedUserId);
      chosen = owners[(after + 1) % owners.length].id;
    } else {
      const load = await tx.cRMLead.groupBy({
        by: ['assignedToId'],
        where: { hospitalId, deletedAt: null, status: { notIn: ['CONVERTED', 'LOST'] }, assignedToId: { in: owners.map((o) => o.id) } },
        _count: { _all: true },
      });
      const openLeads = new Map(load.map((row) => [row.assignedToId, row._count._all]));
      chosen = owners.reduce((best, o) => ((openLeads.get(o.id) ?? 0) < (openLeads.get(best) ?? 0) ? o.id : best), owners[0].id);
    }
    // The cursor moves in the lead's own transaction; the settings row lock orders concurrent creates.
    await tx.cRMSettings.update({ where: { hospitalId }, data: { lastAssignedUserId: chosen } });
    return chosen;
  }

  /**
   * The follow-up task the settings ask for when a lead gets an owner automatically. Like every
   * task, it gets its `task-<id>` timer workflow inside the same transaction.
   */
  async followUpTask(tx: Tx, hospitalId: string, leadId: string, assigneeId: string, leadName: string, now: Date): Promise<void> {
    const settings = await tx.cRMSettings.findUnique({ where: { hospitalId } });
    if (!settings?.autoFollowUpTask) return;
    const task = await tx.cRMTask.create({
      data: {
        hospitalId,
        leadId,
        assignedToId: assigneeId,
        title: `Follow up with ${leadName}`,
        taskType: 'FOLLOW_UP_CALL',
        dueDate: new Date(now.getTime() + settings.followUpTaskDueHours * 3_600_000),
        reminderMinutesBefore: settings.taskReminderMinutes,
      },
      select: { id: true, dueDate: true, reminderMinutesBefore: true },
    });
    await this.timers.schedule(task.id, { dueAt: task.dueDate.toISOString(), reminderMinutesBefore: task.reminderMinutesBefore });
  }
}
