import type { Prisma } from '@hospital-crm/db';

const person = { select: { id: true, firstName: true, lastName: true } } as const;

export const taskSelect = {
  id: true,
  title: true,
  description: true,
  taskType: true,
  status: true,
  priority: true,
  dueDate: true,
  reminderMinutesBefore: true,
  lastRemindedAt: true,
  overdueAt: true,
  completedAt: true,
  cancelledAt: true,
  outcome: true,
  createdAt: true,
  updatedAt: true,
  assignedTo: person,
  assignedBy: person,
  lead: { select: { id: true, leadNumber: true, firstName: true, lastName: true } },
  patient: { select: { id: true, mrn: true, firstName: true, lastName: true } },
} as const satisfies Prisma.CRMTaskSelect;

type TaskRow = Prisma.CRMTaskGetPayload<{ select: typeof taskSelect }>;

/** Adds what a person asks of a task at a glance: is it late, and was it done on time. */
export function toTaskView(task: TaskRow) {
  return {
    ...task,
    completedOnTime: task.completedAt ? task.completedAt.getTime() <= task.dueDate.getTime() : null,
  };
}
