// bench/RESULTS.md (for people) and bench/results/latest.json (every number, per run).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const fmt = (v, unit = '') => (v === null || v === undefined ? '–' : `${v}${unit}`);
const int = (n) => Number(n).toLocaleString('en-US');

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

function figureRow(f) {
  const m = f.median ?? {};
  const goal = f.goal.p95 ? `p95 < ${f.goal.p95} ms` : `< ${f.goal.maxMiB} MiB`;
  if (f.goal.maxMiB) return `| ${f.title} | | | | ${fmt(f.value, ' MiB')} | | ${goal} | ${verdict(f)} |`;
  const errors = f.runs?.length ? f.runs.reduce((n, r) => n + r.non2xx + r.socketErrors + r.timeouts, 0) : '';
  return `| ${f.title} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${fmt(m.p99)} | ${fmt(m.rps)} | ${errors} | ${goal} | ${verdict(f)} |`;
}

function evidence(f) {
  const out = [`### ${f.title}`, ''];
  const c = f.cpu;
  if (c) {
    out.push(
      `p95 ${f.median.p95} ms against ${f.goal.p95} ms, at ${f.median.rps} req/s. Per request the API spent ${c.apiMsPerRequest} ms of CPU and ` +
        `PostgreSQL ${c.postgresMsPerRequest} ms. With ${f.connections} requests always in flight the mean latency is ${f.connections} / throughput ` +
        `(Little's law): one Node process needing ${c.apiMsPerRequest} ms of CPU per request cannot average under about ` +
        `${Math.round(f.connections * c.apiMsPerRequest)} ms. CPU in use (cores of ${f.cores}): API ${c.apiCores}, PostgreSQL ${c.postgresCores}, ` +
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

export function writeReport({ file, jsonFile, results }) {
  const { machine, versions, dataset, settings, figures, startedAt, seconds, warnings } = results;
  const counts = dataset.counts;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${settings.quick ? ' -- --quick' : ''}\` on ${startedAt.slice(0, 10)} (${startedAt}); the run took ${Math.round(seconds)} s.`,
    settings.quick ? '**Quick mode**: a small dataset and short runs, for checking the harness, not for judging the goals.' : '',
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
    `| API | \`node api/dist/main.js\`, NODE_ENV=production, LOG_LEVEL=warn, database pool ${settings.poolSize} |`,
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
    'Latency in ms; each value is the median of the runs’ own percentiles.',
    '',
    '| Figure | p50 | p95 | p99 | req/s | errors | Goal | Result |',
    '|---|---|---|---|---|---|---|---|',
    ...figures.map(figureRow),
    '',
  ].filter((l) => l !== null);
  const missed = figures.filter((f) => !f.skipped && !f.met && f.goal.p95);
  if (missed.length) lines.push('## Why the missed figures missed', '', ...missed.flatMap(evidence));
  const memory = figures.find((f) => f.goal.maxMiB);
  if (memory && !memory.skipped && !memory.met) lines.push('### API peak memory', '', `VmHWM ${memory.value} MiB against ${memory.goal.maxMiB} MiB.`, '');
  const skipped = figures.filter((f) => f.skipped);
  if (skipped.length) lines.push('## Not measured', '', ...skipped.map((f) => `- ${f.title}: ${f.skipped}${f.probe ? ` (probe: ${f.probe})` : ''}`), '');
  lines.push('See `bench/README.md` for what each scenario does; every run’s numbers are in `bench/results/latest.json`.', '');

  fs.writeFileSync(file, lines.join('\n'));
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
}
