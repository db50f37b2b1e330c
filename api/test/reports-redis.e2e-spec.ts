import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { invalidateDashboard } from '../src/reports/cache/dashboard-invalidation';
import { dashboardNotificationsDelivered } from './support/dashboard-notifications';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { freePort, startRedis } from './support/redis-server';

// Two API replicas sharing one Redis (REDIS_URL): numbers one computed serve the other (the
// second tier behind each process's own entries), and a write on one drops the entries the other
// would serve. This file starts its own redis-server.

describe('reports/dashboard with REDIS_URL', () => {
  let redis: ChildProcess;
  let a: TestApp;
  let b: TestApp;
  let h: HospitalFixture;
  let token: string;
  const dashboard = (app: TestApp, range = '') =>
    app
      .http()
      .get(`/api/v1/crm/reports/dashboard${range}`)
      .set({ Authorization: `Bearer ${token}` });

  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    try {
      a = await createTestApp();
      b = await createTestApp();
    } finally {
      delete process.env.REDIS_URL;
    }
    h = await createHospital(a.prisma, 'RR');
    token = await tokenFor(a, h.users.admin.email);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    if (redis && redis.exitCode === null) {
      redis.kill();
      await once(redis, 'exit');
    }
  });

  it('shares entries between replicas, and a write on one is seen by the other at once', async () => {
    const first = await dashboard(a);
    expect(first.body.data.totalLeads).toBe(0);
    // Replica B answers from the entry replica A computed.
    const shared = await dashboard(b);
    expect(shared.body.data).toMatchObject({ totalLeads: 0, generatedAt: first.body.data.generatedAt });

    const created = await b
      .http()
      .post('/api/v1/crm/leads')
      .set({ Authorization: `Bearer ${token}` })
      .send({ firstName: 'New', lastName: 'Lead', source: 'WEBSITE' });
    expect(created.status).toBe(201);
    // B's write moved the hospital's version in Redis: A recomputes.
    expect((await dashboard(a)).body.data.totalLeads).toBe(1);
  });

  it('still answers while Redis is gone, and shares entries again once it is back', async () => {
    redis.kill();
    await once(redis, 'exit');
    // A range neither replica holds: computed while Redis is unreachable.
    const started = Date.now();
    const res = await dashboard(a, '?from=2026-01-01&to=2026-01-31');
    expect(res.status).toBe(200);
    expect(res.body.data.totalLeads).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);

    redis = await startRedis(port);
    // ioredis reconnects by itself. Then, after a write drops every entry, what one replica computes
    // the other serves.
    let served = false;
    for (let attempt = 0; attempt < 50 && !served; attempt++) {
      await a.prisma.cRMLead.create({
        data: { hospitalId: h.id, leadNumber: `LD-${h.code}-R${attempt}`, firstName: 'Back', lastName: 'Again', source: 'OTHER' },
      });
      await invalidateDashboard(h.id);
      await dashboardNotificationsDelivered(a.prisma, 2);
      const one = (await dashboard(a)).body.data.generatedAt;
      served = (await dashboard(b)).body.data.generatedAt === one;
      if (!served) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(served).toBe(true);
  });
});
