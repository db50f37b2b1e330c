// `npm test`: installs and starts what the tests need (PostgreSQL, Temporal), then runs every suite.
// Extra arguments go to jest, e.g. `npm test -- --selectProjects api -t login`.
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { ensureNodeModules } from './lib/install.mjs';
import { ensurePythonTools } from './lib/python-tools.mjs';
import { ensureAptPackages } from './lib/apt.mjs';
import { ensurePostgres, localDatabaseUrl, recreateDatabase } from './lib/postgres.mjs';
import { startTemporal } from './lib/temporal.mjs';
import { startStandIns } from './lib/stand-ins.mjs';
import { generateClient, migrator } from './lib/prisma.mjs';
import { DATA_DIR, ROOT } from './lib/paths.mjs';
import { run, stopChild } from './lib/run.mjs';
import { log } from './lib/log.mjs';

const PG_PORT = Number(process.env.TEST_PGPORT ?? 54339);
const TEMPORAL_PORT = Number(process.env.TEST_TEMPORAL_PORT ?? 7244);
const MOTO_PORT = Number(process.env.TEST_MOTO_PORT ?? 5239);
const TWILIO_PORT = Number(process.env.TEST_TWILIO_PORT ?? 5240);
const DB = 'hospital_crm_test';

async function main() {
  const started = Date.now();
  ensureNodeModules();
  // docker-compose validates the compose file; Chromium runs the console's browser tests; the
  // dashboard cache's Redis test starts its own redis-server.
  ensureAptPackages(['docker-compose', 'chromium', 'redis-server']);
  ensurePythonTools();
  generateClient();
  // Local iteration may skip it (TEST_SKIP_TYPECHECK=1); CI never does.
  if (!process.env.TEST_SKIP_TYPECHECK || process.env.CI) {
    log.info('type-checking every workspace');
    run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], { cwd: ROOT });
    for (const project of ['admin-ui/tsconfig.json', 'admin-ui/e2e/tsconfig.json']) {
      run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', project, '--noEmit'], { cwd: ROOT });
    }
  }

  const services = [];
  let exitCode = 1;
  try {
    // Temporal first: its port doubles as a lock, so a second `npm test` stops here instead of
    // recreating the database under the first one.
    let temporalAddress = process.env.TEST_TEMPORAL_ADDRESS;
    if (!temporalAddress) {
      const temporal = await startTemporal({ port: TEMPORAL_PORT, quiet: true });
      services.push(() => stopChild(temporal));
      temporalAddress = `127.0.0.1:${TEMPORAL_PORT}`;
    }
    // The message providers' stand-ins (moto for SES/SNS, the Twilio fake): tests never reach a real provider.
    const standIns = await startStandIns({ motoPort: MOTO_PORT, twilioPort: TWILIO_PORT, quiet: true });
    services.push(standIns.stop);
    let databaseUrl = process.env.TEST_DATABASE_URL;
    if (!databaseUrl) {
      const pg = await ensurePostgres({ dataDir: path.join(DATA_DIR, 'postgres', `test-${PG_PORT}`), port: PG_PORT, databases: [], ephemeral: true });
      services.push(() => pg.stop());
      recreateDatabase(PG_PORT, DB);
      databaseUrl = localDatabaseUrl(PG_PORT, DB);
    }
    migrator(databaseUrl, 'deploy');

    log.ok(`test stack ready in ${Math.round((Date.now() - started) / 1000)}s`);

    const jest = run(path.join(ROOT, 'node_modules', '.bin', 'jest'), ['--ci', ...process.argv.slice(2)], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...standIns.env,
        // The AWS SDK's one-line notice about Node 22 would otherwise repeat in every jest worker.
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        TEMPORAL_ADDRESS: temporalAddress,
        TEMPORAL_NAMESPACE: 'default',
        JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
        // A fixed test key (32 zero-to-31 bytes): message bodies are sealed in tests as in production.
        COMMUNICATION_KEYS: `test:${Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('base64')}`,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      },
      allowFailure: true,
    });
    exitCode = jest.status ?? 1;
  } finally {
    for (const stop of services.reverse()) await stop();
  }
  process.exit(exitCode);
}

main().catch((error) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
