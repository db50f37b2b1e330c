import type { TaskStatus } from './enums';
import { defineTransitions, IllegalTransitionError } from './state-machine';

export const OPEN_TASK_STATUSES = ['PENDING', 'IN_PROGRESS', 'OVERDUE'] as const satisfies readonly TaskStatus[];
export type OpenTaskStatus = (typeof OPEN_TASK_STATUSES)[number];

export function isOpenTaskStatus(status: TaskStatus): status is OpenTaskStatus {
  return (OPEN_TASK_STATUSES as readonly TaskStatus[]).includes(status);
}

/** Statuses only the due-date sweep may set; people cannot pick them. */
export const SYSTEM_ONLY_TASK_STATUSES = ['OVERDUE'] as const satisfies readonly TaskStatus[];

export const TASK_TRANSITIONS = defineTransitions<TaskStatus>(
  {
    PENDING: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'OVERDUE'],
    IN_PROGRESS: ['COMPLETED', 'CANCELLED', 'OVERDUE'],
    OVERDUE: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
    COMPLETED: [],
    CANCELLED: [],
  },
  'task',
);

export type TaskActor = 'USER' | 'SYSTEM';

export function validateTaskMove(from: TaskStatus, to: TaskStatus, actor: TaskActor = 'USER'): void {
  if (actor === 'USER' && (SYSTEM_ONLY_TASK_STATUSES as readonly TaskStatus[]).includes(to)) {
    throw new IllegalTransitionError('task', from, to, `${to} is set by the system when the due date passes`);
  }
  TASK_TRANSITIONS.assertMove(from, to);
}
