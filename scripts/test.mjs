// `npm test`: installs and starts what the tests need (PostgreSQL, Temporal), then runs every suite.
// Extra arguments go to jest, e.g. `npm test -- --selectProjects api -t login`.
import path from 'node:path';
import { ensureNodeModules } from './lib/install.mjs';
import { ensurePythonTools } from './lib/python-tools.mjs';
import { ensureAptPackages } from './lib/apt.mjs';
import { startTestStack } from './lib/test-stack.mjs';
import { generateClient } from './lib/prisma.mjs';
import { ROOT } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
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
  // test of API replicas sharing Redis starts its own redis-server.
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

  let exitCode = 1;
  const stack = await startTestStack({ pgPort: PG_PORT, temporalPort: TEMPORAL_PORT, motoPort: MOTO_PORT, twilioPort: TWILIO_PORT, database: DB });
  try {
    log.ok(`test stack ready in ${Math.round((Date.now() - started) / 1000)}s`);
    const jest = run(path.join(ROOT, 'node_modules', '.bin', 'jest'), ['--ci', ...process.argv.slice(2)], { cwd: ROOT, env: stack.env, allowFailure: true });
    exitCode = jest.status ?? 1;
  } finally {
    await stack.stop();
  }
  process.exit(exitCode);
}

main().catch((error) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
