import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD } from '../support/fixtures';
import { createHospitalRows, type HospitalRows } from './support/hospital-rows';
import { callAs, documentedOperations, type Operation } from './support/route-table';
import { captureOutput } from './support/log-capture';

/** Passwords, password hashes and API keys: never in an answer, never in a log line. */
describe('secrets', () => {
  let t: TestApp;
  let h: HospitalRows;
  let operations: Operation[];
  const level = process.env.LOG_LEVEL;

  beforeAll(async () => {
    // Everything pino would write in production and more, so a leak at any level shows.
    process.env.LOG_LEVEL = 'trace';
    t = await createTestApp();
    h = await createHospitalRows(t, 'SE');
    operations = await documentedOperations(t);
  });
  afterAll(async () => {
    await t.close();
    process.env.LOG_LEVEL = level;
  });

  it('shows no password, password hash or API key in any GET answer of the API', async () => {
    const hashes = (await t.prisma.user.findMany({ where: { hospitalId: h.hospital.id }, select: { passwordHash: true } })).map((u) => u.passwordHash);
    const keyHashes = (await t.prisma.apiKey.findMany({ where: { hospitalId: h.hospital.id }, select: { keyHash: true } })).map((k) => k.keyHash);
    const reads = operations.filter((op) => op.method === 'get' && op.entry?.auth === 'staff');
    expect(reads.length).toBeGreaterThan(40);
    for (const op of reads) {
      const res = await callAs(t, op, h.adminToken, h);
      expect({ route: op.key, status: res.status }).toEqual({ route: op.key, status: 200 });
      const shown = [/password/i, /keyHash/i, /\$2[aby]\$/].filter((pattern) => pattern.test(res.text)).map(String);
      shown.push(...[h.apiKey, PASSWORD, ...hashes, ...keyHashes].filter((secret) => res.text.includes(secret)));
      expect({ route: op.key, shown }).toEqual({ route: op.key, shown: [] });
    }
  });

  it('logs sign-ins (right and wrong password) and API-key intake without the password, the token or the key', async () => {
    const output = captureOutput();
    let token: string;
    let fresh: string;
    try {
      await t.http().post('/api/v1/auth/login').send({ email: h.hospital.users.receptionist.email, password: 'Wrong-Guess-42' }).expect(401);
      token = (await t.http().post('/api/v1/auth/login').send({ email: h.hospital.users.receptionist.email, password: PASSWORD }).expect(200)).body.data
        .accessToken;
      fresh = (
        await t
          .http()
          .post('/api/v1/integrations/api-keys')
          .set('Authorization', `Bearer ${h.adminToken}`)
          .send({ name: 'logged', scopes: ['leads:write'] })
          .expect(201)
      ).body.data.key;
      await t
        .http()
        .post('/api/v1/crm/integrations/leads')
        .set('X-Api-Key', fresh)
        .send({ firstName: 'Log', lastName: 'Probe', email: 'log.probe@test.example' })
        .expect(201);
      await t.http().post('/api/v1/crm/integrations/leads').set('X-Api-Key', `${fresh}x`).send({ firstName: 'Bad', lastName: 'Key' }).expect(401);
    } finally {
      output.stop();
    }
    const logs = output.text();
    // The capture saw the requests, so an absence below means something.
    expect(logs).toContain('/api/v1/auth/login');
    expect(logs).toContain('/api/v1/crm/integrations/leads');
    for (const secret of [PASSWORD, 'Wrong-Guess-42', token, fresh, fresh.slice(-16), h.adminToken]) {
      expect(logs.includes(secret) ? `log shows ${secret.slice(0, 6)}…` : 'absent').toBe('absent');
    }
  });
});
