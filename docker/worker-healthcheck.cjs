// Docker healthcheck for the worker container: healthy when Temporal lists this container's
// worker among the recent pollers of the task queue. The SDK's default worker identity is
// "<pid>@<hostname>", and a container's hostname is its own, so replicas don't vouch for each other.
const os = require('node:os');
const { setTimeout } = require('node:timers');
const { Connection } = require('@temporalio/client');

const address = process.env.TEMPORAL_ADDRESS || '127.0.0.1:7233';
const namespace = process.env.TEMPORAL_NAMESPACE || 'default';
const taskQueue = process.env.TEMPORAL_TASK_QUEUE || 'hospital-crm';
// A poll is a long poll of up to ~70 s, so a live worker's last access is never older than this.
const MAX_POLL_AGE_MS = 2 * 60_000;
const TASK_QUEUE_TYPE_WORKFLOW = 1;
const TASK_QUEUE_KIND_NORMAL = 1;

function fail(message) {
  console.error(`worker unhealthy: ${message}`);
  process.exit(1);
}

// Docker's own timeout kills us too; this keeps the failure message readable.
setTimeout(() => fail(`no answer from Temporal at ${address} within 8 s`), 8_000).unref();

async function main() {
  const connection = await Connection.connect({ address, connectTimeout: '5s' });
  try {
    const { pollers } = await connection.workflowService.describeTaskQueue({
      namespace,
      taskQueue: { name: taskQueue, kind: TASK_QUEUE_KIND_NORMAL },
      taskQueueType: TASK_QUEUE_TYPE_WORKFLOW,
    });
    const suffix = `@${os.hostname()}`;
    const now = Date.now();
    const mine = (pollers ?? []).filter((p) => {
      const seconds = Number(p.lastAccessTime?.seconds ?? 0);
      return p.identity?.endsWith(suffix) && now - seconds * 1000 < MAX_POLL_AGE_MS;
    });
    if (mine.length === 0) fail(`no recent poller from ${os.hostname()} on task queue ${taskQueue} (${namespace})`);
  } finally {
    await connection.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => fail(error instanceof Error ? error.message : String(error)),
);
