import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Runs fn against a throw-away database on the same server. The WASM schema engine
 * replays migration history on the database it is connected to, so diffs must never
 * be computed against a real one.
 */
export async function withScratchDatabase<T>(databaseUrl: string, fn: (scratchUrl: string) => Promise<T>): Promise<T> {
  const name = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const scratch = new URL(databaseUrl);
    scratch.pathname = `/${name}`;
    return await fn(scratch.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}
