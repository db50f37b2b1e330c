/* Offline replacement for `prisma migrate deploy` / `prisma migrate dev --create-only`. */
import { applyMigrations, createMigration, MIGRATIONS_DIR, pendingSchemaChanges } from './migrator';

// MIGRATIONS_DIR lets tests point the check at another folder.
const migrationsDir = process.env.MIGRATIONS_DIR ?? MIGRATIONS_DIR;

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  switch (command) {
    case 'deploy': {
      const applied = await applyMigrations(url, migrationsDir);
      console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
      return;
    }
    case 'create': {
      if (!name) throw new Error('usage: create <name>');
      const dir = await createMigration(url, name, migrationsDir);
      console.log(dir ? `created ${dir}` : 'schema and migrations already agree: nothing to create');
      return;
    }
    case 'check': {
      const sql = await pendingSchemaChanges(url, migrationsDir);
      if (sql) {
        console.error(`schema.prisma has changes no migration holds:\n${sql}\nRun: npm run db:migrate:create -- <name>`);
        process.exitCode = 1;
      } else console.log('schema and migrations agree');
      return;
    }
    default:
      throw new Error(`unknown command ${command ?? ''}: use deploy | create <name> | check`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
