import { captureOutput } from './security/support/log-capture';
import { createTestApp, type TestApp } from './support/test-app';

// What the HTTP layer itself does for every client, whatever the framework under Nest: security
// headers, CORS, which bodies are read and how, errors before any handler in the envelope, and the
// client address behind a trusted proxy.

const LOGIN = '/api/v1/auth/login';
const CONSOLE_ORIGIN = 'http://localhost:3000';

describe('the HTTP layer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const fieldsNamed = (body: { error: { details?: Array<{ field: string }> } }) => (body.error.details ?? []).map((d) => d.field).sort();

  it("sends helmet's security headers, on answers and on unknown routes alike, and no ETag", async () => {
    for (const res of [await t.http().get('/api/v1/health'), await t.http().get('/api/v1/nowhere')]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'content-security-policy': expect.stringContaining("default-src 'self'"),
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers.etag).toBeUndefined();
    }
  });

  it('answers an unknown route with 404 in the envelope', async () => {
    const res = await t.http().post('/api/v1/crm/nowhere').send({});
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ success: false, error: { code: 'NOT_FOUND', message: 'Cannot POST /api/v1/crm/nowhere' } });
  });

  it('finds a route whatever the case of its path, and with a trailing slash', async () => {
    expect((await t.http().get('/api/v1/health/')).status).toBe(200);
    expect((await t.http().get('/API/V1/Health')).status).toBe(200);
  });

  it('answers a URL that cannot be decoded with 400 in the envelope', async () => {
    const res = await t.http().get('/api/v1/crm/leads/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ success: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('allows the console origin across origins, and no other', async () => {
    const preflight = (origin: string) =>
      t.http().options(LOGIN).set('Origin', origin).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'content-type');
    const allowed = await preflight(CONSOLE_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
    expect(allowed.headers['access-control-allow-methods']).toBe('GET,HEAD,PUT,PATCH,POST,DELETE');
    expect(allowed.headers['access-control-allow-headers']).toBe('content-type');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await t.http().options('/api/v1/crm/leads').set('Origin', CONSOLE_ORIGIN)).status).toBe(204);
    const simple = await t.http().get('/api/v1/health').set('Origin', CONSOLE_ORIGIN);
    expect(simple.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
  });

  describe('request bodies', () => {
    it.each([
      ['broken JSON', '{"email": '],
      ['a JSON string', '"admin@example.com"'],
      ['a JSON number', '42'],
      ['a __proto__ key', '{"__proto__": {"admin": true}}'],
    ])('refuses %s with 400 in the envelope', async (_case, text) => {
      const res = await t.http().post(LOGIN).set('Content-Type', 'application/json').send(text);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ success: false, error: { code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' } });
    });

    it('reads an empty JSON body as {}: the fields are then named as missing', async () => {
      const res = await t.http().post(LOGIN).set('Content-Type', 'application/json').set('Content-Length', '0');
      expect(res.status).toBe(400);
      expect(fieldsNamed(res.body)).toEqual(['email', 'password']);
    });

    it('leaves a body of a type it does not read unread, as if none was sent', async () => {
      for (const type of ['text/plain', 'application/xml', 'application/octet-stream']) {
        const res = await t.http().post(LOGIN).set('Content-Type', type).send('email=a@b.example');
        expect({ type, status: res.status, fields: fieldsNamed(res.body) }).toEqual({ type, status: 400, fields: ['email', 'password'] });
      }
    });

    it('reads forms', async () => {
      const res = await t.http().post(LOGIN).type('form').send({ email: 'nobody@test.example', password: 'wrong-one' });
      expect(res.status).toBe(401);
    });

    it('refuses a form over 1 MB with 413 in the envelope', async () => {
      const res = await t
        .http()
        .post(LOGIN)
        .type('form')
        .send(`email=a%40b.example&password=${'x'.repeat(1024 * 1024)}`);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ success: false, error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' } });
    });

    it("refuses an SNS message over 512 KB with 413 (the SES webhook reads text/plain, SNS's type)", async () => {
      const res = await t
        .http()
        .post('/api/v1/crm/webhooks/ses')
        .set('Content-Type', 'text/plain; charset=UTF-8')
        .send(JSON.stringify({ Type: 'Notification', Message: 'x'.repeat(512 * 1024) }));
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  it('logs each request at info with its method, URL and status, except health checks', async () => {
    const output = captureOutput();
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'info';
    let logs = '';
    try {
      const logged = await createTestApp();
      process.env.LOG_LEVEL = level;
      try {
        await logged.http().get('/api/v1/health').expect(200);
        await logged.http().get('/api/v1/crm/leads?page=2').expect(401);
      } finally {
        await logged.close();
      }
    } finally {
      process.env.LOG_LEVEL = level;
      logs = output.text();
      output.stop();
    }
    const requests = logs
      .split('\n')
      .filter((line) => line.includes('"req":'))
      .map((line) => JSON.parse(line) as { req: { method: string; url: string }; res: { statusCode: number } });
    expect(requests.map((r) => [r.req.method, r.req.url, r.res.statusCode])).toEqual([['GET', '/api/v1/crm/leads?page=2', 401]]);
  });

  describe('the client address behind a proxy (login attempts are counted per address and email)', () => {
    const attempts = async (app: TestApp, email: string, forwardedFor: string, count: number) => {
      const statuses: number[] = [];
      for (let i = 0; i < count; i++) {
        statuses.push(
          (
            await app
              .http()
              .post(LOGIN)
              .set('X-Forwarded-For', forwardedFor)
              .send({ email, password: `guess-${i}` })
          ).status,
        );
      }
      return statuses;
    };

    it('believes X-Forwarded-For from a trusted proxy (loopback, the default)', async () => {
      const email = `proxied.${Date.now()}@test.example`;
      expect((await attempts(t, email, '203.0.113.1', 11)).slice(10)).toEqual([429]);
      expect(await attempts(t, email, '203.0.113.2', 1)).toEqual([401]);
    });

    it('ignores X-Forwarded-For from a proxy TRUST_PROXY does not name', async () => {
      const trusted = process.env.TRUST_PROXY;
      process.env.TRUST_PROXY = '10.0.0.1';
      const untrusting = await createTestApp();
      process.env.TRUST_PROXY = trusted;
      try {
        const email = `unproxied.${Date.now()}@test.example`;
        await attempts(untrusting, email, '203.0.113.1', 10);
        expect(await attempts(untrusting, email, '203.0.113.2', 1)).toEqual([429]);
      } finally {
        await untrusting.close();
      }
    });
  });
});
