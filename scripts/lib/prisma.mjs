// Prisma client generation and migrations without the internet (see shared/ENVIRONMENT.md).
import path from 'node:path';
import { ROOT } from './paths.mjs';
import { run } from './run.mjs';

const PRISMA_DIR = path.join(ROOT, 'prisma');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

export function generateClient() {
  // The CLI insists on a native schema engine path even though generation uses its WASM tooling.
  run(bin('prisma'), ['generate'], {
    cwd: PRISMA_DIR,
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Runs the offline migration runner: deploy | create <name> | check. */
export function migrator(databaseUrl, ...args) {
  run(bin('tsx'), [path.join(PRISMA_DIR, 'src', 'migrator', 'cli.ts'), ...args], {
    cwd: PRISMA_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

export function seed(databaseUrl) {
  run(bin('tsx'), [path.join(PRISMA_DIR, 'src', 'seed', 'cli.ts')], {
    cwd: PRISMA_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}
