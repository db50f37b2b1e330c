import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@hospital-crm/db';
import { startService, waitUntil, type Service } from '../../admin-ui/e2e/support/processes';
import { createHospital, PASSWORD, type HospitalFixture } from './support/fixtures';
import { freePort, startRedis } from './support/redis-server';

// The built API run as production runs it with more than one process: a cluster of API_PROCESSES=2
// on one port (compose's default is one per core), and two replicas on their own ports sharing a
// Redis (REDIS_URL). Each request goes over a new connection, so the calls below reach every
// process in turn. What a user would notice if the processes did not talk: a deactivated user
// still served by the other process, a lead list total or a dashboard missing a lead just created.

const ROOT = path.resolve(__dirname, '..', '..');
const API_MAIN = path.join(ROOT, 'api', 'dist', 'main.js');
const LOGIN_RATE_LIMIT = 4;
/** Calls per check: three for each of the two processes. */
const ROUNDS = 6;

interface Reply {
  status: number;
  body: { data?: Record<string, unknown>; error?: { code: string } };
}

/** One request on a connection of its own (no keep-alive), so the cluster hands each to the next process. */
function call(port: number, method: string, urlPath: string, token?: string, body?: unknown): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: `/api/v1${urlPath}`,
        agent: false,
        headers: {
          ...(token && { authorization: `Bearer ${token}` }),
          ...(payload && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Reply['body']) : {} }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The child processes of a process (Linux): the cluster's serving processes. */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

interface Deployment {
  ports: number[];
  services: Service[];
  /** The shared Redis, when there is one. */
  redis?: ChildProcess;
  stop: () => Promise<void>;
}

function apiEnv(port: number, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '2',
    LOGIN_RATE_LIMIT: String(LOGIN_RATE_LIMIT),
    ...extra,
  };
}

async function startApi(env: NodeJS.ProcessEnv): Promise<Service> {
  const api = startService('api', process.execPath, [API_MAIN], env, ROOT);
  const port = Number(env.PORT);
  await waitUntil('API', async () => (await call(port, 'GET', '/health')).status < 500, 90_000, api);
  return api;
}

const deployments: Array<{ name: string; sharesLoginLimits: boolean; start: () => Promise<Deployment> }> = [
  {
    name: 'a cluster of two processes on one port (API_PROCESSES=2, no Redis)',
    sharesLoginLimits: false,
    start: async () => {
      const port = await freePort();
      const api = await startApi(apiEnv(port, { API_PROCESSES: '2', REDIS_URL: '' }));
      await waitUntil('two API processes', async () => childrenOf(api.child.pid!).length === 2, 60_000, api);
      // The port answers once one process listens: wait until both do (each answers a call of its own).
      await waitUntil(
        'both processes serving',
        async () => {
          const replies = await Promise.all([0, 1, 2, 3].map(() => call(port, 'GET', '/health')));
          return replies.every((reply) => reply.status < 500);
        },
        60_000,
        api,
      );
      return { ports: [port], services: [api], stop: () => api.stop() };
    },
  },
  {
    name: 'two replicas on their own ports sharing Redis (REDIS_URL)',
    sharesLoginLimits: true,
    start: async () => {
      const redisPort = await freePort();
      const redis: ChildProcess = await startRedis(redisPort);
      const REDIS_URL = `redis://127.0.0.1:${redisPort}`;
      const ports = [await freePort(), await freePort()];
      const services = await Promise.all(ports.map((port) => startApi(apiEnv(port, { REDIS_URL, API_PROCESSES: '1' }))));
      return {
        ports,
        services,
        redis,
        stop: async () => {
          await Promise.all(services.map((service) => service.stop()));
          if (redis.exitCode === null) redis.kill();
        },
      };
    },
  },
];

