import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PACKAGE = path.resolve(__dirname, '..');
const tsx = path.resolve(PACKAGE, '..', 'node_modules', '.bin', 'tsx');

// The migrator loads Prisma's WASM schema engine (an ES module), so it runs as its own process.
function migrator(args: string[], env: Record<string, string> = {}) {
  return spawnSync(tsx, [path.join(PACKAGE, 'src', 'migrator', 'cli.ts'), ...args], {
    cwd: PACKAGE,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
}

describe('schema and migrations', () => {
  it('agree: replaying prisma/migrations yields exactly schema.prisma', () => {
    const result = migrator(['check']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('schema and migrations agree');
    expect(result.status).toBe(0);
  });

  it('the check fails, printing the missing SQL, when a migration is missing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-migrations-'));
    const result = migrator(['check'], { MIGRATIONS_DIR: empty });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CREATE TABLE "CRMLead"');
  });

  it('deploy on an up-to-date database applies nothing', () => {
    const result = migrator(['deploy']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('database is up to date');
  });

  it('the initial migration enables pg_trgm before the trigram indexes that need it', () => {
    const dirs = fs.readdirSync(path.join(PACKAGE, 'migrations')).filter((d) => d.endsWith('_init'));
    const sql = fs.readFileSync(path.join(PACKAGE, 'migrations', dirs[0], 'migration.sql'), 'utf8');
    expect(sql.indexOf('CREATE EXTENSION IF NOT EXISTS pg_trgm')).toBeGreaterThan(-1);
    expect(sql.indexOf('CREATE EXTENSION IF NOT EXISTS pg_trgm')).toBeLessThan(sql.indexOf('gin_trgm_ops'));
  });

  it('no migration comment holds a semicolon: the runner splits scripts at every one, comments included', () => {
    const dir = path.join(PACKAGE, 'migrations');
    const offending = fs
      .readdirSync(dir)
      .filter((d) => fs.existsSync(path.join(dir, d, 'migration.sql')))
      .flatMap((d) =>
        fs
          .readFileSync(path.join(dir, d, 'migration.sql'), 'utf8')
          .split('\n')
          .flatMap((line, i) => (/--.*;/.test(line) ? [`${d}:${i + 1}`] : [])),
      );
    expect(offending).toEqual([]);
  });
});
