// Preloaded into the benchmark's API and worker (node -r): SIGWINCH starts a CPU profile and the next SIGWINCH writes it to
// $BENCH_CPU_PROFILE_DIR (named $BENCH_CPU_PROFILE_NAME-<pid>-<n>, default api), so run.mjs can profile the very process it measured, with no debugger port open. SIGURG (below) reports its memory.
const fs = require('node:fs');
const path = require('node:path');
const inspector = require('node:inspector');

const session = new inspector.Session();
session.connect();
let running = false;
let count = 0;

// SIGWINCH because Nest's enableShutdownHooks() shuts the app down on SIGUSR2, and Node keeps SIGUSR1 for its debugger.
const PROFILE_SIGNAL = 'SIGWINCH';
process.on(PROFILE_SIGNAL, () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  session.post('Profiler.stop', (error, result) => {
    running = false;
    if (error) return console.error(`cpu profile: ${error.message}`);
    const file = path.join(process.env.BENCH_CPU_PROFILE_DIR, `${process.env.BENCH_CPU_PROFILE_NAME || 'api'}-${process.pid}-${++count}.cpuprofile`);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
    fs.renameSync(`${file}.tmp`, file); // appears whole, so the reader never sees half a file
  });
});

// SIGURG (ignored by default, so harmless anywhere) writes where the process's memory is: process.memoryUsage() and V8's
// heap spaces, to $BENCH_CPU_PROFILE_DIR/<name>-<pid>-memory.json, so a memory figure can say what the resident set holds.
// When <that file>.gc exists, it is removed and a full garbage collection runs first: what is live, not what awaits collection.
process.on('SIGURG', () => {
  const v8 = require('node:v8');
  const request = path.join(process.env.BENCH_CPU_PROFILE_DIR, `${process.env.BENCH_CPU_PROFILE_NAME || 'api'}-${process.pid}-memory.json.gc`);
  const collected = fs.existsSync(request);
  if (collected) {
    fs.rmSync(request, { force: true });
    v8.setFlagsFromString('--expose-gc');
    require('node:vm').runInNewContext('gc')();
  }
  const mib = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const usage = Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, mib(v)]));
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mib(s.space_used_size)]));
  const heap = v8.getHeapStatistics();
  const file = path.join(process.env.BENCH_CPU_PROFILE_DIR, `${process.env.BENCH_CPU_PROFILE_NAME || 'api'}-${process.pid}-memory.json`);
  const report = {
    at: new Date().toISOString(),
    afterFullGc: collected,
    mib: usage,
    heapSpacesMiB: spaces,
    heapLimitMiB: mib(heap.heap_size_limit),
    contexts: heap.number_of_native_contexts,
  };
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(report));
  fs.renameSync(`${file}.tmp`, file);
});
