// `npm run test:chaos`: the fault suites (chaos/*.chaos-spec.ts). Starts what `npm test` starts, plus a
// PostgreSQL cluster and a Temporal dev server (history in SQLite) of their own that the suites stop
// and start again, runs the suites one after another and prints what they found:
//   fault injected | runs | messages expected | duplicates | losses | result
// Exits non-zero when a suite fails or any duplicate or loss was seen. Extra arguments go to jest.
import fs from 'node:fs';
import path from 'node:path';
import { ensureNodeModules } from './lib/install.mjs';
import { ensurePythonTools, venvBin } from './lib/python-tools.mjs';
import { startTestStack } from './lib/test-stack.mjs';
import { ensurePostgres, localDatabaseUrl, recreateDatabase } from './lib/postgres.mjs';
import { temporalArgs } from './lib/temporal.mjs';
import { assertPortFree } from './lib/ports.mjs';
import { generateClient, migrator } from './lib/prisma.mjs';
import { DATA_DIR, ROOT } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
import { log } from './lib/log.mjs';

const port = (name, fallback) => Number(process.env[name] ?? fallback);
const PG_PORT = port('CHAOS_PGPORT', 54359);
const TEMPORAL_PORT = port('CHAOS_TEMPORAL_PORT', 7264);
const MOTO_PORT = port('CHAOS_MOTO_PORT', 5269);
const TWILIO_PORT = port('CHAOS_TWILIO_PORT', 5270);
// The two servers the suites restart: nothing else uses them.
const RESTART_PG_PORT = port('CHAOS_RESTART_PGPORT', 54360);
const RESTART_TEMPORAL_PORT = port('CHAOS_RESTART_TEMPORAL_PORT', 7265);
const RESULTS_DIR = path.join(DATA_DIR, 'chaos-results');
const RESULTS_FILE = path.join(ROOT, 'chaos', 'RESULTS.md');

function table(rows) {
  const header = ['fault injected', 'runs', 'messages expected', 'duplicates', 'losses', 'result'];
  const lines = rows.map((r) => [r.fault, r.runs, r.expected, r.duplicates, r.losses, r.result].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  // The separator row as prettier writes it, so the file it lands in stays formatted.
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...lines.map(line)].join('\n');
}

function readResults() {
  if (!fs.existsSync(RESULTS_DIR)) return [];
  return fs
    .readdirSync(RESULTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, f), 'utf8')));
}

async function main() {
  const started = Date.now();
  ensureNodeModules();
  ensurePythonTools();
  generateClient();
  // Type-checks and builds the workspaces: the worker processes the suites kill load the built packages.
  log.info('building the workspaces');
  run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], { cwd: ROOT });
  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });

  let jestStatus = 1;
  const stack = await startTestStack({
    pgPort: PG_PORT,
    temporalPort: TEMPORAL_PORT,
    motoPort: MOTO_PORT,
    twilioPort: TWILIO_PORT,
    database: 'hospital_crm_chaos',
  });
  let restartPg;
  try {
    restartPg = await ensurePostgres({ dataDir: path.join(DATA_DIR, 'postgres', `chaos-restart-${RESTART_PG_PORT}`), port: RESTART_PG_PORT, databases: [] });
    recreateDatabase(RESTART_PG_PORT, 'hospital_crm_chaos_restart');
    const restartPgUrl = localDatabaseUrl(RESTART_PG_PORT, 'hospital_crm_chaos_restart');
    migrator(restartPgUrl, 'deploy');
    await assertPortFree(RESTART_TEMPORAL_PORT, 'Temporal (restarted by the chaos suite)');
    const temporalDb = path.join(DATA_DIR, 'chaos-temporal', 'temporal.sqlite');
    fs.rmSync(path.dirname(temporalDb), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(temporalDb), { recursive: true });

    log.ok(`chaos stack ready in ${Math.round((Date.now() - started) / 1000)}s`);
    const jest = run(path.join(ROOT, 'node_modules', '.bin', 'jest'), ['--ci', '--runInBand', '--config', 'chaos/jest.config.js', ...process.argv.slice(2)], {
      cwd: ROOT,
      allowFailure: true,
      env: {
        ...stack.env,
        CHAOS_RESULTS_DIR: RESULTS_DIR,
        CHAOS_PG_URL: restartPgUrl,
        CHAOS_PG_START: JSON.stringify(restartPg.startCommand),
        CHAOS_PG_STOP_FAST: JSON.stringify(restartPg.stopCommand('fast')),
        CHAOS_PG_STOP_IMMEDIATE: JSON.stringify(restartPg.stopCommand('immediate')),
        CHAOS_TEMPORAL_COMMAND: JSON.stringify([venvBin('temporal'), ...temporalArgs({ port: RESTART_TEMPORAL_PORT, dbFile: temporalDb })]),
        CHAOS_TEMPORAL_ADDRESS: `127.0.0.1:${RESTART_TEMPORAL_PORT}`,
      },
    });
    jestStatus = jest.status ?? 1;
  } finally {
    await restartPg?.stop();
    await stack.stop();
  }

  const rows = readResults();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const printed = table(rows);
  console.log(`\n${printed}\n\n${rows.length} fault(s) in ${minutes} min; jest ${jestStatus === 0 ? 'passed' : 'FAILED'}`);
  const bad = rows.filter((r) => r.duplicates > 0 || r.losses > 0 || r.result !== 'pass');
  fs.writeFileSync(
    RESULTS_FILE,
    `# npm run test:chaos: last run\n\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutes} min on this machine ` +
      `(jest ${jestStatus === 0 ? 'passed' : 'failed'}).\n\n${printed}\n`,
  );
  if (jestStatus !== 0 || bad.length || !rows.length) {
    log.error(bad.length ? `duplicates, losses or failures in: ${bad.map((r) => r.fault).join('; ')}` : 'a fault suite failed');
    process.exit(1);
  }
  log.ok('no duplicate, no loss');
}

main().catch((error) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
