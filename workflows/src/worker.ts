import fs from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { createActivities, type ActivityDependencies } from './activities';
import { activityDependenciesFromEnv } from './activity-dependencies';
import { DEFAULT_TASK_QUEUE } from './shared/task-queue';
import { ensureSchedules } from './schedules';
import { reconcileTaskTimers } from './task-timer-reconciliation';

// Built by `npm run build` (scripts/build-workflow-bundle); without it the worker bundles at start.
const PREBUILT_BUNDLE = path.resolve(__dirname, '..', 'workflow-bundle.js');

export interface CrmWorkerOptions {
  connection: NativeConnection;
  prisma: PrismaClient;
  namespace?: string;
  taskQueue?: string;
  /** A prebuilt workflow bundle (a file, or code already in memory); without it the workflows are bundled from source at start. */
  workflowBundlePath?: string;
  workflowBundleCode?: string;
  /** Tests pass extra options, e.g. a smaller maxConcurrentActivityTaskExecutions. */
  overrides?: Partial<WorkerOptions>;
  /** Replaces what is otherwise read from the environment (cipher, channels, links). */
  dependencies?: Partial<Omit<ActivityDependencies, 'prisma'>>;
}

export function createCrmWorker({
  connection,
  prisma,
  namespace = 'default',
  taskQueue = DEFAULT_TASK_QUEUE,
  workflowBundlePath,
  workflowBundleCode,
  overrides,
  dependencies,
}: CrmWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    ...(workflowBundleCode
      ? { workflowBundle: { code: workflowBundleCode } }
      : workflowBundlePath
        ? { workflowBundle: { codePath: workflowBundlePath } }
        : { workflowsPath: require.resolve('./workflows') }),
    activities: createActivities({ ...activityDependenciesFromEnv(prisma), ...dependencies }),
    ...overrides,
  });
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const address = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  const prisma = createPrismaClient({ url: databaseUrl, poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10), applicationName: 'hospital-crm-worker' });
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  const taskQueue = process.env.TEMPORAL_TASK_QUEUE ?? DEFAULT_TASK_QUEUE;
  const connection = await NativeConnection.connect({ address });
  const clientConnection = await Connection.connect({ address });
  try {
    await ensureSchedules(new Client({ connection: clientConnection, namespace }), taskQueue);
    const worker = await createCrmWorker({
      connection,
      prisma,
      namespace,
      taskQueue,
      workflowBundlePath: fs.existsSync(PREBUILT_BUNDLE) ? PREBUILT_BUNDLE : undefined,
    });
    console.log(`worker polling task queue ${worker.options.taskQueue} on ${address}`);
    if (process.env.RECONCILE_TASK_TIMERS !== 'false') {
      // In the background: polling starts at once; open tasks without a timer get one.
      const client = new Client({ connection: clientConnection, namespace });
      reconcileTaskTimers(client, prisma, taskQueue).then(
        (count) => console.log(`task timers checked for ${count} open task(s)`),
        (error: unknown) => console.error('task timer reconciliation failed; it runs again at the next start', error),
      );
    }
    // Runs until SIGINT/SIGTERM, which the SDK turns into a graceful shutdown.
    await worker.run();
  } finally {
    await clientConnection.close();
    await connection.close();
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
