// Installs the npm workspaces when node_modules is missing or older than the lock file.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';
import { run } from './run.mjs';
import { log } from './log.mjs';

export function ensureNodeModules() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  // Not `npm ci`: it insists that the lock list every platform's optional binaries (SWC's,
  // for example), which the registries reachable here do not serve, so it refuses the lock.
  // `npm install` honours the same lock file and installs the same versions.
  log.info('installing npm packages (npm install, from package-lock.json)');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT });
}
