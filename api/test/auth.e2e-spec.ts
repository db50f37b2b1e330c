import { JwtService } from '@nestjs/jwt';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, PASSWORD, tokenFor, type HospitalFixture } from './support/fixtures';

describe('auth', () => {
  let t: TestApp;
  let h: HospitalFixture;

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospital(t.prisma, 'AU');
  });
  afterAll(() => t.close());

  it('signs in with email and password and returns a token and the user, never the hash', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: h.users.admin.email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.data.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(res.body.data.user).toMatchObject({ id: h.users.admin.id, role: 'HOSPITAL_ADMIN', hospitalId: h.id, hospital: { code: h.code } });
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|\$2[aby]\$/);
    const audit = await t.prisma.auditLog.findFirst({ where: { userId: h.users.admin.id, action: 'auth.login' } });
    expect(audit).not.toBeNull();
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const wrong = await t.http().post('/api/v1/auth/login').send({ email: h.users.doctor.email, password: 'nope' });
    const unknown = await t.http().post('/api/v1/auth/login').send({ email: 'nobody@test.example', password: 'nope' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ success: false, error: { code: 'UNAUTHORIZED', message: 'Email or password is incorrect' } });
    }
  });

  it('rejects a malformed body with 400 naming each field', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: 'not-an-email', role: 'SUPER_ADMIN' });
    expect(res.status).toBe(400);
    expect(res.body.success).toBe(false);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.error.details as Array<{ field: string }>).map((d) => d.field).sort();
    expect(fields).toEqual(['email', 'password', 'role']);
  });

  it('rejects a body that is not JSON with 400 in the envelope', async () => {
    const res = await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'a@b.example', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('returns the signed-in user from /auth/me', async () => {
    const token = await tokenFor(t, h.users.receptionist.email);
    const res = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: h.users.receptionist.id, role: 'RECEPTIONIST' });
  });

  it.each([
    ['no token', undefined],
    ['a malformed header', 'Token abc'],
    ['a tampered token', 'TAMPER'],
    ['an expired token', 'EXPIRED'],
    ['a token signed with another secret', 'FOREIGN'],
  ])('answers 401 for %s', async (_case, kind) => {
    const valid = await tokenFor(t, h.users.admin.email);
    const payload = { sub: h.users.admin.id, role: 'HOSPITAL_ADMIN', hid: h.id };
    const header =
      kind === 'TAMPER'
        ? `Bearer ${valid.slice(0, -3)}${valid.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`
        : kind === 'EXPIRED'
          ? `Bearer ${new JwtService({ secret: process.env.JWT_SECRET }).sign(payload, { expiresIn: -10 })}`
          : kind === 'FOREIGN'
            ? `Bearer ${new JwtService({ secret: 'another-secret-another-secret-another' }).sign(payload)}`
            : kind;
    const req = t.http().get('/api/v1/auth/me');
    const res = await (header ? req.set('Authorization', header) : req);
    expect(res.status).toBe(401);
    expect(res.body.success).toBe(false);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
  });

  it('shuts out a deactivated user at once, even with a token issued before', async () => {
    const token = await tokenFor(t, h.users.doctor.email);
    await t.prisma.user.update({ where: { id: h.users.doctor.id }, data: { isActive: false } });
    const res = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    const login = await t.http().post('/api/v1/auth/login').send({ email: h.users.doctor.email, password: PASSWORD });
    expect(login.status).toBe(401);
  });

  it('slows brute force: after 10 attempts a minute for one email, login answers 429', async () => {
    const email = `target.${h.code.toLowerCase()}@test.example`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (
          await t
            .http()
            .post('/api/v1/auth/login')
            .send({ email, password: `guess-${i}` })
        ).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const blocked = await t.http().post('/api/v1/auth/login').send({ email, password: 'again' });
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    // Another person's sign-in from the same address is not blocked.
    const other = await t.http().post('/api/v1/auth/login').send({ email: h.users.receptionist.email, password: PASSWORD });
    expect(other.status).toBe(200);
  });
});
