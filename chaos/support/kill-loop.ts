import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { startWorkerProcess } from '../../workflows/test/support/killable-worker';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SIGKILL, and wait until the process is gone. */
export async function killNow(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
}

/** The workflows bundled once into a file, so a worker restarted after SIGKILL polls again within seconds. */
export async function prebuiltBundle(): Promise<string> {
  const file = path.join(os.tmpdir(), `chaos-workflow-bundle-${process.pid}.js`);
  if (!fs.existsSync(file)) {
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows/src/workflows'), logger: new DefaultLogger('WARN') });
    fs.writeFileSync(file, code);
  }
  return file;
}

export interface KillLoopOptions {
  taskQueue: string;
  /** Something that grows while the work moves on (e.g. messages settled): a worker is killed only after it moved it. */
  progress: () => Promise<number>;
  done: () => Promise<boolean>;
  /** Give up (and fail) after this long. */
  timeoutMs: number;
  /** A kill lands this long (ms, uniformly at random) after the worker was seen to move the work on. */
  killAfterMs?: [number, number];
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs a worker process on taskQueue and SIGKILLs it at random moments, starting another each
 * time, until done() (then the last worker is stopped too). Returns how many kills there were.
 */
export async function killRepeatedly({ taskQueue, progress, done, timeoutMs, killAfterMs = [1000, 4000], env }: KillLoopOptions): Promise<number> {
  const workerEnv = { ...process.env, ...env, WORKFLOW_BUNDLE_PATH: await prebuiltBundle() };
  const deadline = Date.now() + timeoutMs;
  let kills = 0;
  let child: ChildProcess | undefined;
  try {
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms (${kills} kills)`);
      child = await startWorkerProcess(taskQueue, workerEnv);
      // Wait until this worker has moved the work on (a retried activity first waits out its heartbeat timeout).
      const before = await progress();
      while (!(await done()) && (await progress()) === before && Date.now() < deadline) await sleep(100);
      const [min, max] = killAfterMs;
      const killAt = Date.now() + min + Math.random() * (max - min);
      while (Date.now() < killAt && !(await done())) await sleep(100);
      if (await done()) break;
      await killNow(child);
      kills += 1;
      child = undefined;
    }
  } finally {
    if (child) await killNow(child);
  }
  return kills;
}
