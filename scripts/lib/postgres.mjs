// A project-local PostgreSQL cluster under .data/, built from the machine's server binaries.
import fs from 'node:fs';
import path from 'node:path';
import { capture, run } from './run.mjs';
import { isListening, waitForPort } from './ports.mjs';
import { log } from './log.mjs';

const isRoot = process.getuid?.() === 0;

function findBinDir() {
  const fromConfig = capture('pg_config', ['--bindir']);
  if (fromConfig && fs.existsSync(path.join(fromConfig, 'initdb'))) return fromConfig;
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

function installServer() {
  if (!isRoot || !capture('which', ['apt-get'])) return;
  log.info("PostgreSQL server binaries not found: installing Debian's postgresql package");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'postgresql', 'postgresql-contrib'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Runs a server binary as the postgres user when we are root (initdb refuses root). */
function asOwner(bin, args) {
  if (isRoot) return run('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' });
  return run(bin, args, { stdio: 'pipe' });
}

/**
 * Ensures a cluster at dataDir listens on 127.0.0.1:port with trust auth for local use,
 * and that `databases` exist. Returns { stop }.
 * `ephemeral` trades durability for speed (fsync off): only for test clusters.
 */
export async function ensurePostgres({ dataDir, port, databases, ephemeral = false }) {
  let bin = findBinDir();
  if (!bin) {
    installServer();
    bin = findBinDir();
  }
  if (!bin) {
    throw new Error(
      'No PostgreSQL server binaries found (looked in pg_config --bindir and /usr/lib/postgresql/*/bin). ' +
        "Install Debian's `postgresql` package or set DATABASE_URL to a server you run.",
    );
  }

  const socketDir = path.join(dataDir, 'run');
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log.info(`creating PostgreSQL cluster in ${path.relative(process.cwd(), dataDir)}`);
    fs.mkdirSync(dataDir, { recursive: true });
    if (isRoot) run('chown', ['-R', 'postgres:postgres', dataDir]);
    asOwner(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  fs.mkdirSync(socketDir, { recursive: true });
  if (isRoot) run('chown', ['postgres:postgres', socketDir]);

  const settings = [`-p ${port}`, `-k ${socketDir}`, '-c listen_addresses=127.0.0.1', '-c max_connections=200'];
  if (ephemeral) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  // The pg_ctl command lines that start and stop this cluster (as the postgres user when we are root).
  const pgCtl = (...args) => [...(isRoot ? ['runuser', '-u', 'postgres', '--'] : []), path.join(bin, 'pg_ctl'), '-D', dataDir, ...args];
  const startCommand = pgCtl('-l', path.join(dataDir, 'server.log'), '-o', settings.join(' '), '-w', '-t', '60', 'start');
  const ownsPort = !(await isListening(port));
  if (ownsPort) {
    run(startCommand[0], startCommand.slice(1), { stdio: 'pipe' });
    await waitForPort(port, { name: 'PostgreSQL', timeoutMs: 30_000 });
  } else if (!fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
    throw new Error(`Port ${port} is taken by something other than the project's PostgreSQL (${dataDir}). Free it or set PGPORT.`);
  }

  const psql = (sql, db = 'postgres') => capture(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-tAc', sql]);
  for (const db of databases) {
    if (psql(`select 1 from pg_database where datname = '${db}'`) !== '1') {
      if (psql(`create database "${db}"`) === null) throw new Error(`could not create database ${db}`);
    }
  }

  return {
    startCommand,
    /** Stops the cluster with a pg_ctl shutdown mode: smart, fast or immediate (a crash). */
    stopCommand: (mode) => pgCtl('-m', mode, '-w', 'stop'),
    stop: async () => {
      if (ownsPort) asOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
  };
}

/** Drops and recreates a database on the local cluster so a test run starts clean. */
export function recreateDatabase(port, db) {
  const bin = findBinDir();
  const psql = (sql) =>
    run(path.join(bin, 'psql'), ['-q', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-c', sql], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  psql(`drop database if exists "${db}" with (force)`);
  psql(`create database "${db}"`);
}

export function localDatabaseUrl(port, db) {
  return `postgresql://postgres@127.0.0.1:${port}/${db}`;
}
