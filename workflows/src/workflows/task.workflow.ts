import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { TaskActivities } from '../activities/task.activities';
import { taskClosedSignal, taskScheduleChangedSignal, type TaskSchedule } from '../shared/messages';
import { sendQueuedMessage } from './send-queued-message';

const { remindTaskAssignee, markTaskOverdue } = proxyActivities<TaskActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const MINUTE = 60_000;

interface Pending {
  at: number;
  kind: 'reminder' | 'overdue';
  minutesBefore?: number;
}

/** What is left to do for the current schedule, earliest first. */
function pendingEvents(schedule: TaskSchedule, sent: Set<string>, overdue: boolean): Pending[] {
  const dueAt = Date.parse(schedule.dueAt);
  const events: Pending[] = schedule.reminderMinutesBefore
    .filter((m) => !sent.has(`${schedule.dueAt}|${m}`))
    .map((m) => ({ at: dueAt - m * MINUTE, kind: 'reminder' as const, minutesBefore: m }));
  if (!overdue) events.push({ at: dueAt, kind: 'overdue' });
  return events.sort((a, b) => a.at - b.at);
}

/**
 * `task-<id>` owns a task's time: reminders at the lead times before due, OVERDUE the moment
 * the due time passes (a timer, not a sweep), timers moved when the due date changes, and the
 * end when the task is closed. Workflow time is deterministic; activities are idempotent.
 */
export async function taskWorkflow(taskId: string, initial: TaskSchedule): Promise<'closed'> {
  let schedule = initial;
  let changed = false;
  let closed = false;
  let overdue = false;
  const sent = new Set<string>();

  const adopt = (next: TaskSchedule) => {
    // A due date moved later makes an overdue task current again (the API has reopened it).
    if (Date.parse(next.dueAt) > Date.now()) overdue = false;
    schedule = next;
    changed = true;
  };
  setHandler(taskScheduleChangedSignal, adopt);
  setHandler(taskClosedSignal, () => {
    closed = true;
  });

  while (!closed) {
    const [next] = pendingEvents(schedule, sent, overdue);
    changed = false;
    if (!next) {
      await condition(() => closed || changed);
      continue;
    }
    const woken = await condition(() => closed || changed, Math.max(next.at - Date.now(), 0));
    if (woken) continue;
    if (next.kind === 'reminder') {
      // A reminder whose moment passed long ago (the due date was set close) is still sent once,
      // unless the task is already due.
      const result =
        Date.now() < Date.parse(schedule.dueAt) ? await remindTaskAssignee({ taskId, dueAt: schedule.dueAt, minutesBefore: next.minutesBefore! }) : null;
      if (result && result.outcome !== 'applied') {
        if (result.outcome === 'closed') break;
        adopt(result.schedule);
        continue;
      }
      if (result?.emailId) await sendQueuedMessage(result.emailId);
      sent.add(`${schedule.dueAt}|${next.minutesBefore}`);
    } else {
      const result = await markTaskOverdue({ taskId, dueAt: schedule.dueAt });
      // A task closed or rescheduled without the signal reaching us: follow the database.
      if (result.outcome === 'closed') break;
      if (result.outcome === 'stale') {
        adopt(result.schedule);
        continue;
      }
      if (result.emailId) await sendQueuedMessage(result.emailId);
      overdue = true;
    }
  }
  return 'closed';
}
