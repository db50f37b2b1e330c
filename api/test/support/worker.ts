import { randomUUID } from 'node:crypto';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { createCrmWorker } from '@hospital-crm/workflows/worker';
import { createPrismaClient } from '@hospital-crm/db';

let runtimeInstalled = false;

/**
 * A real worker on a task queue of this test file's own, pointed at by TEMPORAL_TASK_QUEUE
 * before the app is created, so workflows the API starts run here and nowhere else.
 */
export async function startTestWorker(): Promise<{ taskQueue: string; stop: () => Promise<void> }> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const taskQueue = `api-e2e-${randomUUID()}`;
  process.env.TEMPORAL_TASK_QUEUE = taskQueue;
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4, applicationName: 'api-e2e-worker' });
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const worker: Worker = await createCrmWorker({ connection, prisma, taskQueue });
  const running = worker.run();
  return {
    taskQueue,
    stop: async () => {
      worker.shutdown();
      await running;
      await connection.close();
      await prisma.$disconnect();
    },
  };
}

/** Polls until check() returns a value that is not undefined, or fails after timeoutMs. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
