// npm run build: Prisma client, every TypeScript workspace, the workflow bundle and the console.
import path from 'node:path';
import { ensureNodeModules } from './lib/install.mjs';
import { generateClient } from './lib/prisma.mjs';
import { ROOT } from './lib/paths.mjs';
import { run } from './lib/run.mjs';
import { log, fail } from './lib/log.mjs';

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

export function buildBackend() {
  generateClient();
  run(bin('tsc'), ['-b', 'tsconfig.build.json'], { cwd: ROOT });
  run(bin('tsx'), [path.join(ROOT, 'workflows', 'scripts', 'build-workflow-bundle.ts')], { cwd: path.join(ROOT, 'workflows') });
}

export function buildConsole() {
  run('npm', ['run', 'build', '-w', '@hospital-crm/admin-ui', '--silent'], { cwd: ROOT });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureNodeModules();
    buildBackend();
    buildConsole();
    log.ok('built: */dist, workflows/workflow-bundle.js, admin-ui/dist');
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
