import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import pino from 'pino';
import { isClusterPeerEnvelope } from './common/peers/cluster-peer-transport';

const MAX_PROCESSES = 64;
/** How long a process must have served before its death counts as a crash rather than a crash loop. */
const STABLE_AFTER_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** After SIGTERM, how long the processes get to finish their requests (compose allows 20 s). */
const STOP_GRACE_MS = 15_000;

/**
 * API_PROCESSES: how many processes serve the API on this host. One Node process runs JavaScript
 * on one core; `auto` starts one per core. Unset or 1: this process serves alone.
 */
export function apiProcessCount(value: string | undefined, cores = os.availableParallelism()): number {
  const text = value?.trim() ?? '';
  if (text === '') return 1;
  if (text === 'auto') return cores;
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > MAX_PROCESSES) {
    throw new Error(`API_PROCESSES must be a whole number from 1 to ${MAX_PROCESSES}, or "auto" (got "${value}")`);
  }
  return count;
}

/**
 * The primary of an API cluster: it serves no request itself. It starts `count` API processes that
 * share the port (node:cluster hands connections out in turn), passes the cache messages each one
 * sends (common/peers) on to the others, starts a new process when one dies (waiting longer after
 * each quick death), and on SIGTERM/SIGINT stops them all gracefully before it exits.
 */
export function runApiPrimary(count: number): void {
  const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { role: 'api-primary', pid: process.pid } });
  let stopping = false;
  let everListening = false;
  let quickDeaths = 0;
  const startedAt = new Map<number, number>();

  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };

  cluster.on('listening', () => {
    everListening = true;
  });

  // A peer message from one process goes to every other one.
  cluster.on('message', (from: Worker, message: unknown) => {
    if (!isClusterPeerEnvelope(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker.id !== from.id && worker.isConnected()) worker.send(message);
    }
  });

  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? Date.now());
    startedAt.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!everListening) {
      // It never served: a configuration or start-up error that every new process would repeat.
      log.fatal({ code, signal }, 'an API process stopped before serving; stopping the API');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = code || 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode);
      return;
    }
    quickDeaths = lived < STABLE_AFTER_MS ? quickDeaths + 1 : 0;
    const delay = quickDeaths === 0 ? 0 : Math.min(1_000 * 2 ** (quickDeaths - 1), MAX_RESTART_DELAY_MS);
    log.error({ code, signal, livedMs: lived, restartInMs: delay }, 'an API process died; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, delay).unref();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping the API processes');
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_GRACE_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  log.info({ processes: count }, 'starting the API processes');
  for (let i = 0; i < count; i += 1) fork();
}
