import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { JwtService } from '@nestjs/jwt';
import { canAccess, type UserRole } from '@hospital-crm/domain';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, tokenFor } from '../support/fixtures';
import { createHospitalRows, type HospitalRows } from './support/hospital-rows';
import { callAs, documentedOperations, misfits, type Operation } from './support/route-table';

const ROLES: UserRole[] = ['HOSPITAL_ADMIN', 'RECEPTIONIST', 'DOCTOR', 'NURSE', 'STAFF'];

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The seed's access table (domain ROLE_AREAS) against every staff route of the OpenAPI document. */
describe('role matrix', () => {
  let t: TestApp;
  let h: HospitalRows;
  let operations: Operation[];
  const tokens = {} as Record<UserRole, string>;
  const userIds = {} as Record<UserRole, string>;
  let staffRoutes: Operation[];

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospitalRows(t, 'RM');
    operations = await documentedOperations(t);
    staffRoutes = operations.filter((op) => op.entry?.auth === 'staff');
    tokens.HOSPITAL_ADMIN = h.adminToken;
    tokens.RECEPTIONIST = await tokenFor(t, h.hospital.users.receptionist.email);
    tokens.DOCTOR = await tokenFor(t, h.hospital.users.doctor.email);
    Object.assign(userIds, { HOSPITAL_ADMIN: h.hospital.users.admin.id, RECEPTIONIST: h.hospital.users.receptionist.id, DOCTOR: h.hospital.users.doctor.id });
    for (const role of ['NURSE', 'STAFF'] as const) {
      const email = `${role.toLowerCase()}.${randomUUID().slice(0, 8)}@test.example`;
      const user = await t.prisma.user.create({
        data: { hospitalId: h.hospital.id, email, passwordHash: bcrypt.hashSync(PASSWORD, 4), role, firstName: role, lastName: h.hospital.code },
      });
      userIds[role] = user.id;
      tokens[role] = await tokenFor(t, email);
    }
  });
  afterAll(() => t.close());

  const allowed = (role: UserRole, op: Operation) => op.entry?.auth === 'staff' && (op.entry.area === 'signed-in' || canAccess(role, op.entry.area));

  it.each(ROLES)('answers 403 in the envelope wherever the access table says no to %s', async (role) => {
    const refused = staffRoutes.filter((op) => !allowed(role, op));
    if (role === 'HOSPITAL_ADMIN') expect(refused).toEqual([]);
    else expect(refused.length).toBeGreaterThan(20);
    expect(await misfits(t, refused, tokens[role], h, (res) => res.status === 403 && res.body.error?.code === 'FORBIDDEN')).toEqual([]);
  });

  // Doctors, nurses and other staff see only the tasks assigned to them, so each reads its own.
  it.each(ROLES)('answers 2xx on every GET the access table allows %s', async (role) => {
    const own = await t.prisma.cRMTask.create({
      data: {
        hospitalId: h.hospital.id,
        title: `For ${role}`,
        taskType: 'FOLLOW_UP_CALL',
        assignedToId: userIds[role],
        dueDate: new Date(Date.now() + 86_400_000),
      },
    });
    const rows = { ...h, taskId: own.id };
    const reads = staffRoutes.filter((op) => op.method === 'get' && allowed(role, op));
    expect(reads.length).toBeGreaterThan(role === 'DOCTOR' || role === 'NURSE' || role === 'STAFF' ? 8 : 20);
    expect(await misfits(t, reads, tokens[role], rows, (res) => res.status >= 200 && res.status < 300)).toEqual([]);
  });

  it.each([
    ['POST /api/v1/crm/leads', 201],
    ['POST /api/v1/crm/tags', 201],
    ['POST /api/v1/crm/communications', 201],
    ['PUT /api/v1/crm/tasks/{id}', 200],
  ])('lets a receptionist write too, as the seed says: %s answers %i', async (key, status) => {
    expect(
      (
        await callAs(
          t,
          staffRoutes.find((op) => op.key === key)!,
          tokens.RECEPTIONIST,
          h,
        )
      ).status,
    ).toBe(status);
  });

  describe('credentials', () => {
    const payload = () => ({ sub: h.hospital.users.admin.id, role: 'HOSPITAL_ADMIN', hid: h.hospital.id });
    const forged: Array<[string, () => string | undefined]> = [
      ['no token', () => undefined],
      ['an expired token', () => new JwtService({ secret: process.env.JWT_SECRET }).sign(payload(), { expiresIn: -10 })],
      ['a token signed with another secret', () => new JwtService({ secret: 'another-secret-another-secret-another' }).sign(payload())],
      // The admin's own valid token with one signature character changed.
      ['a tampered signature', () => `${h.adminToken.slice(0, -2)}${h.adminToken.endsWith('AA') ? 'BB' : 'AA'}`],
      // Claims changed under the original signature: a receptionist promoting themself.
      [
        'a receptionist token whose role was edited to HOSPITAL_ADMIN',
        () => {
          const [, claims, signature] = receptionistToken.split('.');
          const edited = { ...JSON.parse(Buffer.from(claims, 'base64url').toString()), role: 'HOSPITAL_ADMIN' };
          return `${receptionistToken.split('.')[0]}.${base64url(edited)}.${signature}`;
        },
      ],
      ['alg: none', () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...payload(), iat: Math.floor(Date.now() / 1000) })}.`],
      ['garbage', () => 'not.a.jwt'],
    ];
    let receptionistToken: string;
    beforeAll(() => {
      receptionistToken = tokens.RECEPTIONIST;
    });

    it.each(forged)('answers 401 on every staff route for %s', async (_what, token) => {
      expect(await misfits(t, staffRoutes, token(), h, (res) => res.status === 401 && res.body.error?.code === 'UNAUTHORIZED')).toEqual([]);
    });

    it('answers 401 on every host-system route without an API key, with a forged one, or a revoked one', async () => {
      const keyed = operations.filter((op) => op.entry?.auth === 'api-key');
      expect(keyed.length).toBe(3);
      const revoked = await t
        .http()
        .post('/api/v1/integrations/api-keys')
        .set('Authorization', `Bearer ${h.adminToken}`)
        .send({ name: 'to revoke', scopes: ['leads:write', 'visits:write'] });
      await t.http().delete(`/api/v1/integrations/api-keys/${revoked.body.data.id}`).set('Authorization', `Bearer ${h.adminToken}`).expect(200);
      const forgedKey = `${h.apiKey.slice(0, -4)}${h.apiKey.endsWith('0000') ? '1111' : '0000'}`;
      for (const op of keyed) {
        for (const key of [undefined, forgedKey, revoked.body.data.key as string, h.adminToken]) {
          const req = callAs(t, op, undefined, h);
          const res = await (key === undefined ? req : req.set('X-Api-Key', key));
          expect({ route: op.key, status: res.status, code: res.body.error?.code }).toEqual({ route: op.key, status: 401, code: 'UNAUTHORIZED' });
        }
      }
    });

    it('answers 401 with the token of a user deactivated since it was issued, on every staff route', async () => {
      const email = `leaver.${randomUUID().slice(0, 8)}@test.example`;
      const leaver = await t.prisma.user.create({
        data: { hospitalId: h.hospital.id, email, passwordHash: bcrypt.hashSync(PASSWORD, 4), role: 'HOSPITAL_ADMIN', firstName: 'Leaver', lastName: 'X' },
      });
      const token = await tokenFor(t, email);
      await t.http().patch(`/api/v1/users/${leaver.id}/deactivate`).set('Authorization', `Bearer ${h.adminToken}`).send({}).expect(200);
      expect(await misfits(t, staffRoutes, token, h, (res) => res.status === 401)).toEqual([]);
    });
  });
});
