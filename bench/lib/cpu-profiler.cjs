// Preloaded into the benchmark's API (node -r): SIGWINCH starts a CPU profile and the next SIGWINCH writes it to
// $BENCH_CPU_PROFILE_DIR, so run.mjs can profile the very process it measured, with no debugger port open.
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
    const file = path.join(process.env.BENCH_CPU_PROFILE_DIR, `api-${process.pid}-${++count}.cpuprofile`);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
    fs.renameSync(`${file}.tmp`, file); // appears whole, so the reader never sees half a file
  });
});
