// `npm run test:fuzz`: schemathesis against every operation of the API's own OpenAPI document.
// Starts what it needs by itself (a throw-away PostgreSQL cluster, Temporal, the provider stand-ins,
// the worker and the API on loopback), seeds the demo hospitals, signs in as a hospital admin and
// fuzzes statelessly: no 5xx, and every response matching its documented schema. The report is
// written to security/schemathesis/; the exit code is schemathesis'.
// Extra arguments go to `schemathesis run`, e.g. `npm run test:fuzz -- --max-examples 5`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureNodeModules } from './lib/install.mjs';
import { ensurePythonTools, venvBin } from './lib/python-tools.mjs';
import { ensurePostgres, localDatabaseUrl, recreateDatabase } from './lib/postgres.mjs';
import { migrator, seed } from './lib/prisma.mjs';
import { startTemporal } from './lib/temporal.mjs';
import { startStandIns } from './lib/stand-ins.mjs';
import { assertPortFree, waitForPort } from './lib/ports.mjs';
import { DATA_DIR, ROOT } from './lib/paths.mjs';
import { run, startService, stopChild } from './lib/run.mjs';
import { log } from './lib/log.mjs';
import { buildBackend } from './build.mjs';

const PORTS = {
  pg: Number(process.env.FUZZ_PGPORT ?? 54379),
  temporal: Number(process.env.FUZZ_TEMPORAL_PORT ?? 7274),
  api: Number(process.env.FUZZ_API_PORT ?? 3061),
  moto: Number(process.env.FUZZ_MOTO_PORT ?? 5259),
  twilio: Number(process.env.FUZZ_TWILIO_PORT ?? 5260),
};
const DB = 'hospital_crm_fuzz';
const REPORT_DIR = path.join(ROOT, 'security', 'schemathesis');
// The demo seed's City General admin (prisma/src/seed): every admin route is reachable with it.
const ADMIN = { email: 'admin@citygeneral.example', password: 'Admin#2026' };
// Bounded so the run finishes in minutes on two cores; a fixed seed makes a failure reproducible.
const DEFAULT_ARGS = ['--max-examples', process.env.FUZZ_MAX_EXAMPLES ?? '50', '--seed', process.env.FUZZ_SEED ?? '20261124'];

async function api(apiUrl, path, { token, body } = {}) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await globalThis.fetch(`${apiUrl}/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const answer = await res.json();
  if (!res.ok) throw new Error(`POST ${path} failed: ${res.status} ${JSON.stringify(answer)}`);
  return answer.data;
}

/** An admin's token for the staff routes and an API key (both scopes) for the host-system routes. */
async function credentials(apiUrl) {
  const { accessToken } = await api(apiUrl, '/auth/login', { body: ADMIN });
  const { key } = await api(apiUrl, '/integrations/api-keys', { token: accessToken, body: { name: 'schemathesis', scopes: ['leads:write', 'visits:write'] } });
  return { token: accessToken, key };
}

async function main() {
  ensureNodeModules();
  ensurePythonTools();
  ensurePythonTools(path.join(ROOT, 'scripts', 'requirements-fuzz.txt'));
  log.info('building');
  buildBackend();
  await assertPortFree(PORTS.api, 'API under fuzzing');

  const stops = [];
  let exitCode = 1;
  try {
    const temporal = await startTemporal({ port: PORTS.temporal, quiet: true });
    stops.push(() => stopChild(temporal));
    const standIns = await startStandIns({ motoPort: PORTS.moto, twilioPort: PORTS.twilio, quiet: true });
    stops.push(standIns.stop);
    const pg = await ensurePostgres({ dataDir: path.join(DATA_DIR, 'postgres', `fuzz-${PORTS.pg}`), port: PORTS.pg, databases: [], ephemeral: true });
    stops.push(() => pg.stop());
    recreateDatabase(PORTS.pg, DB);
    const databaseUrl = localDatabaseUrl(PORTS.pg, DB);
    migrator(databaseUrl, 'deploy');
    seed(databaseUrl);

    const apiUrl = `http://127.0.0.1:${PORTS.api}`;
    const env = {
      ...process.env,
      ...standIns.env,
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${PORTS.temporal}`,
      TEMPORAL_TASK_QUEUE: 'hospital-crm-fuzz',
      JWT_SECRET: crypto.randomBytes(48).toString('base64url'),
      COMMUNICATION_KEYS: `fuzz:${crypto.randomBytes(32).toString('base64')}`,
      PUBLIC_API_URL: apiUrl,
      PORT: String(PORTS.api),
      HOST: '127.0.0.1',
    };
    const worker = startService('worker', process.execPath, [path.join(ROOT, 'workflows', 'dist', 'worker.js')], { env, quiet: true });
    stops.push(() => stopChild(worker));
    const api = startService('api', process.execPath, [path.join(ROOT, 'api', 'dist', 'main.js')], { env });
    stops.push(() => stopChild(api));
    await waitForPort(PORTS.api, { name: 'API', timeoutMs: 60_000, child: api });
    const { token, key } = await credentials(apiUrl);
    log.ok(`fuzzing ${apiUrl}/api/docs/json as ${ADMIN.email}`);

    fs.mkdirSync(REPORT_DIR, { recursive: true });
    const args = [
      'run',
      `${apiUrl}/api/docs/json`,
      '--checks',
      'not_a_server_error,response_schema_conformance',
      '--phases',
      'examples,coverage,fuzzing',
      '--header',
      `Authorization: Bearer ${token}`,
      '--header',
      `X-Api-Key: ${key}`,
      // One worker: Python 3.11's ast module is not thread-safe, and hypothesis parses lambdas
      // with it ("AST constructor recursion depth mismatch" with two).
      '--workers',
      '1',
      '--request-timeout',
      '30',
      '--suppress-health-check',
      'all',
      '--report',
      'junit',
      '--report-junit-path',
      path.join(REPORT_DIR, 'junit.xml'),
      '--output-sanitize',
      'true',
      ...DEFAULT_ARGS,
      ...process.argv.slice(2),
    ];
    const started = Date.now();
    const result = run(venvBin('schemathesis'), args, { cwd: ROOT, allowFailure: true, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    process.stdout.write(result.stdout);
    // The console summary, without the run's own token, kept beside the JUnit report.
    fs.writeFileSync(path.join(REPORT_DIR, 'summary.txt'), result.stdout.replaceAll(token, '<token>').replaceAll(key, '<api key>'));
    exitCode = result.status ?? 1;
    (exitCode === 0 ? log.ok : log.error)(
      `schemathesis ${exitCode === 0 ? 'passed' : `failed (exit ${exitCode})`} in ${Math.round((Date.now() - started) / 1000)}s; report in security/schemathesis/`,
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
  process.exit(exitCode);
}

main().catch((error) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
