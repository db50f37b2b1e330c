// HTTP load with autocannon, plus what the machine did meanwhile (CPU per process, API memory).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { clearInterval, setInterval } from 'node:timers';
import { ROOT } from '../../scripts/lib/paths.mjs';
import { run } from '../../scripts/lib/run.mjs';
import { log } from '../../scripts/lib/log.mjs';

const TOOLS = path.join(ROOT, 'bench', '.tools');
export const AUTOCANNON_VERSION = '8.0.0';

/** autocannon from the workspace if it is a dependency there, else from bench/.tools (installed on first use). */
export function loadAutocannon() {
  let base = [ROOT, TOOLS].find((b) => fs.existsSync(path.join(b, 'node_modules', 'autocannon', 'package.json')));
  if (!base) {
    log.info(`installing autocannon@${AUTOCANNON_VERSION} into bench/.tools`);
    run('npm', ['install', '--prefix', TOOLS, '--no-audit', '--no-fund', '--loglevel=error', `autocannon@${AUTOCANNON_VERSION}`]);
    base = TOOLS;
  }
  const require = createRequire(path.join(base, 'noop.js'));
  return { autocannon: require('autocannon'), version: require('autocannon/package.json').version };
}

const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU milliseconds used so far by a process (user + system). */
export function processCpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return 0; // the process ended
  }
}

export function childrenOf(pid) {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

export function machineCpuMs() {
  const [, ...ticks] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = ticks[3] + ticks[4];
  return { busy: (ticks.reduce((a, b) => a + b, 0) - idle) * CLOCK_TICK_MS, total: ticks.reduce((a, b) => a + b, 0) * CLOCK_TICK_MS };
}

/**
 * Waits until the machine is quiet: under `maxCores` busy for two seconds in a row (at most `timeoutMs`). A scenario
 * leaves background work behind (the worker finishing a campaign, autovacuum after writes); the next one is measured
 * after it, not against it. Resolves with how long it waited and whether the machine got quiet.
 */
export async function waitForQuiet({ machineCores, maxCores = 0.25, timeoutMs = 180_000 }) {
  const started = Date.now();
  let quietSeconds = 0;
  let last = machineCpuMs();
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = machineCpuMs();
    const busyCores = ((now.busy - last.busy) / (now.total - last.total)) * machineCores;
    last = now;
    quietSeconds = busyCores < maxCores ? quietSeconds + 1 : 0;
    if (quietSeconds >= 2) return { waitedMs: Date.now() - started, quiet: true };
  }
  return { waitedMs: Date.now() - started, quiet: false };
}

export function memoryKiB(pid, field) {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return line ? Number(line.split(/\s+/)[1]) : 0;
}

/**
 * CPU (ms) a changing set of processes used since this call: per process, what it used since it was first seen. A
 * process that exits meanwhile (a PostgreSQL backend whose idle connection closed) takes its share with it, so the
 * sum may fall short but never goes below zero, as subtracting two sums over different processes could.
 */
export function cpuSince(pids) {
  const start = new Map(pids().map((pid) => [pid, processCpuMs(pid)]));
  return () => pids().reduce((total, pid) => total + Math.max(0, processCpuMs(pid) - (start.get(pid) ?? 0)), 0);
}

/**
 * CPU (in cores) used by the API (all its processes), PostgreSQL and this process over a span, and the API's largest
 * RSS samples: of one process, and of all its processes together.
 */
export function startSampling({ apiPids, postmasterPid }) {
  const pgPids = () => [postmasterPid, ...childrenOf(postmasterPid)];
  const pgCpu = cpuSince(pgPids);
  const apiCpu = cpuSince(apiPids);
  const t0 = { wall: Date.now(), self: process.cpuUsage(), machine: machineCpuMs() };
  let maxRssKiB = 0;
  let maxTotalRssKiB = 0;
  const sampleRss = () => {
    const rss = apiPids().map((pid) => memoryKiB(pid, 'VmRSS'));
    maxRssKiB = Math.max(maxRssKiB, ...rss);
    maxTotalRssKiB = Math.max(
      maxTotalRssKiB,
      rss.reduce((a, b) => a + b, 0),
    );
  };
  sampleRss();
  const timer = setInterval(sampleRss, 250);
  return () => {
    clearInterval(timer);
    const wall = Date.now() - t0.wall;
    const self = process.cpuUsage(t0.self);
    const machine = machineCpuMs();
    const cores = (ms) => Math.round((ms / wall) * 100) / 100;
    return {
      apiCores: cores(apiCpu()),
      apiProcesses: apiPids().length,
      postgresCores: cores(pgCpu()),
      loaderCores: cores((self.user + self.system) / 1000),
      machineBusyPercent: Math.round(((machine.busy - t0.machine.busy) / (machine.total - t0.machine.total)) * 100),
      apiMaxRssMiB: Math.round(maxRssKiB / 1024),
      apiMaxTotalRssMiB: Math.round(maxTotalRssKiB / 1024),
    };
  };
}

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One timed run: `connections` keep-alive connections, each sending the scenario's next request as soon as
 * the previous answer arrives. Latencies are collected per response (autocannon's own summary has no p95).
 */
export async function runLoad(autocannon, { baseUrl, token, scenario, connections, seconds }) {
  const latencies = [];
  const statuses = {};
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const next = scenario.next();
          return {
            ...req,
            method: next.method ?? 'GET',
            path: next.path,
            body: next.body ? JSON.stringify(next.body) : undefined,
            headers: { authorization: `Bearer ${token}`, ...(next.body ? { 'content-type': 'application/json' } : {}) },
          };
        },
      },
    ],
  });
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    latencies.push(ms);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const round = (v) => (v === null ? null : Math.round(v * 10) / 10);
  const ok = Object.entries(statuses).reduce((n, [code, count]) => n + (code.startsWith('2') ? count : 0), 0);
  return {
    requests: latencies.length,
    rps: Math.round((latencies.length / result.duration) * 10) / 10,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? null),
    non2xx: latencies.length - ok,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    statuses,
  };
}
