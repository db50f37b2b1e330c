import { createTestApp, type TestApp } from '../support/test-app';
import { tokenFor } from '../support/fixtures';
import { createHospitalRows, type HospitalRows } from './support/hospital-rows';

/** The sensitive operations the issue names each leave an audit row: who, which hospital, what, on which row. */
describe('audit trail', () => {
  let t: TestApp;
  let h: HospitalRows;
  const admin = () => ({ Authorization: `Bearer ${h.adminToken}` });
  const lastAudit = (action: string, entityId?: string) =>
    t.prisma.auditLog.findFirst({ where: { hospitalId: h.hospital.id, action, ...(entityId && { entityId }) }, orderBy: { createdAt: 'desc' } });

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospitalRows(t, 'AT');
  });
  afterAll(() => t.close());

  it('records a lead conversion with the patient it made', async () => {
    const res = await t.http().post(`/api/v1/crm/leads/${h.leadId}/convert`).set(admin()).send({});
    expect(res.status).toBe(200);
    const row = await lastAudit('lead.convert', h.leadId);
    expect(row).toMatchObject({ userId: h.hospital.users.admin.id, entityType: 'CRMLead', details: { patientId: res.body.data.patient.id } });
  });

  it('records a lead deletion', async () => {
    const lead = await t.http().post('/api/v1/crm/leads').set(admin()).send({ firstName: 'To', lastName: 'Delete', source: 'WALK_IN' });
    await t.http().delete(`/api/v1/crm/leads/${lead.body.data.id}`).set(admin()).expect(200);
    expect(await lastAudit('lead.delete', lead.body.data.id)).toMatchObject({
      userId: h.hospital.users.admin.id,
      details: { leadNumber: lead.body.data.leadNumber },
    });
  });

  it('records a CSV export with its filters and row count', async () => {
    const res = await t.http().get('/api/v1/crm/leads/export').query({ source: 'WEBSITE' }).set(admin());
    expect(res.status).toBe(200);
    expect(await lastAudit('lead.export')).toMatchObject({
      userId: h.hospital.users.admin.id,
      details: { filters: { source: ['WEBSITE'] }, rowCount: expect.any(Number) },
    });
  });

  it('records a settings change with before and after', async () => {
    await t.http().put('/api/v1/crm/settings').set(admin()).send({ frequencyCapPerWeek: 7 }).expect(200);
    expect(await lastAudit('settings.update')).toMatchObject({
      userId: h.hospital.users.admin.id,
      details: { changed: ['frequencyCapPerWeek'], before: { frequencyCapPerWeek: 3 }, after: { frequencyCapPerWeek: 7 } },
    });
  });

  describe('role changes', () => {
    it('records the before and after, and the new role holds from the next request', async () => {
      const receptionist = h.hospital.users.receptionist;
      const token = await tokenFor(t, receptionist.email);
      await t.http().get('/api/v1/crm/leads').set('Authorization', `Bearer ${token}`).expect(200);
      const res = await t.http().patch(`/api/v1/users/${receptionist.id}/role`).set(admin()).send({ role: 'DOCTOR' });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ id: receptionist.id, role: 'DOCTOR' });
      expect(await lastAudit('user.role_change', receptionist.id)).toMatchObject({
        userId: h.hospital.users.admin.id,
        details: { before: 'RECEPTIONIST', after: 'DOCTOR' },
      });
      // The same token, issued while a receptionist: the guard reads the role from the database.
      await t.http().get('/api/v1/crm/leads').set('Authorization', `Bearer ${token}`).expect(403);
    });

    it('refuses super admin, an unknown role and your own role, and records nothing', async () => {
      const before = await t.prisma.auditLog.count({ where: { hospitalId: h.hospital.id, action: 'user.role_change' } });
      for (const role of ['SUPER_ADMIN', 'OWNER']) {
        const res = await t.http().patch(`/api/v1/users/${h.staffId}/role`).set(admin()).send({ role });
        expect(res.status).toBe(400);
        expect(res.body.error.details).toEqual([{ field: 'role', messages: [expect.any(String)] }]);
      }
      const own = await t.http().patch(`/api/v1/users/${h.hospital.users.admin.id}/role`).set(admin()).send({ role: 'STAFF' });
      expect(own.status).toBe(422);
      expect(await t.prisma.user.findUniqueOrThrow({ where: { id: h.hospital.users.admin.id } })).toMatchObject({ role: 'HOSPITAL_ADMIN' });
      expect(await t.prisma.user.findUniqueOrThrow({ where: { id: h.staffId } })).toMatchObject({ role: 'STAFF' });
      expect(await t.prisma.auditLog.count({ where: { hospitalId: h.hospital.id, action: 'user.role_change' } })).toBe(before);
    });
  });
});
