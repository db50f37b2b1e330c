// The benchmark's own stack: a tuned PostgreSQL cluster kept under .data/postgres/bench, and the API.
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { ensurePostgres } from '../../scripts/lib/postgres.mjs';
import { waitForPort } from '../../scripts/lib/ports.mjs';
import { DATA_DIR, ROOT } from '../../scripts/lib/paths.mjs';
import { capture, run, startService } from '../../scripts/lib/run.mjs';
import { log } from '../../scripts/lib/log.mjs';
import os from 'node:os';
import { childrenOf } from './load.mjs';
import { PRODUCTION_API_PROCESSES, PRODUCTION_NODE_OPTIONS } from './node-options.mjs';

// BENCH_PGDATA keeps a second copy of the cluster elsewhere (two engineers benchmarking at once).
export const PG_DIR = process.env.BENCH_PGDATA ?? path.join(DATA_DIR, 'postgres', 'bench');

// Set once with ALTER SYSTEM (kept in the cluster's postgresql.auto.conf).
// shared_buffers: the stock 128MB is not what a 24 GiB database host runs with. wal_level=minimal lets the
// generator's load skip WAL (a benchmark cluster has no replicas). The two libraries are the profiler:
// pg_stat_statements always, auto_explain only while a missed figure is being explained.
const CLUSTER_SETTINGS = {
  shared_buffers: '512MB',
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_wal_size: '4GB',
  shared_preload_libraries: 'pg_stat_statements,auto_explain',
  track_io_timing: 'on',
};

function pgBin(name) {
  const fromConfig = capture('pg_config', ['--bindir']);
  const dirs = [fromConfig, ...fs.readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`)].filter(Boolean);
  const dir = dirs.find((d) => fs.existsSync(path.join(d, name)));
  if (!dir) throw new Error(`PostgreSQL's ${name} not found`);
  return path.join(dir, name);
}

function pgCtl(...args) {
  const cmd = [pgBin('pg_ctl'), '-D', PG_DIR, ...args];
  // initdb/pg_ctl refuse to run as root: scripts/lib/postgres.mjs runs the cluster as the postgres user.
  if (process.getuid?.() === 0) return run('runuser', ['-u', 'postgres', '--', ...cmd], { stdio: 'pipe', allowFailure: true });
  return run(cmd[0], cmd.slice(1), { stdio: 'pipe', allowFailure: true });
}

export async function query(url, sql, params) {
  const client = new pg.Client({ connectionString: url, application_name: 'bench' });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Starts (or adopts) the bench cluster with CLUSTER_SETTINGS applied; restarts it once when they change.
 * Returns its stop: a cluster this run found running (another engineer's run, or one left by a crash) is left running.
 */
export async function startPostgres(port, databases) {
  let cluster = await ensurePostgres({ dataDir: PG_DIR, port, databases });
  const admin = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const stale = [];
  for (const [name, wanted] of Object.entries(CLUSTER_SETTINGS)) {
    const [row] = await query(admin, `SHOW ${name}`);
    if (row[name].replace(/\s/g, '') !== wanted) stale.push([name, wanted]);
  }
  if (stale.length) {
    log.info(`tuning the bench cluster (${stale.map(([n]) => n).join(', ')}) and restarting it`);
    // Each list element is quoted on its own: one quoted 'a,b' would name a single library "a,b".
    for (const [name, value] of stale)
      await query(
        admin,
        `ALTER SYSTEM SET ${name} = ${value
          .split(',')
          .map((v) => `'${v}'`)
          .join(', ')}`,
      );
    stopPostgres();
    cluster = await ensurePostgres({ dataDir: PG_DIR, port, databases });
  }
  return cluster.stop;
}

/** Stops the bench cluster, whoever started it. */
function stopPostgres() {
  if (fs.existsSync(path.join(PG_DIR, 'postmaster.pid'))) pgCtl('-m', 'fast', '-w', 'stop');
}

export function postmasterPid() {
  const file = path.join(PG_DIR, 'postmaster.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : null;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs the built API (api/dist/main.js) the way production does, on a free loopback port. */
/** How many API processes API_PROCESSES asks for; above 1, a cluster primary starts them. */
function apiProcessCount() {
  return PRODUCTION_API_PROCESSES === 'auto' ? os.availableParallelism() : Number(PRODUCTION_API_PROCESSES ?? 1);
}

/** The port answers once one process listens: wait until the cluster has started all of them (the warm-up then finds them ready). */
async function waitForServing(serving) {
  const expected = apiProcessCount();
  if (expected <= 1) return;
  for (let waited = 0; serving().length < expected; waited += 100) {
    if (waited > 60_000) throw new Error(`the API started ${serving().length} of its ${expected} processes within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startApi({ databaseUrl, temporalAddress, poolSize, profileDir }) {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    TEMPORAL_ADDRESS: temporalAddress,
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    COMMUNICATION_KEYS: `bench:${crypto.randomBytes(32).toString('base64')}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: PRODUCTION_NODE_OPTIONS,
    API_PROCESSES: PRODUCTION_API_PROCESSES,
    BENCH_CPU_PROFILE_DIR: profileDir,
  };
  // The preloaded profiler lets a missed figure be explained with a CPU profile of this very process.
  const profiler = path.join(ROOT, 'bench', 'lib', 'cpu-profiler.cjs');
  const child = startService('api', process.execPath, ['-r', profiler, path.join(ROOT, 'api', 'dist', 'main.js')], { env });
  await waitForPort(port, { name: 'API', timeoutMs: 60_000, child });
  // With API_PROCESSES above 1 the child is the cluster's primary and its children serve.
  const serving = () => childrenOf(child.pid);
  await waitForServing(serving);
  return {
    child,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    /** Every process of the API: the one started and, in a cluster, those it started. */
    pids: () => [child.pid, ...serving()],
    /** A process that serves requests (to profile). */
    servingPid: () => serving()[0] ?? child.pid,
  };
}
