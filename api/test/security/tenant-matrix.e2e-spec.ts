import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../support/test-app';
import { createHospitalRows, hospitalSnapshot, type HospitalRows } from './support/hospital-rows';
import { callAs, documentedOperations, isIdRoute, misfits, urlFor, type Operation } from './support/route-table';

/** Hospital A's admin against hospital B's real rows, on every route the OpenAPI document lists. */
describe('tenant matrix', () => {
  let t: TestApp;
  let a: HospitalRows;
  let b: HospitalRows;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await createHospitalRows(t, 'TA'), await createHospitalRows(t, 'TB')];
    operations = await documentedOperations(t);
  });
  afterAll(() => t.close());

  const leaksOf = (rows: HospitalRows, text: string) => rows.names.filter((name) => text.includes(name));

  it('knows how to call every operation the OpenAPI document lists', () => {
    expect(operations.length).toBeGreaterThan(90);
    expect(operations.filter((op) => !op.entry).map((op) => op.key)).toEqual([]);
  });

  it("answers 404 in the envelope on every id-taking route given hospital B's rows, shows none of B's data and changes none of B's rows", async () => {
    const idRoutes = operations.filter((op) => op.entry?.auth === 'staff' && isIdRoute(op));
    expect(idRoutes.length).toBeGreaterThan(40);
    const before = await hospitalSnapshot(t.prisma, b.hospital.id);
    const notFound = (res: { status: number; body: { success?: boolean; error?: { code?: string } }; text: string }) =>
      res.status === 404 && res.body.success === false && res.body.error?.code === 'NOT_FOUND' && leaksOf(b, res.text).length === 0;
    expect(await misfits(t, idRoutes, a.adminToken, b, notFound)).toEqual([]);
    expect(await hospitalSnapshot(t.prisma, b.hospital.id)).toEqual(before);
  });

  it("lists, counts and reports only the caller's hospital: no GET collection shows a row of B", async () => {
    const collections = operations.filter((op) => op.entry?.auth === 'staff' && op.method === 'get' && !isIdRoute(op));
    expect(collections.length).toBeGreaterThan(25);
    const ids = [
      b.leadId,
      b.taskId,
      b.tagId,
      b.templateId,
      b.communicationId,
      b.campaignId,
      b.surveyId,
      b.apiKeyId,
      b.staffId,
      b.hospital.id,
      b.notificationId,
    ];
    for (const op of collections) {
      const res = await callAs(t, op, a.adminToken, a);
      expect({ route: op.key, status: res.status }).toEqual({ route: op.key, status: 200 });
      const shown = [...leaksOf(b, res.text), ...ids.filter((id) => res.text.includes(id))];
      expect({ route: op.key, shown }).toEqual({ route: op.key, shown: [] });
    }
  });

  // The hospital comes from the token; an id of B's inside A's request body is refused, not followed.
  it.each<[string, 'post' | 'put' | 'patch', (a: HospitalRows, b: HospitalRows) => string, (a: HospitalRows, b: HospitalRows) => object]>([
    [
      'a task on B’s lead',
      'post',
      () => '/api/v1/crm/tasks',
      (a, b) => ({ title: 'x', taskType: 'FOLLOW_UP_CALL', dueDate: '2030-01-01T00:00:00Z', assignedToId: a.hospital.users.receptionist.id, leadId: b.leadId }),
    ],
    [
      'a task for B’s staff',
      'post',
      () => '/api/v1/crm/tasks',
      (_a, b) => ({ title: 'x', taskType: 'FOLLOW_UP_CALL', dueDate: '2030-01-01T00:00:00Z', assignedToId: b.hospital.users.receptionist.id }),
    ],
    ['a call logged on B’s lead', 'post', () => '/api/v1/crm/communications', (_a, b) => ({ channel: 'PHONE_CALL', direction: 'OUTBOUND', leadId: b.leadId })],
    [
      'a message to B’s lead',
      'post',
      () => '/api/v1/crm/communications/send',
      (_a, b) => ({ channel: 'EMAIL', leadId: b.leadId, subject: 'Hi', body: 'Hello' }),
    ],
    [
      'a message with B’s template',
      'post',
      () => '/api/v1/crm/communications/send',
      (a, b) => ({ channel: 'EMAIL', leadId: a.leadId, templateId: b.templateId }),
    ],
    [
      'a lead assigned to B’s staff',
      'post',
      () => '/api/v1/crm/leads',
      (_a, b) => ({ firstName: 'X', lastName: 'Y', source: 'WALK_IN', assignedToId: b.hospital.users.receptionist.id }),
    ],
    ['a lead with B’s tag', 'post', () => '/api/v1/crm/leads', (_a, b) => ({ firstName: 'X', lastName: 'Y', source: 'WALK_IN', tagIds: [b.tagId] })],
    [
      'A’s lead assigned to B’s staff',
      'patch',
      (a) => urlFor('/api/v1/crm/leads/{id}/assign', { id: a.leadId }),
      (_a, b) => ({ assignedToId: b.hospital.users.receptionist.id }),
    ],
    ['B’s tag on A’s lead', 'post', (a) => urlFor('/api/v1/crm/leads/{id}/tags', { id: a.leadId }), (_a, b) => ({ tagIds: [b.tagId] })],
    [
      'a campaign with B’s template',
      'post',
      () => '/api/v1/crm/campaigns',
      (_a, b) => ({ name: 'x', campaignType: 'PROMOTION', channel: 'EMAIL', templateId: b.templateId, audience: { contactTypes: ['LEAD'] } }),
    ],
    [
      'A’s template previewed on B’s lead',
      'post',
      (a) => urlFor('/api/v1/crm/templates/{id}/preview', { id: a.templateId }),
      (_a, b) => ({ leadId: b.leadId }),
    ],
    [
      'A’s staff’s work handed to B’s admin',
      'patch',
      (a) => urlFor('/api/v1/users/{id}/deactivate', { id: a.staffId }),
      (_a, b) => ({ reassignToId: b.hospital.users.admin.id }),
    ],
  ])('refuses %s and changes nothing in either hospital', async (_what, method, url, body) => {
    const [beforeA, beforeB] = [await hospitalSnapshot(t.prisma, a.hospital.id), await hospitalSnapshot(t.prisma, b.hospital.id)];
    const res = await t.http()[method](url(a, b)).set('Authorization', `Bearer ${a.adminToken}`).send(body(a, b));
    expect([404, 422]).toContain(res.status);
    expect(res.body.success).toBe(false);
    expect(leaksOf(b, res.text)).toEqual([]);
    expect(await hospitalSnapshot(t.prisma, a.hospital.id)).toEqual(beforeA);
    expect(await hospitalSnapshot(t.prisma, b.hospital.id)).toEqual(beforeB);
  });

  it("refuses A's API key a visit of B's patient, and records nothing", async () => {
    const before = await t.prisma.appointment.count({ where: { patientId: b.patientId } });
    const res = await t
      .http()
      .post('/api/v1/crm/integrations/appointments/completed')
      .set('X-Api-Key', a.apiKey)
      .send({ appointmentId: randomUUID(), patientId: b.patientId, completedAt: new Date().toISOString() });
    expect(res.status).toBe(422);
    expect(res.body.success).toBe(false);
    expect(await t.prisma.appointment.count({ where: { patientId: b.patientId } })).toBe(before);
    expect(await t.prisma.appointment.count({ where: { hospitalId: a.hospital.id } })).toBe(0);
  });
});
