import { randomUUID } from 'node:crypto';
import { taskClosedSignal, taskScheduleChangedSignal, taskWorkflowId, WORKFLOW_TYPES, type TaskSchedule } from '../src/shared';
import { startTimeSkipping, type TimeSkippingHarness } from './support/time-skipping';
import { emailsTo, uniqueEmail } from './support/channel-stand-ins';

const HOUR = 3_600_000;
let h: TimeSkippingHarness;
let hospitalId: string;
let userId: string;

beforeAll(async () => {
  h = await startTimeSkipping();
  const hospital = await h.prisma.hospital.create({ data: { name: 'Timers', code: `TT${randomUUID().slice(0, 6).toUpperCase()}` } });
  hospitalId = hospital.id;
  userId = (
    await h.prisma.user.create({
      data: { hospitalId, email: `nurse.${randomUUID()}@t.example`, passwordHash: 'x', role: 'NURSE', firstName: 'N', lastName: 'T' },
    })
  ).id;
}, 120_000);
afterAll(() => h.stop());

/** A task row due `hours` from the test server's clock, and its workflow started as the API does. */
async function taskDueIn(hours: number, reminderMinutesBefore: number[] = []) {
  const now = await h.now();
  const dueDate = new Date(now + hours * HOUR);
  const task = await h.prisma.cRMTask.create({
    data: { hospitalId, title: `Call patient ${randomUUID().slice(0, 4)}`, taskType: 'FOLLOW_UP_CALL', assignedToId: userId, dueDate, reminderMinutesBefore },
  });
  const schedule: TaskSchedule = { dueAt: dueDate.toISOString(), reminderMinutesBefore };
  const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.task, {
    taskQueue: h.taskQueue,
    workflowId: taskWorkflowId(task.id),
    args: [task.id, schedule],
  });
  return { task, handle, schedule };
}

const statusOf = async (id: string) => (await h.prisma.cRMTask.findUniqueOrThrow({ where: { id } })).status;
const notifications = (id: string, type: string) => h.prisma.notification.count({ where: { link: `/tasks/${id}`, type } });

