// The campaign figures (issue #10): a generated audience sent by the built worker, in its own process,
// through the real twilio client to the local Twilio fake; launched through Temporal exactly as the API
// does. Each run is checked afterwards: every recipient got exactly one message and the campaign's
// counters equal its ledger, or the figure is invalid. See bench/README.md.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ROOT } from '../../scripts/lib/paths.mjs';
import { startService, stopChild } from '../../scripts/lib/run.mjs';
import { waitForPort } from '../../scripts/lib/ports.mjs';
import { log } from '../../scripts/lib/log.mjs';
import { freePort, postmasterPid, query } from './stack.mjs';
import { childrenOf, cpuSince, machineCpuMs, memoryKiB, processCpuMs } from './load.mjs';
import { explainSlowest, resetStatements, topStatements } from './profile.mjs';
import { profileApi, summarizeProfile } from './cpu-profile.mjs';
import { PRODUCTION_NODE_OPTIONS } from './node-options.mjs';

const require = createRequire(import.meta.url);

export const CAMPAIGN_GOALS = { rate: 1000, rateWithLatency: 500, pauseMs: 1000, workerMiB: 512 };
/** The provider latency of the second throughput figure (the fake's POST /__fake/latency). */
export const PROVIDER_LATENCY_MS = 50;
// Hospitals the scenario creates carry this code prefix; every run removes them first and last.
const CODE_PREFIX = 'BCMP';
const TASK_QUEUE = 'bench-campaign';
// Twilio's WhatsApp sandbox sender, as scripts/lib/stand-ins.mjs configures it for the fake.
const FAKE_WHATSAPP_FROM = '+14155238886';
const FIRST_NAMES = ['Aarav', 'Priya', 'Rahul', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rohan', 'Meera', 'Aditya', 'Isha', 'Karan', 'Divya', 'Sanjay'];
const LAST_NAMES = ['Sharma', 'Patel', 'Kumar', 'Singh', 'Reddy', 'Nair', 'Iyer', 'Gupta', 'Fernandes', 'Das', 'Mehta', 'Joshi'];
const TEMPLATE = 'Hi {{firstName}}, free eye check-up at {{hospitalName}} this Sunday, 9 am to 1 pm. Reply STOP to opt out.';
const SENT_STATES = new Set(['SENT', 'DELIVERED', 'OPENED', 'CLICKED', 'RESPONDED']);

const round = (v, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const int = (n) => Number(n).toLocaleString('en-US');
const lit = (values) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;

// ---------------------------------------------------------------------------------------------------
// The audience: a hospital of its own, set-based
// ---------------------------------------------------------------------------------------------------

/**
 * A hospital of its own (no quiet hours, the default weekly frequency cap of 3) with `recipients` leads,
 * each with a phone of its own (+1 50<slot> and 7 digits, E.164), a WhatsApp template and a DRAFT campaign
 * to all its leads ({contactTypes:['LEAD']}), in one transaction of INSERT … SELECT generate_series.
 */
export async function createAudience(url, { recipients, slot }) {
  const code = `${CODE_PREFIX}${slot}${crypto.randomBytes(2).toString('hex').toUpperCase()}`;
  const ids = { hospital: crypto.randomUUID(), template: crypto.randomUUID(), campaign: crypto.randomUUID() };
  const phoneBase = 15_000_000_000 + slot * 10_000_000;
  const client = new pg.Client({ connectionString: url, application_name: 'bench-campaign-audience' });
  await client.connect();
  const t0 = performance.now();
  try {
    await client.query('BEGIN');
    // uuid v7 like Prisma's, so the audience (ordered by lead id) walks leads in creation order as in production.
    await client.query(`CREATE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
      SELECT encode(int8send((floor(date_part('epoch', ts) * 1000)::bigint << 16) | 28672 | floor(random() * 4096)::int)
        || int8send(-9223372036854775808 | (floor(random() * 2147483648)::bigint << 31) | floor(random() * 2147483648)::bigint), 'hex')::uuid $$`);
    await client.query(`INSERT INTO "Hospital" (id, name, code, timezone, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'UTC', now(), now())`, [
      ids.hospital,
      `Bench Eye Hospital ${slot}`,
      code,
    ]);
    await client.query(
      `INSERT INTO "CRMSettings" (id, "hospitalId", "quietHoursStart", "quietHoursEnd", "frequencyCapPerWeek", "createdAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, NULL, NULL, 3, now(), now())`,
      [ids.hospital],
    );
    await client.query(
      `INSERT INTO "CRMLead" (id, "hospitalId", "leadNumber", "firstName", "lastName", phone, source, status, "statusChangedAt", position, "createdAt", "updatedAt")
       SELECT pg_temp.uuid7(now() - interval '90 days' + n * interval '50 ms'), $1, 'LD-' || $2 || '-' || lpad(n::text, 6, '0'),
         (${lit(FIRST_NAMES)})[1 + n % ${FIRST_NAMES.length}], (${lit(LAST_NAMES)})[1 + (n / 7) % ${LAST_NAMES.length}],
         '+' || ($3::bigint + n)::text, 'WEBSITE', 'NEW', now(), -n, now() - interval '90 days' + n * interval '50 ms', now()
       FROM generate_series(1, $4::int) n`,
      [ids.hospital, code, phoneBase, recipients],
    );
    await client.query(
      `INSERT INTO "CRMTemplate" (id, "hospitalId", name, channel, category, content, variables, "createdAt", "updatedAt")
       VALUES ($1, $2, 'Eye camp', 'WHATSAPP', 'PROMOTION', $3, '{firstName,hospitalName}', now(), now())`,
      [ids.template, ids.hospital, TEMPLATE],
    );
    await client.query(
      `INSERT INTO "CRMCampaign" (id, "hospitalId", name, "campaignType", channel, "templateId", audience, "createdAt", "updatedAt")
       VALUES ($1, $2, 'Eye camp (bench)', 'HEALTH_CAMP', 'WHATSAPP', $3, '{"contactTypes":["LEAD"]}', now(), now())`,
      [ids.campaign, ids.hospital, ids.template],
    );
    await client.query('COMMIT');
    await client.query(`ANALYZE "CRMLead"`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { hospitalId: ids.hospital, campaignId: ids.campaign, code, recipients, seconds: round((performance.now() - t0) / 1000, 2) };
}

/** Removes every hospital this scenario created, with all its rows (FK triggers off: the whole hospital goes). */
export async function removeAudiences(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'bench-campaign-cleanup' });
  await client.connect();
  try {
    const { rows: hospitals } = await client.query(`SELECT id FROM "Hospital" WHERE code LIKE '${CODE_PREFIX}%'`);
    if (!hospitals.length) return 0;
    const ids = hospitals.map((h) => h.id);
    const { rows: tables } = await client.query(
      `SELECT table_name AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'hospitalId' AND table_name <> 'Hospital'`,
    );
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    for (const { t } of tables) await client.query(`DELETE FROM "${t}" WHERE "hospitalId" = ANY($1::uuid[])`, [ids]);
    await client.query(`DELETE FROM "RateLimitBucket" WHERE split_part(key, ':', 1) = ANY($1::text[])`, [ids]).catch(() => undefined);
    await client.query(`DELETE FROM "Hospital" WHERE id = ANY($1::uuid[])`, [ids]);
    await client.query('COMMIT');
    // The lead benchmarks' tables stay as generated: no dead rows left for autovacuum to start on mid-run.
    for (const t of ['CRMLead', 'CRMCommunication', 'CRMCampaignRecipient', 'CRMCampaign']) await client.query(`VACUUM "${t}"`);
    return ids.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------
// The processes: Twilio fake, worker
// ---------------------------------------------------------------------------------------------------

async function fakeCall(base, method, pathname, body) {
  const response = await globalThis.fetch(base + pathname, {
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`Twilio fake ${method} ${pathname} answered ${response.status}: ${JSON.stringify(json).slice(0, 200)}`);
  return json;
}

/** The Twilio fake (scripts/lib/twilio-fake.mjs) in a process of its own on a free loopback port, and the worker's TWILIO_* for it. */
async function startTwilioFake() {
  const { FAKE_ACCOUNT_SID, FAKE_AUTH_TOKEN } = await import('../../scripts/lib/twilio-fake.mjs');
  const port = await freePort();
  const script = path.join(ROOT, 'scripts', 'lib', 'twilio-fake.mjs');
  const child = startService(
    'twilio-fake',
    process.execPath,
    [script, '--port', String(port), '--account-sid', FAKE_ACCOUNT_SID, '--auth-token', FAKE_AUTH_TOKEN],
    {
      quiet: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForPort(port, { name: 'Twilio fake', timeoutMs: 30_000, child });
  await fakeCall(url, 'GET', '/__fake/health');
  const env = { TWILIO_ACCOUNT_SID: FAKE_ACCOUNT_SID, TWILIO_AUTH_TOKEN: FAKE_AUTH_TOKEN, TWILIO_WHATSAPP_FROM: FAKE_WHATSAPP_FROM, TWILIO_API_BASE_URL: url };
  return { child, pid: child.pid, url, env };
}

const fakeStats = (base, since) => fakeCall(base, 'GET', `/__fake/stats${since ? `?since=${since}` : ''}`);

/** How many messages the fake holds for each number (asked 50,000 numbers at a time). */
async function fakeCounts(base, numbers) {
  const counts = {};
  for (let i = 0; i < numbers.length; i += 50_000)
    Object.assign(counts, (await fakeCall(base, 'POST', '/__fake/counts', { numbers: numbers.slice(i, i + 50_000) })).counts);
  return counts;
}

/** The built worker (workflows/dist/worker.js) in a process of its own, as `npm start` runs it; resolves once it polls. */
export async function startWorker({ databaseUrl, temporalAddress, standInEnv = {}, profileDir, poolSize, taskQueue = TASK_QUEUE }) {
  const env = {
    ...process.env,
    ...standInEnv,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    COMMUNICATION_KEYS: `bench:${crypto.randomBytes(32).toString('base64')}`,
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    BENCH_CPU_PROFILE_DIR: profileDir,
    BENCH_CPU_PROFILE_NAME: 'worker',
    // The generated lead dataset's open tasks have no task-<id> timers (production's do): reconciling them at start
    // would run a workflow per open task during the sends, and change the dataset (overdue tasks, notifications).
    RECONCILE_TASK_TIMERS: 'false',
  };
  // As production runs it (docker-compose.yml); BENCH_WORKER_NODE_OPTIONS replaces it for experiments, and RESULTS.md says so.
  env.NODE_OPTIONS = process.env.BENCH_WORKER_NODE_OPTIONS ?? PRODUCTION_NODE_OPTIONS;
  const profiler = path.join(ROOT, 'bench', 'lib', 'cpu-profiler.cjs');
  const child = startService('worker', process.execPath, ['-r', profiler, path.join(ROOT, 'workflows', 'dist', 'worker.js')], { env });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the worker did not start polling within 60 s')), 60_000);
    child.stdout.on('data', (chunk) => {
      if (chunk.toString().includes('worker polling task queue')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the worker exited (${code ?? signal}) before it polled; its output is above`));
    });
  });
  return child;
}

/** Resets the process's peak resident memory (VmHWM), so each run's own peak can be read. Linux ≥ 4.0. */
function resetPeakMemory(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The worker's own account of its memory (process.memoryUsage(), V8 heap spaces): SIGURG to the preloaded
 * cpu-profiler.cjs; with `gc`, after a full garbage collection (what is live, not what awaits collection).
 */
async function memorySnapshot(pid, dir, { gc = false } = {}) {
  const file = path.join(dir, `worker-${pid}-memory.json`);
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  if (gc) fs.writeFileSync(`${file}.gc`, '');
  try {
    process.kill(pid, 'SIGURG');
  } catch {
    return null;
  }
  for (let waited = 0; waited < 2000; waited += 25) {
    await sleep(25);
    if (fs.existsSync(file) && fs.statSync(file).mtimeMs > before) return JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  return null;
}

/** CPU in cores per process over a span, and the worker's largest RSS sample. */
export function startCpuSampling({ workerPid, fakePid, temporalPid, cores: machineCoreCount }) {
  const pgPids = () => {
    const pm = postmasterPid();
    return pm ? [pm, ...childrenOf(pm)] : [];
  };
  const pgCpu = cpuSince(pgPids);
  const read = () => ({
    wall: performance.now(),
    worker: processCpuMs(workerPid),
    fake: processCpuMs(fakePid),
    temporal: processCpuMs(temporalPid),
    pg: pgCpu(),
    self: process.cpuUsage(),
    machine: machineCpuMs(),
  });
  const t0 = read();
  let maxRssKiB = memoryKiB(workerPid, 'VmRSS');
  const rss = () => {
    try {
      return memoryKiB(workerPid, 'VmRSS');
    } catch {
      return 0; // the worker ended: the send fails on its own (see watched())
    }
  };
  const timer = setInterval(() => (maxRssKiB = Math.max(maxRssKiB, rss())), 250);
  return () => {
    clearInterval(timer);
    const t1 = read();
    const wall = t1.wall - t0.wall;
    const cores = (ms) => round(ms / wall, 2);
    const self = process.cpuUsage(t0.self);
    const machineCores = ((t1.machine.busy - t0.machine.busy) / (t1.machine.total - t0.machine.total)) * machineCoreCount;
    const used = {
      workerCores: cores(t1.worker - t0.worker),
      postgresCores: cores(t1.pg),
      fakeCores: cores(t1.fake - t0.fake),
      temporalCores: cores(t1.temporal - t0.temporal),
      harnessCores: cores((self.user + self.system) / 1000),
    };
    const known = Object.values(used).reduce((a, b) => a + b, 0);
    return {
      ...used,
      otherCores: Math.max(0, round(machineCores - known, 2)),
      machineBusyCores: round(machineCores, 2),
      workerMaxRssMiB: Math.round(maxRssKiB / 1024),
    };
  };
}

// ---------------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------------

/** How long a send may go without a single provider call before it counts as stuck. */
const STALL_MS = 120_000;

/**
 * `work`, unless the worker exits or the fake receives no call for STALL_MS first: a broken send (the worker or
 * PostgreSQL gone) fails the run with a reason instead of hanging it.
 */
async function watched(ctx, work) {
  const { worker, fake } = ctx;
  let timer;
  let onExit;
  const failure = new Promise((_, reject) => {
    onExit = (code, signal) => reject(new Error(`the worker exited (${code ?? signal}) during the send; its output is above`));
    worker.once('exit', onExit);
    let last = -1;
    let since = Date.now();
    timer = setInterval(async () => {
      const { creates } = await fakeStats(fake.url).catch(() => ({ creates: last }));
      if (creates !== last) [last, since] = [creates, Date.now()];
      else if (Date.now() - since > STALL_MS) reject(new Error(`no provider call for ${STALL_MS / 1000} s: the send is stuck (the worker's output is above)`));
    }, 5_000);
  });
  try {
    return await Promise.race([work, failure]);
  } finally {
    clearInterval(timer);
    worker.off('exit', onExit);
  }
}

/** Launches the campaign the way the API does: start `campaign-<id>` (USE_EXISTING), then the launch Update. */
async function launch(ctx, campaignId) {
  const { client, wf } = ctx;
  const handle = await client.workflow.start(wf.WORKFLOW_TYPES.campaign, {
    workflowId: wf.campaignWorkflowId(campaignId),
    taskQueue: TASK_QUEUE,
    args: [campaignId],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  const t0 = performance.now();
  const launched = await watched(ctx, handle.executeUpdate(wf.launchCampaignUpdate, { args: [{}] }));
  return { handle, launched, launchSeconds: round((performance.now() - t0) / 1000, 2) };
}

/**
 * Every recipient got exactly one message (the fake's counts against the ledger), no recipient is
 * left SENDING, and the campaign's counters, its communications and the workflow's result equal the ledger.
 */
async function verify(ctx, campaignId, { result, creates }) {
  const { db, fake } = ctx;
  const rows = await query(db.url, `SELECT address, status::text AS status FROM "CRMCampaignRecipient" WHERE "campaignId" = $1`, [campaignId]);
  const counts = await fakeCounts(
    fake.url,
    rows.map((r) => r.address),
  );
  const ledger = {};
  let duplicates = 0;
  let missing = 0;
  let unexpected = 0;
  for (const row of rows) {
    ledger[row.status] = (ledger[row.status] ?? 0) + 1;
    const got = counts[row.address] ?? 0;
    if (got > 1) duplicates += 1;
    else if (SENT_STATES.has(row.status) && got === 0) missing += 1;
    else if (!SENT_STATES.has(row.status) && row.status !== 'UNKNOWN' && got > 0) unexpected += 1;
  }
  const sent = rows.filter((r) => SENT_STATES.has(r.status)).length;
  const [campaign] = await query(db.url, `SELECT status::text AS status, "sentCount", "failedCount", "totalRecipients" FROM "CRMCampaign" WHERE id = $1`, [
    campaignId,
  ]);
  const [{ n: communications }] = await query(db.url, `SELECT count(*)::int AS n FROM "CRMCommunication" WHERE "campaignId" = $1 AND status = 'SENT'`, [
    campaignId,
  ]);
  const problems = [];
  if (duplicates) problems.push(`${duplicates} recipients got more than one message`);
  if (missing) problems.push(`${missing} recipients marked sent got no message`);
  if (unexpected) problems.push(`${unexpected} recipients not marked sent got a message`);
  if (ledger.SENDING) problems.push(`${ledger.SENDING} recipients left SENDING`);
  if (creates !== sent) problems.push(`the fake received ${creates} create requests for ${sent} messages sent`);
  if (campaign.sentCount !== sent) problems.push(`sentCount ${campaign.sentCount} ≠ ${sent} sent in the ledger`);
  if (campaign.failedCount !== (ledger.FAILED ?? 0)) problems.push(`failedCount ${campaign.failedCount} ≠ ${ledger.FAILED ?? 0} failed in the ledger`);
  if (communications !== sent) problems.push(`${communications} SENT communications ≠ ${sent} sent in the ledger`);
  if (campaign.totalRecipients !== rows.length) problems.push(`totalRecipients ${campaign.totalRecipients} ≠ ${rows.length} ledger rows`);
  if (result && result.sent !== sent) problems.push(`the workflow answered sent ${result.sent} ≠ ${sent} in the ledger`);
  return {
    recipients: rows.length,
    ledger,
    duplicates,
    missing,
    unexpected,
    counters: { sentCount: campaign.sentCount, failedCount: campaign.failedCount, communications },
    problems,
  };
}

/**
 * Messages the fake accepted in each second of the send (its create count, polled once a second), and the
 * worker's memory account every other second, keeping the one with the largest resident set.
 */
function startTimeline(fakeUrl, worker, profileDir) {
  const points = [];
  let largest = null;
  let stopped = false;
  const loop = (async () => {
    for (let tick = 0; !stopped; tick++) {
      const { creates } = await fakeStats(fakeUrl).catch(() => ({ creates: null }));
      if (creates !== null) points.push(creates);
      if (tick % 2 === 1) {
        const memory = await memorySnapshot(worker.pid, profileDir);
        if (memory && (!largest || memory.mib.rss > largest.mib.rss)) largest = memory;
      }
      await sleep(1000);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return { perSecond: points.slice(1).map((n, i) => n - points[i]), memory: largest };
  };
}

/** One campaign sent to the end at the given provider latency: the throughput figure's measurement. */
async function sendAll(ctx, { recipients, latencyMs, slot, around }) {
  const { db, fake, worker } = ctx;
  await fakeCall(fake.url, 'POST', '/__fake/latency', { ms: latencyMs });
  const audience = await createAudience(db.url, { recipients, slot });
  log.info(
    `campaign: ${int(recipients)} recipients generated in ${audience.seconds} s (hospital ${audience.code}); launching at ${latencyMs} ms provider latency`,
  );
  const peakReset = resetPeakMemory(worker.pid);
  await fakeCall(fake.url, 'POST', '/__fake/stats/reset', {});
  const before = await fakeStats(fake.url);
  const { handle, launched, launchSeconds } = await launch(ctx, audience.campaignId);
  // From the launch answer on, only the send: its statements, its CPU, its messages.
  const t0 = performance.now();
  const sample = startCpuSampling({ workerPid: worker.pid, fakePid: fake.pid, temporalPid: ctx.temporalPid, cores: ctx.machine.cores });
  await resetStatements(db.url);
  const timeline = startTimeline(fake.url, worker, ctx.profileDir);
  let result;
  const send = async () => {
    result = await watched(ctx, handle.result());
  };
  await (around ? around(send) : send());
  const seconds = (performance.now() - t0) / 1000;
  const cpu = sample();
  const { perSecond, memory } = await timeline();
  const workerPeakMiB = peakReset ? Math.round(memoryKiB(worker.pid, 'VmHWM') / 1024) : cpu.workerMaxRssMiB;
  const statements = await topStatements(db.url, 8);
  const [totals] = await query(
    db.url,
    `SELECT coalesce(sum(calls), 0)::bigint AS calls, coalesce(sum(total_exec_time), 0)::float8 AS ms FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  // Recipients per chunk, as the batch activity read them: the ledger walk's rows per call.
  const [walk] = await query(
    db.url,
    `SELECT round(sum(rows)::numeric / nullif(sum(calls), 0))::int AS chunk FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND query LIKE 'SELECT%"CRMCampaignRecipient"."seq"%'`,
  );
  // What the worker still holds once the send is over and a full GC ran: live data, not garbage awaiting collection.
  const retained = await memorySnapshot(worker.pid, ctx.profileDir, { gc: true });
  const after = await fakeStats(fake.url);
  const check = await verify(ctx, audience.campaignId, { result, creates: after.creates - before.creates });
  const rate = round(result.sent / seconds);
  if (around) log.info(`campaign (profiled): ${int(result.sent)} messages in ${round(seconds, 2)} s = ${rate} messages/s`);
  const perMessage = (cores) => round((cores * seconds * 1000) / Math.max(1, result.sent), 3);
  const sent = Math.max(1, result.sent);
  return {
    audience,
    launched: { status: launched.status, totalRecipients: launched.totalRecipients, seconds: launchSeconds },
    result,
    seconds: round(seconds, 2),
    rate,
    perSecond,
    maxInFlight: after.maxInFlight,
    cpu: { ...cpu, workerMsPerMessage: perMessage(cpu.workerCores), postgresMsPerMessage: perMessage(cpu.postgresCores) },
    statements,
    db: {
      statements: Number(totals.calls),
      perMessage: round(Number(totals.calls) / sent, 2),
      execMsPerMessage: round(totals.ms / sent, 3),
      chunk: walk?.chunk ?? null,
    },
    workerPeakMiB,
    workerMemory: memory,
    workerRetained: retained,
    check,
  };
}

function sortedMedian(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
}

/** Throughput at one provider latency; a miss is explained by a shorter profiled send (worker CPU profile, auto_explain). */
async function throughputFigure(ctx, { id, title, latencyMs, goalRate, slot }) {
  const { mode } = ctx;
  const figure = { id, group: 'campaign', title, goal: { minRate: goalRate }, recipients: mode.campaignRecipients, latencyMs, cores: ctx.machine.cores };
  const run = await sendAll(ctx, { recipients: mode.campaignRecipients, latencyMs, slot });
  Object.assign(figure, run, { value: run.rate });
  const steady = run.perSecond.slice(1, -1);
  figure.perSecondMedian = sortedMedian(steady.length ? steady : run.perSecond);
  log.info(
    `${id}: ${int(run.result.sent)} messages in ${run.seconds} s = ${run.rate} messages/s (launch ${run.launched.seconds} s); ` +
      `worker ${run.cpu.workerCores} cores, PostgreSQL ${run.cpu.postgresCores}, fake ${run.cpu.fakeCores}, Temporal ${run.cpu.temporalCores}; worker peak ${run.workerPeakMiB} MiB`,
  );
  if (run.check.problems.length) {
    figure.invalid = run.check.problems.join('; ');
    log.error(`${id}: the send was wrong: ${figure.invalid}`);
  } else log.ok(`${id}: every recipient got exactly one message; counters equal the ledger (${JSON.stringify(run.check.ledger)})`);
  figure.met = !figure.invalid && run.rate >= goalRate;
  if (!figure.met && !figure.invalid) {
    figure.profileRecipients = mode.campaignProfileRecipients;
    figure.profileThresholdMs = 10;
    log.info(`${id} missed its goal: a ${int(figure.profileRecipients)}-recipient send with the worker's CPU profile and auto_explain on`);
    let profileFile = null;
    const profiled = await sendAll(ctx, {
      recipients: figure.profileRecipients,
      latencyMs,
      slot: slot + 5,
      around: async (send) => {
        figure.slowestPlan = await explainSlowest(ctx.db.url, figure.profileThresholdMs, async () => {
          profileFile = await profileApi(ctx.worker.pid, ctx.profileDir, send);
        });
      },
    });
    figure.profileRun = profiled && {
      recipients: profiled.audience.recipients,
      seconds: profiled.seconds,
      rate: profiled.rate,
      problems: profiled.check.problems,
    };
    if (profiled?.check.problems.length) figure.invalid = `profiling send: ${profiled.check.problems.join('; ')}`;
    if (profileFile) {
      const file = path.join(ctx.profileDir, `${id}.cpuprofile`);
      fs.renameSync(profileFile, file);
      figure.cpuProfile = { file: path.relative(ROOT, file), ...summarizeProfile(file, 10) };
    }
  }
  return figure;
}

/**
 * Pause mid-send, several times: after each pause Update's answer, how long until the fake received its
 * last create (its own receive timestamps), and how many creates arrived after the answer. Resumes in
 * between; after the last pause the campaign is cancelled and checked like the others (sent exactly once,
 * the rest skipped).
 */
async function pauseFigure(ctx, { slot }) {
  const { db, fake, worker, wf, mode } = ctx;
  const recipients = mode.campaignRecipients;
  const rounds = mode.pauseRounds;
  const figure = {
    id: 'campaign-pause',
    group: 'campaign',
    title: 'Campaign pause: pause answer → last provider call',
    goal: { maxMs: CAMPAIGN_GOALS.pauseMs },
  };
  await fakeCall(fake.url, 'POST', '/__fake/latency', { ms: 0 });
  const audience = await createAudience(db.url, { recipients, slot });
  const before = await fakeStats(fake.url);
  const peakReset = resetPeakMemory(worker.pid);
  const { handle } = await launch(ctx, audience.campaignId);
  // Each round lets a share of the audience go out first (at most 5,000 messages: the pause does not depend on how
  // many went before, and the ledger is full-size either way), so the last pause still lands mid-send.
  const share = Math.min(5_000, Math.floor(recipients / (rounds + 2)));
  figure.rounds = [];
  let sendingSince = Date.now();
  for (let i = 0; i < rounds; i++) {
    const deadline = Date.now() + 60_000;
    while ((await fakeStats(fake.url, sendingSince)).createsSince < share) {
      if (Date.now() > deadline) throw new Error(`campaign-pause: fewer than ${share} messages went out within 60 s of the ${i ? 'resume' : 'launch'}`);
      await sleep(50);
    }
    const asked = performance.now();
    const paused = await watched(ctx, handle.executeUpdate(wf.pauseCampaignUpdate));
    const answeredAt = Date.now();
    const updateMs = round(performance.now() - asked);
    if (paused.status !== 'PAUSED') throw new Error(`campaign-pause: the pause answered ${paused.status}`);
    // Quiet for a full second (and at least two after the answer): whatever was still coming has come.
    let last = await fakeStats(fake.url, answeredAt);
    await sleep(1000);
    for (let waited = 0; waited < 10_000; waited += 500) {
      const now = await fakeStats(fake.url, answeredAt);
      if (now.creates === last.creates && waited >= 1000) break;
      last = now;
      await sleep(500);
    }
    const lagMs = last.lastCreateAt > answeredAt ? last.lastCreateAt - answeredAt : 0;
    figure.rounds.push({ sentBefore: paused.sent, updateMs, lagMs, createsAfterAnswer: last.createsSince });
    log.info(`campaign-pause round ${i + 1}: update took ${updateMs} ms; last provider call ${lagMs} ms after the answer, ${last.createsSince} calls after it`);
    if (i < rounds - 1) {
      sendingSince = Date.now();
      const resumed = await watched(ctx, handle.executeUpdate(wf.resumeCampaignUpdate));
      if (resumed.status !== 'RUNNING') throw new Error(`campaign-pause: the resume answered ${resumed.status}`);
    }
  }
  const cancelled = await watched(ctx, handle.executeUpdate(wf.cancelCampaignUpdate));
  const result = await watched(ctx, handle.result());
  if (peakReset) figure.workerPeakMiB = Math.round(memoryKiB(worker.pid, 'VmHWM') / 1024);
  const after = await fakeStats(fake.url);
  figure.check = await verify(ctx, audience.campaignId, { result, creates: after.creates - before.creates });
  figure.recipients = recipients;
  figure.cancelled = { status: cancelled.status, sent: result.sent, skipped: result.skipped };
  figure.value = Math.max(...figure.rounds.map((r) => r.lagMs));
  figure.median = sortedMedian(figure.rounds.map((r) => r.lagMs));
  if (figure.check.problems.length) figure.invalid = figure.check.problems.join('; ');
  figure.met = !figure.invalid && figure.value < CAMPAIGN_GOALS.pauseMs;
  log[figure.invalid ? 'error' : 'ok'](
    `campaign-pause: worst ${figure.value} ms over ${rounds} pauses; ${figure.invalid ? `the send was wrong: ${figure.invalid}` : `sent exactly once (${JSON.stringify(figure.check.ledger)})`}`,
  );
  return figure;
}

/**
 * Runs the campaign figures: zero-latency throughput, throughput at PROVIDER_LATENCY_MS, pause, and the
 * worker's peak memory over all of them. Starts (and stops) the Twilio fake and the worker; `onStop` registers
 * their stops with the harness too.
 */
export async function campaignFigures({ db, temporalAddress, temporalPid, mode, machine, profileDir, poolSize, onStop = () => undefined }) {
  const wf = require('@hospital-crm/workflows');
  const { Client, Connection } = require('@temporalio/client');
  const removed = await removeAudiences(db.url);
  if (removed) log.info(`campaign: removed ${removed} hospitals an earlier run left behind`);
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => log.warn(String(error)));
  };
  try {
    const fake = await startTwilioFake();
    stops.push(() => stopChild(fake.child));
    onStop(() => stopChild(fake.child)); // also on Ctrl-C, which ends the harness without reaching `finally`
    const worker = await startWorker({ databaseUrl: db.url, temporalAddress, standInEnv: fake.env, profileDir, poolSize });
    stops.push(() => stopChild(worker));
    onStop(() => stopChild(worker));
    const connection = await Connection.connect({ address: temporalAddress });
    stops.push(() => connection.close());
    const ctx = { db, fake, worker, wf, mode, machine, profileDir, temporalPid, client: new Client({ connection }) };
    log.ok(`campaign: worker pid ${worker.pid} on task queue ${TASK_QUEUE}, Twilio fake at ${fake.url}`);
    await sleep(2000); // settled after start
    const idleMemory = await memorySnapshot(worker.pid, profileDir);

    const figures = [];
    figures.push(
      await throughputFigure(ctx, {
        id: 'campaign-throughput',
        title: `Campaign send, ${int(mode.campaignRecipients)} recipients, zero-latency provider`,
        latencyMs: 0,
        goalRate: CAMPAIGN_GOALS.rate,
        slot: 1,
      }),
    );
    figures.push(
      await throughputFigure(ctx, {
        id: 'campaign-throughput-latency',
        title: `Campaign send, ${int(mode.campaignRecipients)} recipients, ${PROVIDER_LATENCY_MS} ms provider latency`,
        latencyMs: PROVIDER_LATENCY_MS,
        goalRate: CAMPAIGN_GOALS.rateWithLatency,
        slot: 2,
      }),
    );
    figures.push(await pauseFigure(ctx, { slot: 3 }));
    const perSend = figures
      .filter((f) => f.workerPeakMiB)
      .map((f) => ({ id: f.id, peakMiB: f.workerPeakMiB, largestSample: f.workerMemory, afterFullGc: f.workerRetained }));
    // The profiled sends are left out: the CPU profiler's own buffers are not the worker's.
    const hwm = Math.max(...perSend.map((r) => r.peakMiB));
    figures.push({
      id: 'worker-memory',
      group: 'campaign',
      title: 'Worker peak memory during the sends (VmHWM)',
      goal: { maxMiB: CAMPAIGN_GOALS.workerMiB },
      value: hwm,
      idle: idleMemory,
      perSend,
      met: hwm < CAMPAIGN_GOALS.workerMiB,
    });
    return figures;
  } finally {
    await stopAll();
    for (const file of fs.readdirSync(profileDir).filter((f) => /^worker-\d+-memory\.json/.test(f))) fs.rmSync(path.join(profileDir, file), { force: true });
    await removeAudiences(db.url).catch((error) => log.warn(`campaign cleanup: ${error.message}`));
  }
}
