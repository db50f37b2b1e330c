// A CRM worker in a process of its own, for tests that kill it (SIGKILL) mid-activity.
// Run: node --import tsx workflows/test/support/worker-process.ts <task queue>
// Prints "ready" once polling. No schedules are touched: this is a worker, nothing more.
// WORKFLOW_BUNDLE_PATH (a prebuilt bundle) spares each restart the bundling, for tests that kill it often.
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { createPrismaClient } from '@hospital-crm/db';
import { createCrmWorker } from '../../src/worker';

async function main(): Promise<void> {
  const taskQueue = process.argv[2];
  if (!taskQueue) throw new Error('usage: worker-process.ts <task queue>');
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 2, applicationName: 'killable-worker' });
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const worker = await createCrmWorker({ connection, prisma, taskQueue, workflowBundlePath: process.env.WORKFLOW_BUNDLE_PATH || undefined });
  const running = worker.run();
  console.log('ready');
  await running;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
