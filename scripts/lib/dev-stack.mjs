// The development stack's fixed places: ports, data folders, database name.
import path from 'node:path';
import { DATA_DIR } from './paths.mjs';
import { ensurePostgres, localDatabaseUrl } from './postgres.mjs';

export const DEV = {
  pgPort: Number(process.env.PGPORT ?? 54329),
  database: 'hospital_crm',
  temporalPort: Number(process.env.TEMPORAL_PORT ?? 7233),
  temporalUiPort: Number(process.env.TEMPORAL_UI_PORT ?? 8233),
  apiPort: Number(process.env.PORT ?? 3001),
  consolePort: Number(process.env.CONSOLE_PORT ?? 3000),
  // Provider stand-ins (scripts/lib/stand-ins.mjs): moto for SES/SNS, the Twilio fake.
  motoPort: Number(process.env.MOTO_PORT ?? 5229),
  twilioFakePort: Number(process.env.TWILIO_FAKE_PORT ?? 5230),
  temporalDb: path.join(DATA_DIR, 'temporal', 'dev.sqlite'),
  pgDataDir: path.join(DATA_DIR, 'postgres', 'dev'),
};

/**
 * DATABASE_URL when set; otherwise the project-local cluster under .data/ (started if needed).
 * Returns the URL and a stop function (a no-op when we did not start anything).
 */
export async function devDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const pg = await ensurePostgres({ dataDir: DEV.pgDataDir, port: DEV.pgPort, databases: [DEV.database] });
  return { url: localDatabaseUrl(DEV.pgPort, DEV.database), stop: pg.stop };
}
