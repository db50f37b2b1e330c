import type { Client } from '@temporalio/client';
import type { PrismaClient } from '@hospital-crm/db';
import { taskScheduleChangedSignal, taskWorkflowId, WORKFLOW_TYPES, type TaskSchedule } from './shared';

const PAGE = 500;
const CONCURRENCY = 10;

/**
 * Gives every open task its `task-<id>` timer workflow: tasks written without the API (the demo
 * seed, an import, a restore of the database into a fresh Temporal) would otherwise never go
 * overdue. Signal-with-start makes it idempotent: a running timer just re-reads the same schedule
 * (reminders already sent are remembered per due date, so none is sent twice).
 * Returns how many tasks were handed to their workflow. `hospitalId` limits it to one hospital.
 */
export async function reconcileTaskTimers(client: Client, prisma: PrismaClient, taskQueue: string, hospitalId?: string): Promise<number> {
  let after: string | undefined;
  let handed = 0;
  for (;;) {
    const tasks = await prisma.cRMTask.findMany({
      where: { status: { in: ['PENDING', 'IN_PROGRESS', 'OVERDUE'] }, ...(hospitalId && { hospitalId }), ...(after && { id: { gt: after } }) },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, dueDate: true, reminderMinutesBefore: true },
    });
    if (!tasks.length) return handed;
    for (let i = 0; i < tasks.length; i += CONCURRENCY) {
      await Promise.all(
        tasks.slice(i, i + CONCURRENCY).map((task) => {
          const schedule: TaskSchedule = { dueAt: task.dueDate.toISOString(), reminderMinutesBefore: task.reminderMinutesBefore };
          return client.workflow.signalWithStart(WORKFLOW_TYPES.task, {
            workflowId: taskWorkflowId(task.id),
            taskQueue,
            args: [task.id, schedule],
            signal: taskScheduleChangedSignal,
            signalArgs: [schedule],
          });
        }),
      );
    }
    handed += tasks.length;
    after = tasks[tasks.length - 1].id;
  }
}
