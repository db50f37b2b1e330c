import type { PrismaClient } from '@hospital-crm/db';
import type { TaskSchedule } from '../shared/messages';

export interface TaskTimerInput {
  taskId: string;
  /** The due date the timer was set for; a stale timer (the date moved since) does nothing. */
  dueAt: string;
}

/**
 * applied: done now (or before, on a retry); closed: the task is finished or gone;
 * stale: the due date moved without the workflow hearing of it, and `schedule` is the one in force.
 */
export type TimerOutcome = { outcome: 'applied' } | { outcome: 'closed' } | { outcome: 'stale'; schedule: TaskSchedule };

export interface TaskActivities {
  remindTaskAssignee(input: TaskTimerInput & { minutesBefore: number }): Promise<TimerOutcome>;
  markTaskOverdue(input: TaskTimerInput): Promise<TimerOutcome>;
}

const OPEN = ['PENDING', 'IN_PROGRESS'] as const;

function dueIn(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} minutes`;
}

/**
 * Side effects of the task workflow. Each notification has a dedupe key built from the task,
 * the due date and the event, so a retried activity inserts it once.
 */
export function createTaskActivities(prisma: PrismaClient): TaskActivities {
  return {
    async remindTaskAssignee({ taskId, dueAt, minutesBefore }) {
      const task = await prisma.cRMTask.findUnique({ where: { id: taskId } });
      const result = timerOutcome(task, dueAt);
      if (result.outcome !== 'applied' || !task) return result;
      await prisma.$transaction([
        prisma.notification.upsert({
          where: { dedupeKey: `task-reminder:${taskId}:${dueAt}:${minutesBefore}` },
          create: {
            dedupeKey: `task-reminder:${taskId}:${dueAt}:${minutesBefore}`,
            hospitalId: task.hospitalId,
            userId: task.assignedToId,
            type: 'TASK_REMINDER',
            title: `Due in ${dueIn(minutesBefore)}: ${task.title}`,
            link: `/tasks/${taskId}`,
          },
          update: {},
        }),
        prisma.cRMTask.update({ where: { id: taskId }, data: { lastRemindedAt: new Date() } }),
      ]);
      return { outcome: 'applied' };
    },

    async markTaskOverdue({ taskId, dueAt }) {
      return prisma.$transaction(async (tx) => {
        const marked = await tx.cRMTask.updateMany({
          where: { id: taskId, dueDate: new Date(dueAt), status: { in: [...OPEN] } },
          data: { status: 'OVERDUE', overdueAt: new Date() },
        });
        const task = await tx.cRMTask.findUnique({ where: { id: taskId } });
        if (marked.count === 0) return task?.status === 'OVERDUE' && task.dueDate.toISOString() === dueAt ? { outcome: 'applied' } : timerOutcome(task, dueAt);
        if (!task) return { outcome: 'closed' };
        await tx.notification.upsert({
          where: { dedupeKey: `task-overdue:${taskId}:${dueAt}` },
          create: {
            dedupeKey: `task-overdue:${taskId}:${dueAt}`,
            hospitalId: task.hospitalId,
            userId: task.assignedToId,
            type: 'TASK_OVERDUE',
            title: `Overdue: ${task.title}`,
            link: `/tasks/${taskId}`,
          },
          update: {},
        });
        if (task.leadId) {
          await tx.cRMActivity.create({
            data: { hospitalId: task.hospitalId, leadId: task.leadId, activityType: 'UPDATED', title: `Task overdue: ${task.title}`, metadata: { taskId } },
          });
        }
        return { outcome: 'applied' };
      });
    },
  };
}

function timerOutcome(task: { status: string; dueDate: Date; reminderMinutesBefore: number[] } | null, dueAt: string): TimerOutcome {
  if (!task || task.status === 'COMPLETED' || task.status === 'CANCELLED') return { outcome: 'closed' };
  if (task.dueDate.toISOString() === dueAt) return { outcome: 'applied' };
  return { outcome: 'stale', schedule: { dueAt: task.dueDate.toISOString(), reminderMinutesBefore: task.reminderMinutesBefore } };
}
