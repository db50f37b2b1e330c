import { randomUUID } from 'node:crypto';
import { taskWorkflowId } from '../src/shared';
import { reconcileTaskTimers } from '../src/task-timer-reconciliation';
import { startWorkerHarness, type WorkerHarness } from './support/temporal-worker';

// Tasks written straight to the database (the demo seed) get their timer when a worker starts.
describe('task timer reconciliation', () => {
  let h: WorkerHarness;
  beforeAll(async () => {
    h = await startWorkerHarness();
  }, 60_000);
  afterAll(() => h.stop());

  it('starts a timer for each open task without one, once; closed tasks get none', async () => {
    const hospital = await h.prisma.hospital.create({ data: { name: 'Seeded', code: `SD${randomUUID().slice(0, 6).toUpperCase()}` } });
    const nurse = await h.prisma.user.create({
      data: { hospitalId: hospital.id, email: `n.${randomUUID()}@t.example`, passwordHash: 'x', role: 'NURSE', firstName: 'N', lastName: 'S' },
    });
    const task = (status: 'PENDING' | 'COMPLETED', hours: number) =>
      h.prisma.cRMTask.create({
        data: {
          hospitalId: hospital.id,
          title: `Seeded ${status}`,
          taskType: 'FOLLOW_UP_CALL',
          assignedToId: nurse.id,
          status,
          dueDate: new Date(Date.now() + hours * 3_600_000),
        },
      });
    const open = await task('PENDING', 48);
    const done = await task('COMPLETED', 48);
    // Limited to this file's hospital: other files' tasks are theirs to time.
    expect(await reconcileTaskTimers(h.client, h.prisma, h.taskQueue, hospital.id)).toBe(1);
    const first = await h.client.workflow.getHandle(taskWorkflowId(open.id)).describe();
    expect(first.status.name).toBe('RUNNING');
    await expect(h.client.workflow.getHandle(taskWorkflowId(done.id)).describe()).rejects.toThrow(/not found/i);

    await reconcileTaskTimers(h.client, h.prisma, h.taskQueue, hospital.id);
    const second = await h.client.workflow.getHandle(taskWorkflowId(open.id)).describe();
    expect(second.runId).toBe(first.runId);
    await h.client.workflow.getHandle(taskWorkflowId(open.id)).terminate('test done');
  });
});
