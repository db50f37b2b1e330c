// The benchmark itself (bench/run.mjs installs the npm packages first): starts its own stack (PostgreSQL, Temporal, API), generates the dataset once,
// runs every scenario and writes bench/RESULTS.md and bench/results/latest.json. See bench/README.md.
import { Buffer } from 'node:buffer';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureNodeModules } from '../../scripts/lib/install.mjs';
import { ensurePythonTools } from '../../scripts/lib/python-tools.mjs';
import { recreateDatabase, localDatabaseUrl } from '../../scripts/lib/postgres.mjs';
import { migrator } from '../../scripts/lib/prisma.mjs';
import { startTemporal } from '../../scripts/lib/temporal.mjs';
import { ROOT } from '../../scripts/lib/paths.mjs';
import { run, stopChild } from '../../scripts/lib/run.mjs';
import { log } from '../../scripts/lib/log.mjs';
import { buildBackend } from '../../scripts/build.mjs';
import { postmasterPid, query, startApi, startPostgres } from './stack.mjs';
import { loadAutocannon, memoryKiB, runLoad, startSampling, waitForQuiet } from './load.mjs';
import { httpScenarios, loadPools } from './scenarios.mjs';
import { explainSlowest, resetStatements, topStatements } from './profile.mjs';
import { profileApi, summarizeProfile } from './cpu-profile.mjs';
import { machineFacts, writeReport } from './report.mjs';
import { campaignFigures } from './campaign.mjs';
import { consoleLoadFigure } from './console-load.mjs';
import { nightlyFigure } from './nightly.mjs';
import { AFTER_WRITE_ID, dashboardAfterWriteFigure } from './dashboard-after-write.mjs';

const BENCH = path.join(ROOT, 'bench');
const PROFILE_DIR = path.join(BENCH, 'results', 'profiles');
const PG_PORT = Number(process.env.BENCH_PGPORT ?? 54349);
const TEMPORAL_PORT = Number(process.env.BENCH_TEMPORAL_PORT ?? 7254);
const HOSPITALS = 10;
const CONNECTIONS = 20;
const MEMORY_GOAL_MIB = 512;
// The generator creates these staff (bench/generate.ts: BENCH_PASSWORD); hospital H01 is the one under load.
const SIGN_IN = { email: 'admin1@h01.bench.example', password: 'Bench#2026', hospital: 'H01' };
// campaignRecipients: the audience of each campaign figure; campaignProfileRecipients: the shorter send that
// explains a missed throughput figure; pauseRounds: pauses (each after a share of the audience went out).
const MODES = {
  full: {
    leads: 1_000_000,
    seconds: 10,
    // Steady state, as a long-running API serves: every API process has compiled the scenario's path and
    // opened its pool's connections. With 3 s the first timed run of a scenario was still ~20% slower than the third.
    warmupSeconds: 10,
    runs: 3,
    pool: 2000,
    profileSeconds: 3,
    afterWriteRounds: 20,
    campaignRecipients: 100_000,
    campaignProfileRecipients: 20_000,
    pauseRounds: 5,
  },
  quick: {
    leads: 50_000,
    seconds: 5,
    warmupSeconds: 2,
    runs: 3,
    pool: 500,
    profileSeconds: 2,
    afterWriteRounds: 5,
    campaignRecipients: 10_000,
    campaignProfileRecipients: 5_000,
    pauseRounds: 3,
  },
};
// --only takes scenario ids, `campaign` (all campaign figures) and `console-load` (bench/lib/console-load.mjs); HTTP-scenario ids are read off the list itself.
const LEAD_IDS = httpScenarios({ hospitalId: null, leads: [], movable: [] }).map((s) => s.id);
const GROUPS = [...LEAD_IDS, AFTER_WRITE_ID, 'nightly-recompute', 'campaign', 'console-load'];

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    regenerate: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const mode = opts.quick ? MODES.quick : MODES.full;
const only = opts.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((id) => !GROUPS.includes(id));
if (unknown?.length) {
  log.error(`--only: unknown ${unknown.join(', ')}; choose from ${GROUPS.join(', ')}`);
  process.exit(2);
}
const wanted = (id) => !only || only.includes(id);

