import type { BodyCipher, PrismaClient } from '@hospital-crm/db';
import { noticeToAssignee } from './task-notices';
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
export type TimerOutcome =
  /** emailId: an email to the assignee was queued; the workflow sends it through communication-<id>. */
  { outcome: 'applied'; emailId?: string } | { outcome: 'closed' } | { outcome: 'stale'; schedule: TaskSchedule };

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
 * Side effects of the task workflow. Each notice has a dedupe key built from the task, the due
 * date and the event, so a retried activity writes it (and queues its email) once.
 */
export function createTaskActivities(prisma: PrismaClient, cipher: BodyCipher): TaskActivities {
  return {
    async remindTaskAssignee({ taskId, dueAt, minutesBefore }) {
      const task = await prisma.cRMTask.findUnique({ where: { id: taskId } });
      const result = timerOutcome(task, dueAt);
      if (result.outcome !== 'applied' || !task) return result;
      const emailId = await prisma.$transaction(async (tx) => {
        await tx.cRMTask.update({ where: { id: taskId }, data: { lastRemindedAt: new Date() } });
        return noticeToAssignee(tx, cipher, task, {
          dedupeKey: `task-reminder:${taskId}:${dueAt}:${minutesBefore}`,
          type: 'TASK_REMINDER',
          title: `Due in ${dueIn(minutesBefore)}: ${task.title}`,
        });
      });
      return { outcome: 'applied', emailId };
    },

    async markTaskOverdue({ taskId, dueAt }) {
      return prisma.$transaction(async (tx) => {
        const marked = await tx.cRMTask.updateMany({
          where: { id: taskId, dueDate: new Date(dueAt), status: { in: [...OPEN] } },
          data: { status: 'OVERDUE', overdueAt: new Date() },
        });
        const task = await tx.cRMTask.findUnique({ where: { id: taskId } });
        const alreadyMarked = marked.count === 0 && task?.status === 'OVERDUE' && task.dueDate.toISOString() === dueAt;
        if (marked.count === 0 && !alreadyMarked) return timerOutcome(task, dueAt);
        if (!task) return { outcome: 'closed' };
        // On a retry after the first attempt committed, these find what it wrote.
        const emailId = await noticeToAssignee(tx, cipher, task, {
          dedupeKey: `task-overdue:${taskId}:${dueAt}`,
          type: 'TASK_OVERDUE',
          title: `Overdue: ${task.title}`,
        });
        if (task.leadId && !alreadyMarked) {
          await tx.cRMActivity.create({
            data: { hospitalId: task.hospitalId, leadId: task.leadId, activityType: 'UPDATED', title: `Task overdue: ${task.title}`, metadata: { taskId } },
          });
        }
        return { outcome: 'applied', emailId };
      });
    },
  };
}

function timerOutcome(task: { status: string; dueDate: Date; reminderMinutesBefore: number[] } | null, dueAt: string): TimerOutcome {
  if (!task || task.status === 'COMPLETED' || task.status === 'CANCELLED') return { outcome: 'closed' };
  if (task.dueDate.toISOString() === dueAt) return { outcome: 'applied' };
  return { outcome: 'stale', schedule: { dueAt: task.dueDate.toISOString(), reminderMinutesBefore: task.reminderMinutesBefore } };
}
