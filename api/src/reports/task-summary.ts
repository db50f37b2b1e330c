import { percent } from '@hospital-crm/domain';
import type { TaskCountRow } from './queries/activity-queries';

export interface TaskSummary {
  /** Tasks due in the range (cancelled ones left out). */
  due: number;
  completed: number;
  /** Completed no later than their due date (completedAt ≤ dueDate). */
  completedOnTime: number;
  /** Still open and past their due date now. */
  overdueOpen: number;
  /** completed / due (%). */
  completionRate: number | null;
  /** completedOnTime / completed (%). */
  onTimeRate: number | null;
}

export function summarizeTasks(rows: readonly TaskCountRow[]): TaskSummary {
  const sum = (pick: (r: TaskCountRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const due = sum((r) => r.due);
  const completed = sum((r) => r.completed);
  const completedOnTime = sum((r) => r.onTime);
  return {
    due,
    completed,
    completedOnTime,
    overdueOpen: sum((r) => r.overdueOpen),
    completionRate: percent(completed, due),
    onTimeRate: percent(completedOnTime, completed),
  };
}
