// npm start: one command from a fresh clone to a running CRM (database, Temporal, worker, API, console).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureNodeModules } from './lib/install.mjs';
import { ensurePythonTools } from './lib/python-tools.mjs';
import { migrator, seed } from './lib/prisma.mjs';
import { startTemporal } from './lib/temporal.mjs';
import { standInsWanted, startStandIns } from './lib/stand-ins.mjs';
import { assertPortFree, waitForPort } from './lib/ports.mjs';
import { DEV, devDatabase } from './lib/dev-stack.mjs';
import { DATA_DIR, ROOT } from './lib/paths.mjs';
import { startService, stopChild } from './lib/run.mjs';
import { fail, log } from './lib/log.mjs';
import { buildBackend } from './build.mjs';

const SEED_LOGINS = [
  ['Super admin', 'superadmin@hospital-crm.example', 'SuperAdmin#2026'],
  ['Hospital admin (City General)', 'admin@citygeneral.example', 'Admin#2026'],
  ['Receptionist (City General)', 'reception@citygeneral.example', 'Reception#2026'],
  ['Hospital admin (Lakeside)', 'admin@lakeside.example', 'Admin#2026'],
];

/** A development secret, made once and kept under .data/ so sessions and sealed data survive restarts. */
function devSecret(variable, file, make) {
  if (process.env[variable]) return process.env[variable];
  const where = path.join(DATA_DIR, file);
  if (!fs.existsSync(where)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(where, make(), { mode: 0o600 });
  }
  return fs.readFileSync(where, 'utf8').trim();
}

async function main() {
  const stops = [];
  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping…');
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  try {
    ensureNodeModules();
    ensurePythonTools();
    log.info('building');
    buildBackend();
    await assertPortFree(DEV.apiPort, 'API');
    await assertPortFree(DEV.consolePort, 'admin console');

    const db = await devDatabase();
    stops.push(db.stop);
    migrator(db.url, 'deploy');
    seed(db.url);

    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    if (!temporalAddress) {
      const temporal = await startTemporal({ port: DEV.temporalPort, uiPort: DEV.temporalUiPort, dbFile: DEV.temporalDb });
      stops.push(() => stopChild(temporal));
      temporalAddress = `127.0.0.1:${DEV.temporalPort}`;
    }

    // Email/SMS go to moto and WhatsApp to the Twilio fake, unless real credentials are configured.
    const wanted = standInsWanted();
    const standIns = await startStandIns({ motoPort: wanted.moto && DEV.motoPort, twilioPort: wanted.twilio && DEV.twilioFakePort, quiet: true });
    stops.push(standIns.stop);

    const env = {
      ...process.env,
      ...standIns.env,
      PUBLIC_API_URL: process.env.PUBLIC_API_URL ?? `http://127.0.0.1:${DEV.apiPort}`,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporalAddress,
      JWT_SECRET: devSecret('JWT_SECRET', 'dev-jwt-secret', () => crypto.randomBytes(48).toString('base64url')),
      COMMUNICATION_KEYS: devSecret('COMMUNICATION_KEYS', 'dev-communication-keys', () => `dev:${crypto.randomBytes(32).toString('base64')}`),
      PORT: String(DEV.apiPort),
      HOST: '127.0.0.1',
      API_URL: `http://127.0.0.1:${DEV.apiPort}`,
    };
    const children = [
      startService('worker', process.execPath, [path.join(ROOT, 'workflows', 'dist', 'worker.js')], { env }),
      startService('api', process.execPath, [path.join(ROOT, 'api', 'dist', 'main.js')], { env }),
      startService('console', path.join(ROOT, 'node_modules', '.bin', 'vite'), ['--port', String(DEV.consolePort), '--strictPort', '--host', '127.0.0.1'], {
        env,
        cwd: path.join(ROOT, 'admin-ui'),
      }),
    ];
    for (const child of children) {
      stops.push(() => stopChild(child));
      child.once('exit', (code) => {
        if (!stopping) {
          log.error(`${child.spawnargs.slice(-1)[0]} exited with ${code}; stopping the stack`);
          shutdown(1);
        }
      });
    }
    await waitForPort(DEV.apiPort, { name: 'API', timeoutMs: 60_000 });
    await waitForPort(DEV.consolePort, { name: 'admin console', timeoutMs: 60_000 });

    const rows = SEED_LOGINS.map(([who, email, password]) => `    ${who.padEnd(32)} ${email.padEnd(36)} ${password}`);
    console.log(
      [
        '',
        '  hospital-crm is running',
        `    Console      http://127.0.0.1:${DEV.consolePort}`,
        `    API          http://127.0.0.1:${DEV.apiPort}/api/v1   (docs: http://127.0.0.1:${DEV.apiPort}/api/docs)`,
        process.env.TEMPORAL_ADDRESS ? `    Temporal     ${temporalAddress}` : `    Temporal UI  http://127.0.0.1:${DEV.temporalUiPort}`,
        standIns.urls.moto
          ? `    Email, SMS   moto (SES, SNS stand-in) ${standIns.urls.moto}   (sent: ${standIns.urls.moto}/moto-api/data.json)`
          : `    Email, SMS   Amazon SES and SNS (${env.AWS_REGION ?? 'us-east-1'}${env.AWS_ENDPOINT_URL ? ` at ${env.AWS_ENDPOINT_URL}` : ''})`,
        standIns.urls.twilio
          ? `    WhatsApp     Twilio fake ${standIns.urls.twilio}   (sent: ${standIns.urls.twilio}/__fake/messages?to=+E164)`
          : `    WhatsApp     Twilio${env.TWILIO_API_BASE_URL ? ` at ${env.TWILIO_API_BASE_URL}` : ''}`,
        '',
        '  Sign in with a demo account:',
        ...rows,
        '',
        '  Ctrl-C stops everything; the data stays in .data/ for next time.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    log.error(error instanceof Error ? error.message : String(error));
    await shutdown(1);
  }
}

main().catch((error) => fail(String(error)));
