import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, createSuperAdmin, tokenFor, type HospitalFixture } from './support/fixtures';

describe('roles and hospital isolation', () => {
  let t: TestApp;
  let a: HospitalFixture;
  let b: HospitalFixture;
  const tokens: Record<string, string> = {};
  const auth = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await createHospital(t.prisma, 'A'), await createHospital(t.prisma, 'B')];
    const superAdmin = await createSuperAdmin(t.prisma);
    tokens.adminA = await tokenFor(t, a.users.admin.email);
    tokens.receptionA = await tokenFor(t, a.users.receptionist.email);
    tokens.adminB = await tokenFor(t, b.users.admin.email);
    tokens.super = await tokenFor(t, superAdmin.email);
  });
  afterAll(() => t.close());

  it('lets a hospital admin read settings and refuses a receptionist with 403', async () => {
    expect((await t.http().get('/api/v1/crm/settings').set(auth('adminA'))).status).toBe(200);
    const res = await t.http().get('/api/v1/crm/settings').set(auth('receptionA'));
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ success: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('settings') } });
  });

  it('refuses a receptionist the staff directory (admin area) with 403', async () => {
    expect((await t.http().get('/api/v1/users').set(auth('receptionA'))).status).toBe(403);
  });

  it('lets a receptionist list the staff a lead can be assigned to, and nothing more', async () => {
    const res = await t.http().get('/api/v1/users/assignable').set(auth('receptionA'));
    expect(res.status).toBe(200);
    expect((res.body.data.users as Array<{ id: string }>).map((u) => u.id).sort()).toEqual([a.users.admin.id, a.users.receptionist.id].sort());
    expect(JSON.stringify(res.body)).not.toContain('email');
  });

  it("lists the hospital's active doctors for a lead's preferred doctor, to receptionists too", async () => {
    const res = await t.http().get('/api/v1/users/doctors').set(auth('receptionA'));
    expect(res.status).toBe(200);
    expect(res.body.data.users.map((u: { id: string }) => u.id)).toEqual([a.users.doctor.id]);
    expect((await t.http().get('/api/v1/users/doctors').set(auth('adminB'))).body.data.users.map((u: { id: string }) => u.id)).toEqual([b.users.doctor.id]);
  });

  it('answers 401 before 403: no token on an admin route is 401', async () => {
    expect((await t.http().get('/api/v1/crm/settings')).status).toBe(401);
  });

  it("lists only the admin's own hospital's users", async () => {
    const res = await t.http().get('/api/v1/users').set(auth('adminA'));
    expect(res.status).toBe(200);
    const ids = (res.body.data.users as Array<{ id: string }>).map((u) => u.id).sort();
    expect(ids).toEqual(
      Object.values(a.users)
        .map((u) => u.id)
        .sort(),
    );
    expect(res.body.data).toMatchObject({ page: 1, limit: 20, total: 3 });
  });

  it("answers 404 for another hospital's row, exactly as for a row that does not exist", async () => {
    const foreign = await t.http().get(`/api/v1/users/${b.users.admin.id}`).set(auth('adminA'));
    const missing = await t.http().get('/api/v1/users/00000000-0000-4000-8000-000000000000').set(auth('adminA'));
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');
    expect(JSON.stringify(foreign.body)).not.toContain(b.users.admin.email);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const res = await t.http().get('/api/v1/users/1%20OR%201=1').set(auth('adminA'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a hospital admin who asks for another hospital through the header', async () => {
    const res = await t.http().get('/api/v1/crm/settings').set(auth('adminA')).set('X-Hospital-Id', b.id);
    expect(res.status).toBe(403);
  });

  it('lets a super admin choose the hospital with X-Hospital-Id', async () => {
    const res = await t.http().get('/api/v1/users').set(auth('super')).set('X-Hospital-Id', b.id);
    expect(res.status).toBe(200);
    expect((res.body.data.users as Array<{ id: string }>).map((u) => u.id).sort()).toEqual(
      Object.values(b.users)
        .map((u) => u.id)
        .sort(),
    );
    const none = await t.http().get('/api/v1/users').set(auth('super'));
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/X-Hospital-Id/);
  });

  it('scopes writes by the token, not the body: hospitalId in a body is refused and nothing changes', async () => {
    const before = await t.prisma.cRMSettings.findUnique({ where: { hospitalId: b.id } });
    const res = await t.http().put('/api/v1/crm/settings').set(auth('adminA')).send({ hospitalId: b.id, frequencyCapPerWeek: 9 });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ field: 'hospitalId', messages: ['property hospitalId should not exist'] }]);
    expect(await t.prisma.cRMSettings.findUnique({ where: { hospitalId: b.id } })).toEqual(before);
    const mine = await t.http().get('/api/v1/crm/settings').set(auth('adminA'));
    expect(mine.body.data.frequencyCapPerWeek).toBe(3);
  });

  it('validates settings, changes only what was sent, and audits the change', async () => {
    const bad = await t.http().put('/api/v1/crm/settings').set(auth('adminB')).send({ quietHoursStart: '25:00', frequencyCapPerWeek: -1 });
    expect(bad.status).toBe(400);
    expect((bad.body.error.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual(['frequencyCapPerWeek', 'quietHoursStart']);

    const half = await t.http().put('/api/v1/crm/settings').set(auth('adminB')).send({ quietHoursStart: '22:00' });
    expect(half.status).toBe(422);

    const ok = await t
      .http()
      .put('/api/v1/crm/settings')
      .set(auth('adminB'))
      .send({ quietHoursStart: '22:00', quietHoursEnd: '07:30', rateLimits: { SMS: 5 } });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ quietHoursStart: '22:00', quietHoursEnd: '07:30', rateLimits: { SMS: 5 }, frequencyCapPerWeek: 3 });
    const audit = await t.prisma.auditLog.findFirst({ where: { hospitalId: b.id, action: 'settings.update' }, orderBy: { createdAt: 'desc' } });
    expect(audit?.details).toEqual({
      changed: ['quietHoursStart', 'quietHoursEnd', 'rateLimits'],
      before: { quietHoursStart: null, quietHoursEnd: null, rateLimits: {} },
      after: { quietHoursStart: '22:00', quietHoursEnd: '07:30', rateLimits: { SMS: 5 } },
    });
  });
});
