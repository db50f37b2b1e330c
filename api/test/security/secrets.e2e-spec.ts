import { linkSigningSecret, unsubscribeUrl } from '@hospital-crm/workflows';
import { createTestApp, type TestApp } from '../support/test-app';
import { sentInvitation } from '../support/survey-fixtures';
import { PASSWORD } from '../support/fixtures';
import { createHospitalRows, type HospitalRows } from './support/hospital-rows';
import { callAs, documentedOperations, type Operation } from './support/route-table';
import { captureOutput } from './support/log-capture';

/** Passwords, password hashes, API keys and signed-link tokens: never in an answer, never in a log line. */
describe('secrets', () => {
  let t: TestApp;
  let h: HospitalRows;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospitalRows(t, 'SE');
    operations = await documentedOperations(t);
  });
  afterAll(() => t.close());

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

  describe('in the logs', () => {
    let logged: TestApp;
    let output: ReturnType<typeof captureOutput>;
    const level = process.env.LOG_LEVEL;

    // An app that logs everything pino would write in production and more, so a leak at any level
    // shows; its output is captured from its start (Nest's boot lines too) and not printed.
    beforeAll(async () => {
      output = captureOutput();
      process.env.LOG_LEVEL = 'trace';
      logged = await createTestApp();
      process.env.LOG_LEVEL = level;
    });
    afterAll(async () => {
      await logged.close();
      output.stop();
    });

    it('logs sign-ins (right and wrong password) and API-key intake without the password, the token or the key', async () => {
      let token: string;
      let fresh: string;
      let logs = '';
      const from = output.text().length;
      try {
        await logged.http().post('/api/v1/auth/login').send({ email: h.hospital.users.receptionist.email, password: 'Wrong-Guess-42' }).expect(401);
        token = (await logged.http().post('/api/v1/auth/login').send({ email: h.hospital.users.receptionist.email, password: PASSWORD }).expect(200)).body.data
          .accessToken;
        fresh = (
          await logged
            .http()
            .post('/api/v1/integrations/api-keys')
            .set('Authorization', `Bearer ${h.adminToken}`)
            .send({ name: 'logged', scopes: ['leads:write'] })
            .expect(201)
        ).body.data.key;
        await logged
          .http()
          .post('/api/v1/crm/integrations/leads')
          .set('X-Api-Key', fresh)
          .send({ firstName: 'Log', lastName: 'Probe', email: 'log.probe@test.example' })
          .expect(201);
        await logged.http().post('/api/v1/crm/integrations/leads').set('X-Api-Key', `${fresh}x`).send({ firstName: 'Bad', lastName: 'Key' }).expect(401);
      } finally {
        logs = output.text().slice(from);
      }
      // The capture saw the requests, so an absence below means something.
      expect(logs).toContain('/api/v1/auth/login');
      expect(logs).toContain('/api/v1/crm/integrations/leads');
      for (const secret of [PASSWORD, 'Wrong-Guess-42', token, fresh, fresh.slice(-16), h.adminToken]) {
        expect(logs.includes(secret) ? `log shows ${secret.slice(0, 6)}…` : 'absent').toBe('absent');
      }
    });

    it("logs a patient's survey and unsubscribe links without their tokens", async () => {
      const { token } = await sentInvitation(logged.prisma, h.hospital.id, h.surveyId);
      const unsubscribe = new URL(
        unsubscribeUrl('https://crm.example', linkSigningSecret(process.env), { hospitalId: h.hospital.id, channel: 'EMAIL', address: 'pat@test.example' }),
      ).pathname;
      const linkToken = unsubscribe.split('/').pop()!;
      let logs = '';
      const from = output.text().length;
      try {
        await logged.http().get(`/api/v1/crm/public/surveys/${token}`).expect(200);
        await logged.http().get(`/api/v1/crm/public/surveys/${token}/page`).expect(200);
        await logged.http().get(unsubscribe).expect(200);
      } finally {
        logs = output.text().slice(from);
      }
      expect(logs).toContain('/api/v1/crm/public/surveys/[Redacted]/page');
      expect(logs).toContain('/api/v1/crm/unsubscribe/[Redacted]');
      for (const secret of [token, linkToken, linkToken.split('.')[0]]) {
        expect(logs.includes(secret) ? `log shows ${secret.slice(0, 6)}…` : 'absent').toBe('absent');
      }
    });
  });
});
