// The rules the task screens follow: which tasks are late, which moves a person may make (the
// domain's pipeline, without OVERDUE, which only the task's workflow sets), and what the form sends.
import { isOpenTaskStatus, SYSTEM_ONLY_TASK_STATUSES, TASK_TRANSITIONS, type TaskPriority, type TaskStatus } from '@hospital-crm/domain';
import { toInstant } from '../common/display';
import type { Task } from '../providers/apiTypes';

export const TASK_PRIORITY_COLORS: Readonly<Record<TaskPriority, string>> = {
  LOW: '#64748b',
  MEDIUM: '#3b82f6',
  HIGH: '#f59e0b',
  URGENT: '#dc2626',
};

/** Late: marked OVERDUE by its workflow, or still open past its due time (the mark follows within a second). */
export const isTaskOverdue = (task: Pick<Task, 'status' | 'dueDate'>, now = new Date()): boolean =>
  task.status === 'OVERDUE' || (isOpenTaskStatus(task.status) && new Date(task.dueDate).getTime() < now.getTime());

/** The statuses a person may move a task to from here. */
export const userMoves = (status: TaskStatus): TaskStatus[] =>
  TASK_TRANSITIONS.nextStates(status).filter((next) => !(SYSTEM_ONLY_TASK_STATUSES as readonly TaskStatus[]).includes(next));

export const canComplete = (status: TaskStatus): boolean => userMoves(status).includes('COMPLETED');

/** Reminder choices, in minutes before the due time. */
export const REMINDER_CHOICES = [15, 60, 240, 1440, 2880] as const;

/** Fields POST /crm/tasks accepts; PUT takes any of them. */
export const TASK_FIELDS = ['title', 'description', 'taskType', 'priority', 'dueDate', 'assignedToId', 'leadId', 'reminderMinutesBefore'] as const;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** What the form holds for a saved task: the ids the inputs edit, read from the nested records. */
export const taskFormValues = (task: Task) => ({
  title: task.title,
  description: task.description ?? '',
  taskType: task.taskType,
  priority: task.priority,
  dueDate: task.dueDate,
  assignedToId: task.assignedTo?.id ?? '',
  leadId: task.lead?.id ?? '',
  reminderMinutesBefore: task.reminderMinutesBefore,
});

/**
 * The form's values as the API wants them. Blank optional fields are left out; with the task as it
 * was (`previous`), only what changed is sent, so moving the due date alone moves only its timers.
 */
export const cleanTask = (data: Record<string, unknown>, previous?: Task): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const field of TASK_FIELDS) {
    const value = data[field];
    if (isBlank(value)) continue;
    if (field === 'dueDate') out.dueDate = toInstant(value);
    else if (field === 'reminderMinutesBefore') out.reminderMinutesBefore = Array.isArray(value) ? [...new Set(value.map(Number))].sort((a, b) => b - a) : [];
    else out[field] = typeof value === 'string' ? value.trim() : value;
  }
  // An emptied description is cleared on edit.
  if (previous?.description && isBlank(data.description)) out.description = '';
  if (!previous) return out;
  const before = taskFormValues(previous);
  for (const key of Object.keys(out)) {
    const was = key === 'dueDate' ? toInstant(before.dueDate) : before[key as keyof typeof before];
    if (JSON.stringify(was ?? null) === JSON.stringify(out[key] ?? null)) delete out[key];
  }
  return out;
};
