import fs from 'node:fs';
import path from 'node:path';
import { listMigrations, writeMigration } from './migrations-folder';
import { withScratchDatabase } from './scratch-database';
import { noFilters, openSchemaEngine, type SchemaEngine } from './schema-engine';

const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');
export const SCHEMA_PATH = path.join(PACKAGE_ROOT, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PACKAGE_ROOT, 'migrations');

function schemaFiles(): Array<{ path: string; content: string }> {
  return [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, 'utf8') }];
}

async function withEngine<T>(databaseUrl: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const files = schemaFiles();
  const { engine, close } = await openSchemaEngine(
    databaseUrl,
    files.map((f) => [f.path, f.content]),
  );
  try {
    return await fn(engine);
  } finally {
    await close();
  }
}

/** Applies pending migrations (what `prisma migrate deploy` does); returns the names applied. */
export function applyMigrations(databaseUrl: string, migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  return withEngine(databaseUrl, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: listMigrations(migrationsDir), filters: noFilters });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that would bring a database built from the migrations up to the schema,
 * computed on a throw-away shadow database. Null when they agree.
 */
export function pendingSchemaChanges(databaseUrl: string, migrationsDir = MIGRATIONS_DIR): Promise<string | null> {
  const migrations = listMigrations(migrationsDir);
  return withScratchDatabase(databaseUrl, (scratchUrl) =>
    withEngine(scratchUrl, async (engine) => {
      const sql = await captureStdout(() =>
        engine.migrateDiff({
          from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
          to: { tag: 'schemaDatamodel', files: schemaFiles() },
          script: true,
          exitCode: null,
          filters: noFilters,
        }),
      );
      return /^\s*(-- This is an empty migration\.?)?\s*$/.test(sql) ? null : sql;
    }),
  );
}

/** The engine prints diff scripts to stdout (as `prisma migrate diff --script` does); collect them instead. */
async function captureStdout(fn: () => Promise<unknown>): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

/** Writes a new migration folder with the difference between migrations and schema (`db:migrate:create NAME`). */
export async function createMigration(databaseUrl: string, name: string, migrationsDir = MIGRATIONS_DIR): Promise<string | null> {
  const sql = await pendingSchemaChanges(databaseUrl, migrationsDir);
  return sql ? writeMigration(migrationsDir, name, sql) : null;
}