describe.each(deployments)('the API as $name', ({ start, sharesLoginLimits }) => {
  let deployment: Deployment;
  let prisma: PrismaClient;
  let h: HospitalFixture;
  let admin: string;

  /** `ROUNDS` calls, each on a new connection, spread over the processes (cluster: in turn; replicas: alternating ports). */
  const everywhere = async (method: string, urlPath: string, token?: string, body?: unknown): Promise<Reply[]> => {
    const replies: Reply[] = [];
    for (let i = 0; i < ROUNDS; i += 1) replies.push(await call(deployment.ports[i % deployment.ports.length], method, urlPath, token, body));
    return replies;
  };
  const login = async (email: string, password = PASSWORD, port = deployment.ports[0]) => call(port, 'POST', '/auth/login', undefined, { email, password });
  const tokenOf = async (email: string) => {
    const reply = await login(email);
    if (reply.status !== 200) throw new Error(`login as ${email}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body.data!.accessToken as string;
  };
  const createLead = async (phone: string) => {
    const reply = await call(deployment.ports[0], 'POST', '/crm/leads', admin, { firstName: 'Meera', lastName: 'Iyer', phone, source: 'WEBSITE' });
    expect(reply.status).toBe(201);
  };

  beforeAll(async () => {
    if (!fs.existsSync(API_MAIN)) throw new Error('api/dist/main.js is missing: node scripts/test.mjs builds it (tsc -b tsconfig.build.json)');
    prisma = createPrismaClient({ url: process.env.DATABASE_URL!, poolSize: 2, applicationName: 'api-processes-e2e' });
    h = await createHospital(prisma, 'P');
    deployment = await start();
    admin = await tokenOf(h.users.admin.email);
  }, 180_000);

  afterAll(async () => {
    await deployment?.stop();
    await prisma?.$disconnect();
  });

  it('refuses a deactivated user on every process at the next request', async () => {
    const doctor = await tokenOf(h.users.doctor.email);
    // Every process has now served the doctor, and so holds their user row.
    expect((await everywhere('GET', '/auth/me', doctor)).map((r) => r.status)).toEqual(Array(ROUNDS).fill(200));

    expect((await call(deployment.ports[0], 'PATCH', `/users/${h.users.doctor.id}/deactivate`, admin, {})).status).toBe(200);

    expect((await everywhere('GET', '/auth/me', doctor)).map((r) => r.status)).toEqual(Array(ROUNDS).fill(401));
  });

  it('counts a lead created through one process in the list total and dashboard every process answers', async () => {
    await createLead('+919820000001');
    const totals = async () => (await everywhere('GET', '/crm/leads?limit=1', admin)).map((r) => r.body.data?.total);
    const dashboards = async () => (await everywhere('GET', '/crm/reports/dashboard', admin)).map((r) => r.body.data?.totalLeads);
    // Both now cached in every process (totals for 10 s, the dashboard for 5 minutes).
    expect(await totals()).toEqual(Array(ROUNDS).fill(1));
    expect(await dashboards()).toEqual(Array(ROUNDS).fill(1));

    await createLead('+919820000002');

    expect(await totals()).toEqual(Array(ROUNDS).fill(2));
    expect(await dashboards()).toEqual(Array(ROUNDS).fill(2));
  });

  if (sharesLoginLimits) {
    it('counts failed sign-ins across the processes against one limit', async () => {
      const email = h.users.receptionist.email;
      for (let i = 0; i < LOGIN_RATE_LIMIT; i += 1) {
        const port = deployment.ports[i % deployment.ports.length];
        expect((await login(email, 'wrong-password', port)).status).toBe(401);
      }
      // Each replica alone has seen half the attempts; together they have seen the limit.
      for (const port of deployment.ports) expect((await login(email, PASSWORD, port)).status).toBe(429);
    });

    it('keeps signing in and answering while Redis is gone (limits then counted per replica)', async () => {
      const redis = deployment.redis!;
      redis.kill();
      await once(redis, 'exit');
      for (const port of deployment.ports) expect((await login(h.users.admin.email, PASSWORD, port)).status).toBe(200);
      expect((await everywhere('GET', '/crm/reports/dashboard', admin)).map((r) => r.status)).toEqual(Array(ROUNDS).fill(200));
    });
  } else {
    it('replaces a process that dies, and keeps answering', async () => {
      const [api] = deployment.services;
      const before = childrenOf(api.child.pid!);
      process.kill(before[0], 'SIGKILL');
      await waitUntil(
        'a new API process',
        async () => {
          const now = childrenOf(api.child.pid!);
          return now.length === 2 && !now.includes(before[0]);
        },
        60_000,
        api,
      );
      await waitUntil('both processes serving', async () => (await everywhere('GET', '/health')).every((r) => r.status < 500), 60_000, api);
      expect((await everywhere('GET', '/crm/leads?limit=1', admin)).map((r) => r.status)).toEqual(Array(ROUNDS).fill(200));
    });

    it('stops every process on SIGTERM', async () => {
      const [api] = deployment.services;
      const serving = childrenOf(api.child.pid!);
      const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
      api.child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const alive = serving.filter((pid) => fs.existsSync(`/proc/${pid}`) && !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z'));
      expect(alive).toEqual([]);
    });
  }
});
