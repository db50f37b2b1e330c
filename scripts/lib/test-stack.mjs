// The stack `npm test` and `npm run test:chaos` run against: Temporal (in memory), moto and the
// Twilio fake, a throw-away PostgreSQL database, migrated; and the environment jest gets.
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { ensurePostgres, localDatabaseUrl, recreateDatabase } from './postgres.mjs';
import { startTemporal } from './temporal.mjs';
import { startStandIns } from './stand-ins.mjs';
import { migrator } from './prisma.mjs';
import { DATA_DIR } from './paths.mjs';
import { stopChild } from './run.mjs';

/**
 * Starts what the tests need on the given ports (TEST_TEMPORAL_ADDRESS / TEST_DATABASE_URL use
 * servers of one's own instead). Returns { env, stop }: env is what jest's process needs.
 */
export async function startTestStack({ pgPort, temporalPort, motoPort, twilioPort, database }) {
  const services = [];
  const stop = async () => {
    for (const stopOne of services.reverse()) await stopOne();
  };
  try {
    // Temporal first: its port doubles as a lock, so a second run stops here instead of
    // recreating the database under the first one.
    let temporalAddress = process.env.TEST_TEMPORAL_ADDRESS;
    if (!temporalAddress) {
      const temporal = await startTemporal({ port: temporalPort, quiet: true });
      services.push(() => stopChild(temporal));
      temporalAddress = `127.0.0.1:${temporalPort}`;
    }
    // The message providers' stand-ins (moto for SES/SNS, the Twilio fake): tests never reach a real provider.
    const standIns = await startStandIns({ motoPort, twilioPort, quiet: true });
    services.push(standIns.stop);
    let databaseUrl = process.env.TEST_DATABASE_URL;
    if (!databaseUrl) {
      const pg = await ensurePostgres({ dataDir: path.join(DATA_DIR, 'postgres', `test-${pgPort}`), port: pgPort, databases: [], ephemeral: true });
      services.push(() => pg.stop());
      recreateDatabase(pgPort, database);
      databaseUrl = localDatabaseUrl(pgPort, database);
    }
    migrator(databaseUrl, 'deploy');
    const env = {
      ...process.env,
      ...standIns.env,
      // The AWS SDK's one-line notice about Node 22 would otherwise repeat in every jest worker.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: 'default',
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
      // A fixed test key (32 zero-to-31 bytes): message bodies are sealed in tests as in production.
      COMMUNICATION_KEYS: `test:${Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('base64')}`,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    };
    return { env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
