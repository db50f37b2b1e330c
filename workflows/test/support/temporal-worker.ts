import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { createCrmWorker } from '../../src/worker';

let runtimeInstalled = false;

export interface WorkerHarness {
  prisma: PrismaClient;
  client: Client;
  taskQueue: string;
  stop: () => Promise<void>;
}

/** A real worker on the Temporal server and PostgreSQL `npm test` started, on a task queue of its own. */
export async function startWorkerHarness(queue?: string): Promise<WorkerHarness> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const taskQueue = queue ?? `workflows-test-${randomUUID()}`;
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const nativeConnection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const worker: Worker = await createCrmWorker({ connection: nativeConnection, prisma, taskQueue });
  const running = worker.run();
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  return {
    prisma,
    client,
    taskQueue,
    stop: async () => {
      worker.shutdown();
      await running;
      await nativeConnection.close();
      await client.connection.close();
      await prisma.$disconnect();
    },
  };
}