/** Must match generatorHash() in generate.ts: a changed generator means a new dataset. */
function generatorHash() {
  const files = ['generate.ts', 'lib/vocabulary.ts'].map((f) => fs.readFileSync(path.join(BENCH, f)));
  return crypto.createHash('sha256').update(Buffer.concat(files)).digest('hex').slice(0, 16);
}

async function readMarker(url) {
  try {
    const [row] = await query(url, `SELECT leads, hospitals, generator, generated_at, seconds, counts FROM bench.dataset`);
    return row ? { ...row, seconds: Number(row.seconds), generatedAt: row.generated_at.toISOString() } : null;
  } catch {
    return null; // no marker table: never generated here
  }
}

/** The dataset of this size, generated once and reused while the generator is unchanged. */
async function ensureDataset(db) {
  const url = localDatabaseUrl(PG_PORT, db);
  const marker = await readMarker(url);
  if (marker && !opts.regenerate && marker.leads === mode.leads && marker.hospitals === HOSPITALS && marker.generator === generatorHash()) {
    log.ok(`reusing the ${mode.leads.toLocaleString('en-US')}-lead dataset generated ${marker.generatedAt}`);
    migrator(url, 'deploy'); // migrations added since then
    // As an operator does after a migration that rewrote the table (adding a stored generated column does): the
    // rewrite leaves the visibility map empty, and the lists' index-only counts would read the table until autovacuum.
    // On a table vacuumed before, this finds nothing to do.
    await query(url, `VACUUM "CRMLead"`);
    return { url, marker };
  }
  log.info(`generating the ${mode.leads.toLocaleString('en-US')}-lead dataset into ${db}`);
  recreateDatabase(PG_PORT, db);
  migrator(url, 'deploy');
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  run(tsx, [path.join(BENCH, 'generate.ts'), '--url', url, '--leads', String(mode.leads), '--hospitals', String(HOSPITALS)], { cwd: ROOT });
  return { url, marker: await readMarker(url) };
}

function build(warnings) {
  if (opts['skip-build']) return warnings.push('`--skip-build`: the API and the worker were not rebuilt for this run.');
  try {
    buildBackend();
  } catch (error) {
    // Others may be mid-edit; an older build still gives figures, but RESULTS.md must say so.
    const outputs = ['api/dist/main.js', 'workflows/dist/worker.js'].map((f) => path.join(ROOT, f));
    if (!outputs.every((f) => fs.existsSync(f))) throw error;
    const built = outputs.map((f) => `${path.relative(ROOT, f)} ${fs.statSync(f).mtime.toISOString()}`).join(', ');
    log.warn(`build failed (${error.message}); benchmarking the previous build (${built})`);
    warnings.push(`the build failed (${error.message}); these figures are from the previous build (${built}).`);
  }
}

/**
 * With --only, the figures this run did not measure are carried over from the previous results, each
 * marked with the run it comes from, so RESULTS.md keeps every figure.
 */
function carryOver(figures, jsonFile) {
  if (!only || !fs.existsSync(jsonFile)) return figures;
  let previous;
  try {
    previous = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  } catch {
    return figures;
  }
  const measured = new Set(figures.map((f) => f.id));
  const carried = (previous.figures ?? [])
    .filter((f) => !measured.has(f.id))
    .map((f) => ({ ...f, carried: f.carried ?? { startedAt: previous.startedAt, quick: !!previous.settings?.quick } }));
  const order = [...LEAD_IDS, 'api-memory'];
  const rank = (f) => (f.group === 'campaign' ? order.length : order.indexOf(f.id) === -1 ? order.length - 1 : order.indexOf(f.id));
  return [...figures, ...carried].sort((a, b) => rank(a) - rank(b));
}