describe('task workflow (time-skipping)', () => {
  it('sets OVERDUE at the due time and not before, once, with one alert', async () => {
    await h.withWorker(async () => {
      const { task } = await taskDueIn(48);
      await h.env.sleep('47 hours');
      expect(await statusOf(task.id)).toBe('PENDING');
      await h.env.sleep('2 hours');
      expect(await statusOf(task.id)).toBe('OVERDUE');
      expect(await notifications(task.id, 'TASK_OVERDUE')).toBe(1);
      const row = await h.prisma.cRMTask.findUniqueOrThrow({ where: { id: task.id } });
      expect(row.overdueAt).not.toBeNull();
    });
  });

  it('reminds once, at the lead time before due', async () => {
    await h.withWorker(async () => {
      const { task } = await taskDueIn(24, [120]);
      await h.env.sleep('21 hours');
      expect(await notifications(task.id, 'TASK_REMINDER')).toBe(0);
      await h.env.sleep('2 hours');
      expect(await notifications(task.id, 'TASK_REMINDER')).toBe(1);
      await h.env.sleep('3 hours');
      expect(await notifications(task.id, 'TASK_REMINDER')).toBe(1);
      expect(await statusOf(task.id)).toBe('OVERDUE');
    });
  });

  it('moves its timers when the due date moves later: not overdue at the old time', async () => {
    await h.withWorker(async () => {
      const { task, handle, schedule } = await taskDueIn(10);
      await h.env.sleep('5 hours');
      const later = new Date(Date.parse(schedule.dueAt) + 24 * HOUR);
      await h.prisma.cRMTask.update({ where: { id: task.id }, data: { dueDate: later } });
      await handle.signal(taskScheduleChangedSignal, { dueAt: later.toISOString(), reminderMinutesBefore: [] });
      await h.env.sleep('7 hours');
      expect(await statusOf(task.id)).toBe('PENDING');
      await h.env.sleep('24 hours');
      expect(await statusOf(task.id)).toBe('OVERDUE');
    });
  });

  it('ends when the task is completed before due, and never marks it overdue', async () => {
    await h.withWorker(async () => {
      const { task, handle } = await taskDueIn(6, [60]);
      await h.env.sleep('1 hour');
      await h.prisma.cRMTask.update({ where: { id: task.id }, data: { status: 'COMPLETED', completedAt: new Date() } });
      await handle.signal(taskClosedSignal);
      expect(await handle.result()).toBe('closed');
      await h.env.sleep('10 hours');
      expect(await statusOf(task.id)).toBe('COMPLETED');
      expect(await notifications(task.id, 'TASK_OVERDUE')).toBe(0);
      expect(await notifications(task.id, 'TASK_REMINDER')).toBe(0);
    });
  });

  it('heals a missed signal: a due date moved only in the database is followed, not the stale timer', async () => {
    await h.withWorker(async () => {
      const { task } = await taskDueIn(2);
      await h.prisma.cRMTask.update({ where: { id: task.id }, data: { dueDate: new Date((await h.now()) + 10 * HOUR) } });
      await h.env.sleep('3 hours');
      expect(await statusOf(task.id)).toBe('PENDING');
      await h.env.sleep('8 hours');
      expect(await statusOf(task.id)).toBe('OVERDUE');
    });
  });

  it('ends by itself when the task was closed in the database without a signal', async () => {
    await h.withWorker(async () => {
      const { task, handle } = await taskDueIn(2);
      await h.prisma.cRMTask.update({ where: { id: task.id }, data: { status: 'CANCELLED', cancelledAt: new Date() } });
      expect(await handle.result()).toBe('closed');
      expect(await statusOf(task.id)).toBe('CANCELLED');
    });
  });

  it('also emails an assignee who asked for email: one reminder and one overdue alert, through SES', async () => {
    await h.withWorker(async () => {
      const email = uniqueEmail();
      const nurse = await h.prisma.user.create({
        data: { hospitalId, email, passwordHash: 'x', role: 'NURSE', firstName: 'Leela', lastName: 'T', notifyByEmail: true },
      });
      const now = await h.now();
      const task = await h.prisma.cRMTask.create({
        data: {
          hospitalId,
          title: 'Call back Mr. Sen',
          taskType: 'FOLLOW_UP_CALL',
          assignedToId: nurse.id,
          dueDate: new Date(now + 3 * HOUR),
          reminderMinutesBefore: [60],
        },
      });
      const handle = await h.env.client.workflow.start(WORKFLOW_TYPES.task, {
        taskQueue: h.taskQueue,
        workflowId: taskWorkflowId(task.id),
        args: [task.id, { dueAt: task.dueDate.toISOString(), reminderMinutesBefore: [60] }],
      });
      await h.env.sleep('150 minutes');
      const subjects = async () => {
        const sent = await h.prisma.cRMCommunication.findMany({ where: { toAddress: email }, orderBy: { createdAt: 'asc' } });
        return sent.map((c) => `${c.subject}|${c.status}`);
      };
      await eventuallyEqual(subjects, ['Due in 1 hour: Call back Mr. Sen|SENT']);
      await h.env.sleep('1 hour');
      await eventuallyEqual(subjects, ['Due in 1 hour: Call back Mr. Sen|SENT', 'Overdue: Call back Mr. Sen|SENT']);
      const received = await emailsTo(email);
      expect(received).toHaveLength(2);
      expect(received.map((m) => /^Subject: (.*)$/m.exec(m.raw_data)?.[1])).toEqual(['Due in 1 hour: Call back Mr. Sen', 'Overdue: Call back Mr. Sen']);
      await handle.signal(taskClosedSignal);
    });
  });
});

/** Polls until the value equals `expected` (a child workflow finishes on its own schedule). */
async function eventuallyEqual<T>(read: () => Promise<T>, expected: T, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      expect(value).toEqual(expected);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
