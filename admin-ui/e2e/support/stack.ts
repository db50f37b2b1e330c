// Everything a console e2e test needs, started by the test itself: the built API (api/dist) and
// worker (workflows/dist) on a task queue of their own, the console built and served by Vite, a
// fresh hospital with its own staff, and Debian's Chromium driven by playwright-core.
// Expects what `node scripts/test.mjs` provides: `tsc -b` already run, and DATABASE_URL,
// TEMPORAL_ADDRESS and JWT_SECRET in the environment.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { freePort, startService, waitUntil, type Service } from './processes';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const SCREENSHOTS = path.resolve(__dirname, '..', 'screenshots');
export const VIEWPORT = { width: 1680, height: 1050 };

export interface StaffMember {
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export interface Stack {
  apiUrl: string;
  consoleUrl: string;
  prisma: PrismaClient;
  hospital: { id: string; code: string; name: string };
  admin: StaffMember;
  receptionist: StaffMember;
  browser: Browser;
  /** A fresh browser context and page at the console's size. */
  newPage: () => Promise<{ context: BrowserContext; page: Page }>;
  /** Calls the API as the hospital admin; returns `data` of the envelope or throws with the error. */
  api: <T = unknown>(method: string, urlPath: string, body?: unknown) => Promise<T>;
  stop: () => Promise<void>;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the console e2e tests through node scripts/test.mjs`);
  return value;
}

function requireBuilt(file: string): string {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) throw new Error(`${file} is missing: node scripts/test.mjs builds it (tsc -b tsconfig.build.json)`);
  return full;
}

const PASSWORD = 'Console-e2e-2026!';

/** A hospital of this test file's own, with an admin and a receptionist, written straight to the database. */
async function seedHospital(prisma: PrismaClient) {
  const suffix = randomUUID().slice(0, 6).toUpperCase();
  const hospital = await prisma.hospital.create({
    data: { name: 'Riverside Heart & Family Hospital', code: `RHF${suffix}`, timezone: 'Asia/Kolkata' },
    select: { id: true, code: true, name: true },
  });
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  const staff = async (role: 'HOSPITAL_ADMIN' | 'RECEPTIONIST', firstName: string, lastName: string): Promise<StaffMember> => {
    const email = `${firstName.toLowerCase()}.${suffix.toLowerCase()}@riverside.example`;
    const user = await prisma.user.create({
      data: { hospitalId: hospital.id, email, passwordHash, role, firstName, lastName },
      select: { id: true },
    });
    return { id: user.id, email, password: PASSWORD, firstName, lastName };
  };
  return {
    hospital,
    admin: await staff('HOSPITAL_ADMIN', 'Nandini', 'Rao'),
    receptionist: await staff('RECEPTIONIST', 'Priya', 'Sharma'),
  };
}

export async function startStack(): Promise<Stack> {
  const env = {
    ...process.env,
    DATABASE_URL: requireEnv('DATABASE_URL'),
    TEMPORAL_ADDRESS: requireEnv('TEMPORAL_ADDRESS'),
    JWT_SECRET: requireEnv('JWT_SECRET'),
    TEMPORAL_TASK_QUEUE: `console-e2e-${randomUUID()}`,
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '4',
  };
  const apiMain = requireBuilt('api/dist/main.js');
  const workerMain = requireBuilt('workflows/dist/worker.js');

  const services: Service[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await Promise.all(services.map((service) => service.stop()));
  };

  try {
    const [apiPort, consolePort] = [await freePort(), await freePort()];
    const apiUrl = `http://127.0.0.1:${apiPort}`;

    const worker = startService('worker', process.execPath, [workerMain], env, ROOT);
    services.push(worker);
    const api = startService('api', process.execPath, [apiMain], { ...env, PORT: String(apiPort), HOST: '127.0.0.1' }, ROOT);
    services.push(api);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-e2e-'));
    cleanups.push(async () => fs.rmSync(outDir, { recursive: true, force: true }));
    const consoleServer = startService(
      'console',
      process.execPath,
      [path.join(__dirname, 'serve-console.mjs'), outDir, String(consolePort)],
      // a production build whatever NODE_ENV the test runner set
      { ...process.env, NODE_ENV: 'production', API_URL: apiUrl },
      path.join(ROOT, 'admin-ui'),
    );
    services.push(consoleServer);

    const prisma = createPrismaClient({ url: env.DATABASE_URL, poolSize: 2, applicationName: 'console-e2e' });
    cleanups.push(() => prisma.$disconnect());
    const seeded = await seedHospital(prisma);

    const [, , readyLine] = await Promise.all([
      waitUntil('API', async () => (await fetch(`${apiUrl}/api/v1/health`)).status < 500, 90_000, api),
      worker.waitForLine(/worker polling task queue/, 90_000),
      consoleServer.waitForLine(/^READY /, 120_000),
    ]);
    const consoleUrl = readyLine.replace(/^READY /, '').replace(/\/?$/, '/');

    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());

    let token: string | null = null;
    const api$ = async <T>(method: string, urlPath: string, body?: unknown): Promise<T> => {
      if (!token) {
        const login = await fetch(`${apiUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: seeded.admin.email, password: seeded.admin.password }),
        });
        const payload = (await login.json()) as { data?: { accessToken?: string } };
        token = payload.data?.accessToken ?? null;
        if (!token) throw new Error(`API login failed: ${login.status} ${JSON.stringify(payload)}`);
      }
      const response = await fetch(`${apiUrl}/api/v1${urlPath}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const payload = (await response.json().catch(() => null)) as { success?: boolean; data?: T; error?: unknown } | null;
      if (!response.ok || !payload?.success) {
        const error = new Error(`${method} ${urlPath} → ${response.status} ${JSON.stringify(payload?.error ?? payload)}`);
        Object.assign(error, { status: response.status });
        throw error;
      }
      return payload.data as T;
    };

    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    return {
      apiUrl,
      consoleUrl,
      prisma,
      ...seeded,
      browser,
      newPage: async () => {
        const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Asia/Kolkata' });
        const page = await context.newPage();
        return { context, page };
      },
      api: api$,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