async function login(baseUrl) {
  const response = await globalThis.fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: SIGN_IN.email, password: SIGN_IN.password }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.data?.accessToken) throw new Error(`login as ${SIGN_IN.email} failed: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
  return body.data.accessToken;
}

/** One request before the load: a missing endpoint or a contract mismatch is reported, not measured. */
async function probe(baseUrl, token, scenario) {
  const next = scenario.next();
  const response = await globalThis.fetch(baseUrl + next.path, {
    method: next.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(next.body ? { 'content-type': 'application/json' } : {}) },
    body: next.body ? JSON.stringify(next.body) : undefined,
  });
  if (response.ok) return null;
  const body = await response.json().catch(() => ({}));
  const message = `${next.method ?? 'GET'} ${next.path.split('?')[0]} answered ${response.status}: ${body.error?.message ?? body.message ?? ''}`.trim();
  return { reason: response.status === 404 ? 'endpoint missing' : `probe answered ${response.status}`, message };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

async function measure(ctx, scenario) {
  const { autocannon, api, token, db } = ctx;
  if (api.child.exitCode !== null || api.child.signalCode)
    throw new Error(`the API exited (${api.child.exitCode ?? api.child.signalCode}); its output is above`);
  const figure = { id: scenario.id, title: scenario.title, goal: scenario.goal, connections: CONNECTIONS, cores: ctx.machine.cores };
  const failure = await probe(api.baseUrl, token, scenario);
  if (failure) {
    log.warn(`${scenario.id}: not measured, ${failure.message}`);
    return { ...figure, skipped: failure.reason, probe: failure.message };
  }
  const load = (seconds) => runLoad(autocannon, { baseUrl: api.baseUrl, token, scenario, connections: CONNECTIONS, seconds });
  await load(mode.warmupSeconds);
  await resetStatements(db.url);
  figure.runs = [];
  for (let i = 0; i < mode.runs; i++) {
    const sample = startSampling({ apiPids: api.pids, postmasterPid: postmasterPid() });
    const result = await load(mode.seconds);
    const cpu = sample();
    const perRequest = (cores) => Math.round(((cores * 1000) / result.rps) * 100) / 100;
    cpu.apiMsPerRequest = perRequest(cpu.apiCores);
    cpu.postgresMsPerRequest = perRequest(cpu.postgresCores);
    cpu.otherCores = Math.max(
      0,
      Math.round(((cpu.machineBusyPercent / 100) * ctx.machine.cores - cpu.apiCores - cpu.postgresCores - cpu.loaderCores) * 100) / 100,
    );
    figure.runs.push({ ...result, cpu });
    log.info(`${scenario.id} run ${i + 1}: p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.rps} req/s, ${result.non2xx} non-2xx`);
  }
  figure.statements = await topStatements(db.url);
  figure.median = Object.fromEntries(['p50', 'p95', 'p99', 'rps'].map((k) => [k, median(figure.runs.map((r) => r[k]))]));
  figure.cpu = figure.runs.find((r) => r.p95 === figure.median.p95)?.cpu;
  const requests = figure.runs.reduce((n, r) => n + r.requests, 0);
  const failed = figure.runs.reduce((n, r) => n + r.non2xx + r.socketErrors + r.timeouts, 0);
  const codes = [...new Set(figure.runs.flatMap((r) => Object.keys(r.statuses)))].join(', ');
  if (failed > requests * 0.01) figure.invalid = `${failed} of ${requests} requests failed (status codes ${codes})`;
  figure.met = !figure.invalid && figure.median.p95 !== null && figure.median.p95 < scenario.goal.p95;
  if (!figure.met && !figure.invalid) {
    figure.profileSeconds = mode.profileSeconds;
    figure.profileThresholdMs = Math.max(5, Math.round(scenario.goal.p95 / 2));
    log.info(`${scenario.id} missed its goal: profiling the slowest statements`);
    // One extra pass with both profilers on: auto_explain in PostgreSQL, the V8 sampler in the API.
    let profile = null;
    figure.slowestPlan = await explainSlowest(db.url, figure.profileThresholdMs, async () => {
      profile = await profileApi(api.servingPid(), PROFILE_DIR, () => load(mode.profileSeconds));
    });
    if (profile) {
      const file = path.join(PROFILE_DIR, `${scenario.id}.cpuprofile`);
      fs.renameSync(profile, file);
      figure.cpuProfile = { file: path.relative(ROOT, file), ...summarizeProfile(file) };
    }
  }
  return figure;
}

/** Before a figure: the background work the previous one left (the worker, autovacuum after writes) is done first. */
async function settle(machine, id) {
  const { waitedMs, quiet } = await waitForQuiet({ machineCores: machine.cores });
  if (waitedMs > 3_000 || !quiet) log.info(`${id}: waited ${Math.round(waitedMs / 1000)} s for the machine to be quiet${quiet ? '' : ' (it was not)'}`);
}

function summary(f) {
  if (f.skipped) return `not measured (${f.skipped})`;
  if (f.invalid) return `invalid (${f.invalid})`;
  if (f.goal.maxMiB) return `${f.value} MiB`;
  if (f.goal.minRate) return `${f.value} messages/s`;
  if (f.goal.maxMs) return `${f.value} ms`;
  return `p95 ${f.median.p95} ms`;
}

async function main() {
  const startedAt = new Date();
  const warnings = [];
  const machine = machineFacts();
  const stops = [];
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    for (const stop of stops.reverse()) await stop().catch((error) => log.warn(String(error)));
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll().then(() => process.exit(130)));

  try {
    ensureNodeModules();
    ensurePythonTools();
    const { autocannon, version: autocannonVersion } = loadAutocannon();
    build(warnings);

    const dbName = `bench_${mode.leads}`;
    stops.push(await startPostgres(PG_PORT, [dbName]));
    const db = await ensureDataset(dbName);
    await query(db.url, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');

    const temporal = await startTemporal({ port: TEMPORAL_PORT, quiet: true });
    stops.push(() => stopChild(temporal));
    const temporalAddress = `127.0.0.1:${TEMPORAL_PORT}`;
    const poolSize = Number(process.env.BENCH_DB_POOL_SIZE ?? 10);
    // Only the profiles of what this run measures are replaced; carried-over figures keep theirs.
    fs.mkdirSync(PROFILE_DIR, { recursive: true });
    for (const file of fs.readdirSync(PROFILE_DIR)) {
      const id = file.replace(/\.cpuprofile$/, '');
      if (!file.endsWith('.cpuprofile') || /^(api|worker)-\d+-\d+$/.test(id) || wanted(id) || (wanted('campaign') && id.startsWith('campaign-')))
        fs.rmSync(path.join(PROFILE_DIR, file), { force: true });
    }

    const figures = [];
    const pools = await loadPools(db.url, SIGN_IN.hospital, mode.pool);
    const scenarios = httpScenarios(pools).filter((s) => wanted(s.id));
    if (scenarios.length || wanted(AFTER_WRITE_ID)) {
      const api = await startApi({ databaseUrl: db.url, temporalAddress, poolSize, profileDir: PROFILE_DIR });
      stops.push(() => stopChild(api.child));
      const token = await login(api.baseUrl);
      log.ok(`API on ${api.baseUrl}, signed in as ${SIGN_IN.email}`);
      const ctx = { autocannon, api, token, db, machine };
      for (const scenario of scenarios) {
        await settle(machine, scenario.id);
        figures.push(await measure(ctx, scenario));
      }
      if (wanted(AFTER_WRITE_ID)) {
        await settle(machine, AFTER_WRITE_ID);
        const card = pools.movable[pools.movable.length - 1];
        figures.push(await dashboardAfterWriteFigure({ baseUrl: api.baseUrl, token, card, connections: CONNECTIONS, rounds: mode.afterWriteRounds }));
      }
      // Each process's own peak (VmHWM); the goal is per process, as the API's heap ceiling is.
      const peaks = api.pids().map((pid) => Math.round(memoryKiB(pid, 'VmHWM') / 1024));
      const hwm = Math.max(...peaks);
      figures.push({
        id: 'api-memory',
        title: 'API peak memory per process (VmHWM over the whole run)',
        goal: { maxMiB: MEMORY_GOAL_MIB },
        value: hwm,
        met: hwm < MEMORY_GOAL_MIB,
        processes: peaks,
      });
    }
    if (wanted('nightly-recompute')) {
      await settle(machine, 'nightly-recompute');
      figures.push(
        await nightlyFigure({ db, temporalAddress, temporalPid: temporal.pid, machine, profileDir: PROFILE_DIR, poolSize, onStop: (stop) => stops.push(stop) }),
      );
    }
    if (wanted('campaign')) {
      await settle(machine, 'campaign');
      figures.push(
        ...(await campaignFigures({
          db,
          temporalAddress,
          temporalPid: temporal.pid,
          mode,
          machine,
          profileDir: PROFILE_DIR,
          poolSize,
          onStop: (stop) => stops.push(stop),
        })),
      );
    }

    if (wanted('console-load')) {
      const onStop = (stop) => stops.push(stop);
      figures.push(await consoleLoadFigure({ db, temporalAddress, quick: opts.quick, poolSize, profileDir: PROFILE_DIR, signIn: SIGN_IN, onStop }));
    }

    // A sample above the machine's cores is a /proc sampling glitch, not load: left out.
    const others = Math.max(
      0,
      ...[...figures.flatMap((f) => f.runs ?? []).map((r) => r.cpu?.otherCores ?? 0), ...figures.map((f) => f.cpu?.otherCores ?? 0)].filter(
        (c) => c <= machine.cores,
      ),
    );
    if (others > 0.25) {
      warnings.push(
        `other processes on this machine used up to ${others} of its ${machine.cores} cores during the measurements; ` +
          'the figures are pessimistic. Rerun on a quiet machine before judging the goals.',
      );
    }

    const [{ server_version: pgVersion }] = await query(db.url, 'SHOW server_version');
    const [{ n: hospitalLeads }] = await query(db.url, `SELECT count(*)::int AS n FROM "CRMLead" WHERE "hospitalId" = $1`, [pools.hospitalId]);
    const jsonFile = path.join(BENCH, 'results', 'latest.json');
    const results = {
      startedAt: startedAt.toISOString(),
      seconds: (Date.now() - startedAt) / 1000,
      machine,
      versions: { node: process.version, postgres: pgVersion, autocannon: autocannonVersion },
      settings: {
        quick: opts.quick,
        only: only ?? null,
        connections: CONNECTIONS,
        ...mode,
        poolSize,
        ...(process.env.BENCH_WORKER_NODE_OPTIONS && { workerNodeOptions: process.env.BENCH_WORKER_NODE_OPTIONS }),
        signedInAs: `${SIGN_IN.email} (hospital ${SIGN_IN.hospital})`,
      },
      dataset: { ...db.marker, hospitalLeads },
      warnings,
      figures: carryOver(figures, jsonFile),
    };
    writeReport({ file: path.join(BENCH, 'RESULTS.md'), jsonFile, results });
    run(path.join(ROOT, 'node_modules', '.bin', 'prettier'), ['--write', '--log-level', 'warn', 'bench/RESULTS.md', 'bench/results/latest.json'], {
      cwd: ROOT,
      allowFailure: true,
    });
    log.ok(`wrote bench/RESULTS.md and bench/results/latest.json`);
    for (const f of figures) console.log(`  ${f.title}: ${summary(f)} ${f.met ? '✓' : '✗'}`);
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
