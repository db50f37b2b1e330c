// Debian packages some tests drive (docker-compose for the compose file, chromium for the console).
import { spawnSync } from 'node:child_process';
import { run } from './run.mjs';
import { log } from './log.mjs';

const installed = (pkg) => spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;

export function ensureAptPackages(packages) {
  const missing = packages.filter((pkg) => !installed(pkg));
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them (sudo apt-get install ${missing.join(' ')}) and run again.`);
  }
  log.info(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}
