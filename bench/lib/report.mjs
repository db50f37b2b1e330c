// bench/RESULTS.md (for people) and bench/results/latest.json (every number, per run).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRODUCTION_API_PROCESSES, PRODUCTION_NODE_OPTIONS } from './node-options.mjs';

const round1 = (v) => Math.round(v * 10) / 10;
const fmt = (v, unit = '') => (v === null || v === undefined ? '–' : `${v}${unit}`);
const int = (n) => Number(n).toLocaleString('en-US');
const statementLine = (s) =>
  `${s.calls} calls, mean ${s.mean_ms} ms, total ${s.total_ms} ms, ${s.rows_per_call} rows, ${s.blocks_per_call} blocks/call: ${s.query}`;

export function machineFacts() {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    kernel: os.release(),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function verdict(figure) {
  if (figure.skipped) return `not measured: ${figure.skipped}`;
  if (figure.invalid) return `**invalid**: ${figure.invalid}`;
  return figure.met ? 'met' : '**missed**';
}

/** " (from the full run of 2026-11-23)" for a figure carried over from an earlier run by --only. */
const origin = (f) => (f.carried ? ` † (${f.carried.quick ? 'quick' : 'full'} run of ${f.carried.startedAt.slice(0, 10)})` : '');

function figureRow(f) {
  const m = f.median ?? {};
  const goal = f.goal.p95 ? `p95 < ${f.goal.p95} ms` : `< ${f.goal.maxMiB} MiB`;
  if (f.goal.maxMiB) {
    const each = f.processes?.length > 1 ? ` (processes: ${f.processes.join(', ')} MiB)` : '';
    return `| ${f.title}${origin(f)}${each} | | | | ${fmt(f.value, ' MiB')} | | ${goal} | ${verdict(f)} |`;
  }
  const errors = f.runs?.length ? f.runs.reduce((n, r) => n + r.non2xx + r.socketErrors + r.timeouts, 0) : '';
  return `| ${f.title}${origin(f)} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${fmt(m.p99)} | ${fmt(m.rps)} | ${errors} | ${goal} | ${verdict(f)} |`;
}

const exactly = (check) =>
  !check
    ? ''
    : check.problems.length
      ? `**not exactly once**: ${check.problems.join('; ')}`
      : `each of ${int(check.recipients)} recipients checked at the fake: exactly once`;

function campaignRow(f) {
  if (f.skipped) return `| ${f.title}${origin(f)} | – | | ${verdict(f)} | |`;
  if (f.goal.minRate) {
    const notes = [
      `${int(f.result.sent)} sent in ${f.seconds} s (median second ${fmt(f.perSecondMedian)})`,
      `launch Update (ledger of ${int(f.launched.totalRecipients)} written) ${f.launched.seconds} s`,
      `worker peak ${f.workerPeakMiB} MiB`,
      exactly(f.check),
    ];
    return `| ${f.title}${origin(f)} | ${f.value} messages/s | ≥ ${int(f.goal.minRate)} messages/s | ${verdict(f)} | ${notes.join('; ')} |`;
  }
  if (f.goal.maxMs) {
    const notes = [
      `worst of ${f.rounds.length} pauses mid-send (median ${f.median} ms); calls after the answer: ${f.rounds.map((r) => r.createsAfterAnswer).join(', ')}`,
      `pause Update round trip ${f.rounds.map((r) => r.updateMs).join(', ')} ms`,
      `then cancelled: ${int(f.cancelled.sent)} sent, ${int(f.cancelled.skipped)} skipped`,
      exactly(f.check),
    ];
    return `| ${f.title}${origin(f)} | ${f.value} ms | < ${int(f.goal.maxMs)} ms | ${verdict(f)} | ${notes.join('; ')} |`;
  }
  const perSend = (f.perSend ?? []).map((r) => `${r.id} ${r.peakMiB} MiB`).join(', ');
  return `| ${f.title}${origin(f)} | ${f.value} MiB | < ${f.goal.maxMiB} MiB | ${verdict(f)} | peak per send: ${perSend} |`;
}

function campaignEvidence(f) {
  const out = [`### ${f.title}${origin(f)}`, ''];
  if (f.goal.maxMiB) {
    out.push(
      `VmHWM ${f.value} MiB against ${f.goal.maxMiB} MiB (the process's peak resident set; per send: ${f.perSend.map((r) => `${r.id} ${r.peakMiB} MiB`).join(', ')}).`,
      '',
    );
    const account = (m) =>
      `rss ${m.mib.rss} MiB = V8 heap ${m.mib.heapTotal} MiB allocated (${m.mib.heapUsed} MiB in use; old space ${m.heapSpacesMiB.old_space} MiB, code ${m.heapSpacesMiB.code_space} MiB) ` +
      `+ external ${m.mib.external} MiB (array buffers ${m.mib.arrayBuffers} MiB) + ${round1(m.mib.rss - m.mib.heapTotal - m.mib.external)} MiB outside both ` +
      `(native: the Temporal core's Rust side, WebAssembly memory such as Prisma's query compiler, code, thread stacks); ${m.contexts} V8 contexts`;
    const largest = f.perSend
      .map((r) => ({ id: r.id, m: r.largestSample }))
      .filter((r) => r.m)
      .sort((a, b) => b.m.mib.rss - a.m.mib.rss)[0];
    if (f.idle) out.push(`The worker's own account (process.memoryUsage(), SIGURG to \`cpu-profiler.cjs\`), idle after start: ${account(f.idle)}.`, '');
    if (largest)
      out.push(`At its largest sample during the sends (${largest.id}): ${account(largest.m)}. V8's heap limit here is ${largest.m.heapLimitMiB} MiB.`, '');
    const collected = f.perSend.filter((r) => r.afterFullGc);
    if (collected.length) {
      const held = (m) => `rss ${m.mib.rss} MiB, V8 heap ${m.mib.heapUsed} MiB in use of ${m.mib.heapTotal} MiB allocated, external ${m.mib.external} MiB`;
      out.push(
        `After each send and a forced full garbage collection (what the worker still holds): ${collected.map((r) => `${r.id}: ${held(r.afterFullGc)}`).join('; ')}. ` +
          (largest && collected.every((r) => r.afterFullGc.mib.heapUsed < largest.m.mib.heapUsed / 2)
            ? `Live data far below the ${largest.m.mib.heapUsed} MiB in use during the send: most of the peak was garbage V8 had not yet collected (with a ${largest.m.heapLimitMiB} MiB heap limit it collects lazily).`
            : ''),
        '',
      );
    }
    return out;
  }
  if (f.goal.maxMs) {
    out.push(
      `Worst pause ${f.value} ms against ${f.goal.maxMs} ms. Per pause (ms from the answer to the last create the fake received): ` +
        `${f.rounds.map((r) => `${r.lagMs} (${r.createsAfterAnswer} calls after the answer)`).join(', ')}.`,
      '',
    );
    return out;
  }
  const c = f.cpu;
  out.push(
    `${f.value} messages/s against ${int(f.goal.minRate)} (${f.latencyMs} ms provider latency). CPU in use (cores of ${f.cores}): worker ${c.workerCores}, ` +
      `PostgreSQL ${c.postgresCores}, Twilio fake ${c.fakeCores}, Temporal ${c.temporalCores}, harness ${c.harnessCores}, other processes ${c.otherCores}. ` +
      `Per message the worker spent ${c.workerMsPerMessage} ms of CPU and PostgreSQL ${c.postgresMsPerMessage} ms.`,
    '',
  );
  if (f.db) {
    const wallMs = round1(1000 / f.value);
    // Recipients per chunk: measured (the ledger walk's rows per call), else read off the statements listed.
    const walk = f.statements?.find((s) => s.query.startsWith('SELECT') && s.query.includes('"CRMCampaignRecipient"."seq"'));
    const chunk = f.db.chunk ?? (walk ? Math.round(walk.rows_per_call) : null);
    out.push(
      `Per message: ${wallMs} ms of wall time, of which the worker's one JavaScript thread was on CPU ${c.workerMsPerMessage} ms and PostgreSQL executed ` +
        `${f.db.execMsPerMessage} ms over ${f.db.perMessage} statements${chunk ? ` (${Math.round(f.db.perMessage * chunk)} per ${chunk}-recipient chunk)` : ''}. ` +
        (c.machineBusyCores >= f.cores * 0.9
          ? `The machine was saturated (${c.machineBusyCores} of ${f.cores} cores busy, ${c.otherCores} of them other processes): every round trip also waited for a core.`
          : c.workerCores >= 0.8
            ? 'The worker’s JavaScript thread was near saturation: the send is CPU-bound in the worker.'
            : c.postgresCores >= 0.8
              ? 'PostgreSQL was near a full core: the send is bound by the database.'
              : 'Neither the worker nor PostgreSQL nor the machine was saturated: the send waits on round trips taken one after another.'),
      '',
    );
  }
  if (f.maxInFlight && f.latencyMs) {
    out.push(
      `At most ${f.maxInFlight} provider calls were in flight at once (the fake's count). With each call held ${f.latencyMs} ms, ` +
        `a send that waits for its calls in groups of that size cannot exceed ${f.maxInFlight} / ${f.latencyMs / 1000} s = ${Math.round(f.maxInFlight / (f.latencyMs / 1000))} messages/s, before any database work.`,
      '',
    );
  }
  if (f.perSecond?.length) out.push(`Messages the fake accepted per second: ${f.perSecond.join(', ')}.`, '');
  if (f.analysis) out.push(...f.analysis, '');
  const p = f.cpuProfile;
  if (p) {
    const list = (items) => items.map((i) => `${i.name} ${i.percent}%`).join(', ');
    out.push(
      `Worker CPU profile (a ${int(f.profileRecipients)}-recipient send at the same latency, ${f.profileRun?.rate ?? '–'} messages/s; \`${p.file}\`, open it in Chrome DevTools), ` +
        `self time by package: ${list(p.byOwner)}.`,
      '',
      `Hottest functions: ${list(p.byFunction.slice(0, 8))}.`,
      '',
    );
  }
  if (f.statements?.length) {
    out.push('Statements during the measured send (pg_stat_statements, costliest first):', '', '```');
    out.push(...f.statements.map(statementLine));
    out.push('```', '');
  }
  if (f.slowestPlan) {
    const plans = f.slowestPlan.distinct ?? [{ count: f.slowestPlan.count, ms: f.slowestPlan.ms, plan: f.slowestPlan.plan }];
    out.push(
      `auto_explain in the profiled send logged ${f.slowestPlan.count} statements over ${f.profileThresholdMs} ms; for the ${plans.length} statements whose logged runs took the most time together, the slowest plan of each:`,
      '',
    );
    for (const p of plans)
      out.push(
        `${p.count} logged${p.totalMs ? `, ${p.totalMs} ms together` : ''}, slowest ${p.ms} ms:`,
        '',
        '```',
        ...p.plan.split('\n').slice(0, 30),
        '```',
        '',
      );
  } else if (f.profileThresholdMs) {
    out.push(`No statement took over ${f.profileThresholdMs} ms in the profiled send.`, '');
  }
  return out;
}

/** The API's processes that serve: all but the cluster's primary when there are several. */
function apiProcessCountText() {
  if (PRODUCTION_API_PROCESSES !== 'auto') return `${PRODUCTION_API_PROCESSES} serving processes`;
  return `one serving process per core, ${os.availableParallelism()} here, under a cluster primary`;
}

function servingProcesses(c) {
  return Math.max(1, (c.apiProcesses ?? 1) - ((c.apiProcesses ?? 1) > 1 ? 1 : 0));
}

function apiProcessesText(c) {
  const n = servingProcesses(c);
  return n === 1 ? 'one Node process' : `${n} Node processes`;
}

function evidence(f) {
  const out = [`### ${f.title}${origin(f)}`, ''];
  const c = f.cpu;
  if (c) {
    out.push(
      `p95 ${f.median.p95} ms against ${f.goal.p95} ms, at ${f.median.rps} req/s. Per request the API spent ${c.apiMsPerRequest} ms of CPU and ` +
        `PostgreSQL ${c.postgresMsPerRequest} ms. With ${f.connections} requests always in flight the mean latency is ${f.connections} / throughput ` +
        `(Little's law): ${apiProcessesText(c)} needing ${c.apiMsPerRequest} ms of CPU per request cannot average under about ` +
        `${Math.round((f.connections * c.apiMsPerRequest) / servingProcesses(c))} ms. CPU in use (cores of ${f.cores}): API ${c.apiCores}, PostgreSQL ${c.postgresCores}, ` +
        `load generator ${c.loaderCores}, other processes ${c.otherCores}.`,
      '',
    );
  }
  const p = f.cpuProfile;
  if (p) {
    const list = (items) => items.map((i) => `${i.name} ${i.percent}%`).join(', ');
    out.push(
      `API CPU profile (${f.profileSeconds} s under the same load, \`${p.file}\`, open it in Chrome DevTools), self time by package: ${list(p.byOwner)}.`,
      '',
      `Hottest functions: ${list(p.byFunction.slice(0, 6))}.`,
      '',
    );
  }
  if (f.statements?.length) {
    out.push('Statements the API ran (pg_stat_statements, all measured runs, costliest first):', '', '```');
    for (const s of f.statements.slice(0, 3))
      out.push(`${s.calls} calls, mean ${s.mean_ms} ms, ${s.rows_per_call} rows, ${s.blocks_per_call} blocks/call: ${s.query}`);
    out.push('```', '');
  }
  if (f.slowestPlan) {
    out.push(
      `Slowest plan in a ${f.profileSeconds} s profiling pass (auto_explain, ${f.slowestPlan.count} statements over ${f.profileThresholdMs} ms):`,
      '',
      '```',
    );
    out.push(...f.slowestPlan.plan.split('\n').slice(0, 40), '```', '');
  } else if (f.profileThresholdMs) {
    out.push(
      `No statement took over ${f.profileThresholdMs} ms in a ${f.profileSeconds} s profiling pass: the time is spent outside PostgreSQL (API CPU, queueing behind other requests).`,
      '',
    );
  }
  return out;
}

/** The nightly recompute: wall time of one pass over every lead, with where the CPU went. */
function nightlySection(figures) {
  const row = (f) => {
    if (f.skipped) return `| ${f.title}${origin(f)} | – | | ${verdict(f)} | |`;
    const c = f.cpu ?? {};
    const notes = [
      `${int(f.result.scanned)} leads scanned (${int(f.live)} live), ${int(f.result.changed)} scores changed`,
      `CPU in cores: worker ${c.workerCores}, PostgreSQL ${c.postgresCores}, Temporal ${c.temporalCores}, other processes ${c.otherCores}`,
      `worker peak RSS ${c.workerMaxRssMiB} MiB`,
    ];
    return `| ${f.title}${origin(f)} | ${round1(f.value / 1000)} s | < ${f.goal.maxMs / 1000} s | ${verdict(f)} | ${notes.join('; ')} |`;
  };
  const out = [
    '### Nightly lead-score recompute',
    '',
    'The real `nightlyLeadScoreWorkflow` and its activities on the built worker (`node workflows/dist/worker.js`, a process of its own), ' +
      'started through Temporal as the `lead-score-nightly` Schedule starts it, over every lead of the dataset; timed from the start to the result.',
    '',
    '| Figure | Value | Goal | Result | Notes |',
    '|---|---|---|---|---|',
    ...figures.map(row),
    '',
  ];
  for (const f of figures.filter((f) => !f.met && !f.skipped && f.statements?.length))
    out.push(`Statements of the missed pass (pg_stat_statements, costliest first):`, '', '```', ...f.statements.map(statementLine), '```', '');
  return out;
}

export function writeReport({ file, jsonFile, results }) {
  const { machine, versions, dataset, settings, figures, startedAt, seconds, warnings } = results;
  const counts = dataset.counts;
  const leadFigures = figures.filter((f) => !f.group);
  const nightly = figures.filter((f) => f.group === 'nightly');
  // figures of their own kind (bench/lib/console-load.mjs) bring their section written
  const sections = figures.filter((f) => f.group === 'console');
  const campaign = figures.filter((f) => f.group === 'campaign');
  const carried = figures.filter((f) => f.carried);
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${settings.quick ? ' -- --quick' : ''}\` on ${startedAt.slice(0, 10)} (${startedAt}); the run took ${Math.round(seconds)} s.`,
    settings.quick ? '**Quick mode**: a small dataset and short runs, for checking the harness, not for judging the goals.' : '',
    carried.length
      ? `This run measured only \`${settings.only.join(',')}\`; the figures marked † are carried over from the earlier run named beside them.`
      : null,
    '',
    ...warnings.map((w) => `> **Warning:** ${w}`),
    warnings.length ? '' : null,
    '## Machine and versions',
    '',
    '| | |',
    '|---|---|',
    `| CPU | ${machine.cpu}, ${machine.cores} cores |`,
    `| Memory | ${machine.memoryGiB} GiB |`,
    `| Load average before the run (1/5/15 min) | ${machine.loadAverage.join(' / ')} |`,
    `| Node | ${versions.node} |`,
    `| PostgreSQL | ${versions.postgres} (bench cluster: shared_buffers 512MB, otherwise stock planner settings) |`,
    `| API | \`node api/dist/main.js\`, NODE_ENV=production, NODE_OPTIONS=${PRODUCTION_NODE_OPTIONS}, API_PROCESSES=${PRODUCTION_API_PROCESSES} (as docker-compose.yml: ${apiProcessCountText()}), LOG_LEVEL=warn, database pool ${settings.poolSize} per process |`,
    `| Load | autocannon ${versions.autocannon} in a separate process, loopback, ${settings.connections} connections, ${settings.runs} runs × ${settings.seconds} s per scenario after a ${settings.warmupSeconds} s warm-up |`,
    '',
    '## Dataset',
    '',
    `${int(counts.CRMLead)} leads over ${counts.Hospital} hospitals, ${int(counts.User)} staff, ${int(counts.CRMCommunication)} communications, ` +
      `${int(counts.CRMTask)} tasks, ${int(counts.CRMActivity)} activities, ${int(counts.CRMLeadTag)} lead tags. Generated in ${Math.round(dataset.seconds)} s ` +
      `on ${dataset.generatedAt.slice(0, 10)} (\`bench/generate.ts\`, generator ${dataset.generator}).`,
    `Every request is made as ${settings.signedInAs}, whose hospital holds ${int(dataset.hospitalLeads)} of the leads.`,
    '',
    '## Figures',
    '',
  ].filter((l) => l !== null);
  if (leadFigures.length) {
    lines.push(
      'Latency in ms; each value is the median of the runs’ own percentiles.',
      '',
      '| Figure | p50 | p95 | p99 | req/s | errors | Goal | Result |',
      '|---|---|---|---|---|---|---|---|',
      ...leadFigures.map(figureRow),
      '',
    );
  }
  if (nightly.length) lines.push(...nightlySection(nightly));
  if (campaign.length) {
    lines.push(
      '### Campaigns',
      '',
      `Each send is a campaign of its own hospital (generated leads, one WhatsApp template, audience \`{contactTypes:['LEAD']}\`), launched as the API does ` +
        `(\`campaignWorkflow\` started as \`campaign-<id>\` with USE_EXISTING, then the launch Update) and timed from the launch Update's answer to the workflow's result. ` +
        `The worker is the built \`node workflows/dist/worker.js\` in a process of its own (NODE_ENV=production, ${settings.workerNodeOptions ? `**experiment: NODE_OPTIONS=${settings.workerNodeOptions}**` : `NODE_OPTIONS=${PRODUCTION_NODE_OPTIONS} as docker-compose.yml`}, database pool ${settings.poolSize}); ` +
        `it sends through the real \`twilio\` client to the local Twilio fake. ` +
        'After each send every recipient’s number is looked up at the fake and the campaign’s counters are compared with its ledger.',
      '',
      '| Figure | Value | Goal | Result | Notes |',
      '|---|---|---|---|---|',
      ...campaign.map(campaignRow),
      '',
    );
  }
  lines.push(...sections.flatMap((f) => f.markdown ?? []));
  const missed = leadFigures.filter((f) => !f.skipped && !f.met && f.goal.p95);
  const missedCampaign = campaign.filter((f) => !f.skipped && !f.met);
  const memory = leadFigures.find((f) => f.goal.maxMiB && !f.skipped && !f.met);
  if (missed.length || memory || missedCampaign.length) {
    lines.push('## Why the missed figures missed', '', ...missed.flatMap(evidence));
    if (memory) lines.push(`### API peak memory${origin(memory)}`, '', `VmHWM ${memory.value} MiB against ${memory.goal.maxMiB} MiB.`, '');
    lines.push(...missedCampaign.flatMap(campaignEvidence));
  }
  const skipped = figures.filter((f) => f.skipped);
  if (skipped.length) lines.push('## Not measured', '', ...skipped.map((f) => `- ${f.title}: ${f.skipped}${f.probe ? ` (probe: ${f.probe})` : ''}`), '');
  lines.push('See `bench/README.md` for what each scenario does; every run’s numbers are in `bench/results/latest.json`.', '');

  fs.writeFileSync(file, lines.join('\n'));
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
}
