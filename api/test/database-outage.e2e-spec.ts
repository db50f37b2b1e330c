import net from 'node:net';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor } from './support/fixtures';

// A second API instance whose database is not there (a port nothing listens on): every request
// that needs the database answers 503 SERVICE_UNAVAILABLE in the envelope, promptly, never 500.
// (`npm run test:chaos` stops and restarts a real cluster under load and checks the recovery.)
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

describe('the API while its database is unreachable', () => {
  let healthy: TestApp;
  let cut: TestApp;
  let token: string;
  beforeAll(async () => {
    healthy = await createTestApp();
    const h = await createHospital(healthy.prisma, 'DB');
    token = await tokenFor(healthy, h.users.admin.email);
    const real = process.env.DATABASE_URL!;
    const url = new URL(real);
    url.port = String(await closedPort());
    process.env.DATABASE_URL = url.href;
    try {
      cut = await createTestApp();
    } finally {
      process.env.DATABASE_URL = real;
    }
  }, 60_000);
  afterAll(async () => {
    await cut?.app.close();
    await healthy?.close();
  });

  it.each([
    ['a list', 'get', '/api/v1/crm/leads'],
    ['a write', 'post', '/api/v1/crm/leads'],
    ['a sign-in', 'post', '/api/v1/auth/login'],
  ] as const)('answers %s with 503 SERVICE_UNAVAILABLE in the envelope', async (_what, method, path) => {
    const body = path.endsWith('login')
      ? { email: 'someone@test.example', password: 'whatever-1' }
      : { firstName: 'A', lastName: 'B', phone: '+919812345678', source: 'WEBSITE' };
    const request = method === 'get' ? cut.http().get(path) : cut.http().post(path);
    const res = await request
      .set('Authorization', `Bearer ${token}`)
      .timeout(10_000)
      .send(method === 'post' ? body : undefined);
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ success: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' } });
  });

  it('reports the database down on /health while the healthy instance serves as before', async () => {
    const res = await cut.http().get('/api/v1/health');
    expect(res.status).toBe(503);
    expect(res.body.error.details.checks.database.status).toBe('down');
    expect((await healthy.http().get('/api/v1/crm/leads').set('Authorization', `Bearer ${token}`)).status).toBe(200);
  });
});
