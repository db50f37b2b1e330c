import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../support/test-app';
import { createHospitalRows, hospitalSnapshot, type HospitalRows } from './support/hospital-rows';
import { documentedOperations, urlFor, type Operation } from './support/route-table';

const WHEN = '2020-01-01T00:00:00.000Z';

/** Fields a client must never set: who owns a row, what the system computes, what a workflow counts. */
const PROTECTED: Array<
  [route: string, method: 'post' | 'put', url: (r: HospitalRows) => string, valid: (r: HospitalRows) => object, fields: Record<string, unknown>]
> = [
  [
    'create a lead',
    'post',
    () => '/api/v1/crm/leads',
    () => ({ firstName: 'Mass', lastName: 'Assign', source: 'WALK_IN' }),
    {
      hospitalId: randomUUID(),
      score: 100,
      scoreBreakdown: { total: 100 },
      leadNumber: 'LD-HACK-000001',
      status: 'CONVERTED',
      convertedToPatientId: randomUUID(),
      createdAt: WHEN,
      deletedAt: WHEN,
      position: 0,
    },
  ],
  [
    'update a lead',
    'put',
    (r) => urlFor('/api/v1/crm/leads/{id}', { id: r.leadId }),
    () => ({ notes: 'fine' }),
    {
      hospitalId: randomUUID(),
      score: 100,
      scoreBreakdown: {},
      leadNumber: 'LD-HACK-000002',
      status: 'LOST',
      convertedToPatientId: randomUUID(),
      createdAt: WHEN,
      assignedToId: randomUUID(),
    },
  ],
  [
    'update a campaign',
    'put',
    (r) => urlFor('/api/v1/crm/campaigns/{id}', { id: r.campaignId }),
    () => ({ name: 'fine' }),
    {
      hospitalId: randomUUID(),
      status: 'COMPLETED',
      totalRecipients: 1,
      sentCount: 1,
      deliveredCount: 1,
      openedCount: 1,
      clickedCount: 1,
      respondedCount: 1,
      convertedCount: 1,
      failedCount: 1,
      startedAt: WHEN,
      createdAt: WHEN,
    },
  ],
  [
    'update a task',
    'put',
    (r) => urlFor('/api/v1/crm/tasks/{id}', { id: r.taskId }),
    () => ({ title: 'fine' }),
    { hospitalId: randomUUID(), status: 'COMPLETED', completedAt: WHEN, createdAt: WHEN },
  ],
  [
    'update a template',
    'put',
    (r) => urlFor('/api/v1/crm/templates/{id}', { id: r.templateId }),
    () => ({ name: 'fine' }),
    { hospitalId: randomUUID(), createdById: randomUUID(), createdAt: WHEN },
  ],
  [
    'update a survey',
    'put',
    (r) => urlFor('/api/v1/crm/surveys/{id}', { id: r.surveyId }),
    () => ({ name: 'fine' }),
    { hospitalId: randomUUID(), createdById: randomUUID(), createdAt: WHEN },
  ],
  ['update a tag', 'put', (r) => urlFor('/api/v1/crm/tags/{id}', { id: r.tagId }), () => ({ color: '#000000' }), { hospitalId: randomUUID(), createdAt: WHEN }],
  [
    'change settings',
    'put',
    () => '/api/v1/crm/settings',
    () => ({ frequencyCapPerWeek: 5 }),
    { hospitalId: randomUUID(), updatedById: randomUUID(), createdAt: WHEN },
  ],
];

/** null where a value is required: refused with 400, never a database error. */
const NULLS: Array<[route: string, method: 'post' | 'put', url: (r: HospitalRows) => string, body: object, field: string]> = [
  ['settings', 'put', () => '/api/v1/crm/settings', { attributionWindowDays: null }, 'attributionWindowDays'],
  ['settings', 'put', () => '/api/v1/crm/settings', { rateLimits: null }, 'rateLimits'],
  ['a new lead', 'post', () => '/api/v1/crm/leads', { firstName: 'N', lastName: 'L', source: 'WALK_IN', tagIds: null }, 'tagIds'],
  ['a lead', 'put', (r) => urlFor('/api/v1/crm/leads/{id}', { id: r.leadId }), { doNotMarket: null }, 'doNotMarket'],
  ['a lead', 'put', (r) => urlFor('/api/v1/crm/leads/{id}', { id: r.leadId }), { firstName: null }, 'firstName'],
  ['a task', 'put', (r) => urlFor('/api/v1/crm/tasks/{id}', { id: r.taskId }), { title: null }, 'title'],
  ['a template', 'put', (r) => urlFor('/api/v1/crm/templates/{id}', { id: r.templateId }), { isActive: null }, 'isActive'],
  ['a campaign', 'put', (r) => urlFor('/api/v1/crm/campaigns/{id}', { id: r.campaignId }), { name: null }, 'name'],
  ['a survey', 'put', (r) => urlFor('/api/v1/crm/surveys/{id}', { id: r.surveyId }), { isAnonymous: null }, 'isAnonymous'],
];

// SQL LIKE wildcards, a quote, the escape character, regex syntax and an unbalanced parenthesis.
const METACHARACTERS = ['%', '_', "'", '\\', '.*', '('];

describe('hostile request bodies and queries', () => {
  let t: TestApp;
  let h: HospitalRows;
  let operations: Operation[];
  const send = (method: Operation['method'], url: string) => t.http()[method](url).set('Authorization', `Bearer ${h.adminToken}`);

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospitalRows(t, 'HB');
    operations = await documentedOperations(t);
  });
  afterAll(() => t.close());

  describe('mass assignment', () => {
    it.each(
      PROTECTED.flatMap(([route, method, url, valid, fields]) => Object.entries(fields).map(([field, value]) => ({ route, method, url, valid, field, value }))),
    )('refuses $field when asked to $route, and changes nothing', async ({ method, url, valid, field, value }) => {
      const before = await hospitalSnapshot(t.prisma, h.hospital.id);
      const res = await send(method, url(h)).send({ ...valid(h), [field]: value });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ success: false, error: { code: 'VALIDATION_FAILED', message: expect.any(String), details: expect.any(Array) } });
      expect(res.body.error.details).toContainEqual({ field, messages: [`property ${field} should not exist`] });
      expect(await hospitalSnapshot(t.prisma, h.hospital.id)).toEqual(before);
    });

    it.each(NULLS.map(([what, method, url, body, field]) => ({ what, method, url, body, field })))(
      'refuses null for $field of $what with 400 naming it, and changes nothing',
      async ({ method, url, body, field }) => {
        const before = await hospitalSnapshot(t.prisma, h.hospital.id);
        const res = await send(method, url(h)).send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
        expect((res.body.error.details as Array<{ field: string }>).map((d) => d.field)).toContain(field);
        expect(await hospitalSnapshot(t.prisma, h.hospital.id)).toEqual(before);
      },
    );

    it('still clears a nullable lead field with null, as the console does', async () => {
      await t.prisma.cRMLead.update({ where: { id: h.leadId }, data: { notes: 'to be cleared' } });
      const res = await send('put', urlFor('/api/v1/crm/leads/{id}', { id: h.leadId })).send({ notes: null });
      expect(res.status).toBe(200);
      expect((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: h.leadId } })).notes).toBeNull();
    });
  });

  describe('oversized bodies', () => {
    it('answers a JSON body over 1 MB with 413 in the envelope and creates nothing', async () => {
      const before = await t.prisma.cRMLead.count({ where: { hospitalId: h.hospital.id } });
      const res = await send('post', '/api/v1/crm/leads').send({ firstName: 'Big', lastName: 'Body', source: 'WALK_IN', notes: 'x'.repeat(1024 * 1024 + 1) });
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ success: false, error: { code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) } });
      expect(await t.prisma.cRMLead.count({ where: { hospitalId: h.hospital.id } })).toBe(before);
    });

    it('answers a CSV import over 10 MB with 413 in the envelope and starts no import', async () => {
      const before = await t.prisma.cRMImportJob.count({ where: { hospitalId: h.hospital.id } });
      const row = 'Asha,Rao,+919800000001,asha@example.com,WEBSITE\n';
      const csv = 'firstName,lastName,phone,email,source\n' + row.repeat(Math.ceil((10 * 1024 * 1024) / row.length) + 10);
      const res = await send('post', '/api/v1/crm/leads/import').set('Content-Type', 'text/csv').send(csv);
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await t.prisma.cRMImportJob.count({ where: { hospitalId: h.hospital.id } })).toBe(before);
    });
  });

  describe('path ids', () => {
    it('documents every id in a path as a UUID and refuses anything else with 400 before touching a row', async () => {
      const idRoutes = operations.filter((op) => op.entry?.auth === 'staff' && /\{(id|jobId|tagId)\}/.test(op.path));
      expect(idRoutes.length).toBeGreaterThan(40);
      const doc = (await t.http().get('/api/docs/json')).body as {
        paths: Record<string, Record<string, { parameters: Array<{ in: string; schema: unknown }> }>>;
      };
      for (const op of idRoutes) {
        const params = doc.paths[op.path][op.method].parameters.filter((p) => p.in === 'path');
        expect({ route: op.key, params: params.map((p) => p.schema) }).toEqual({
          route: op.key,
          params: params.map(() => ({ type: 'string', format: 'uuid' })),
        });
        const before = await hospitalSnapshot(t.prisma, h.hospital.id);
        const notAnId = op.path.replace(/\{\w+\}/g, "1' OR '1'='1");
        const res = await send(op.method, notAnId).send({});
        expect({ route: op.key, status: res.status, code: res.body.error?.code }).toEqual({ route: op.key, status: 400, code: 'VALIDATION_FAILED' });
        expect(await hospitalSnapshot(t.prisma, h.hospital.id)).toEqual(before);
      }
    });
  });

  describe('page size', () => {
    it('refuses limit > 100 and a page past 10,000 with 400 on every list that pages, and accepts limit 100', async () => {
      const paged = operations.filter((op) => op.method === 'get' && op.entry?.auth === 'staff' && op.query.includes('limit'));
      expect(paged.length).toBeGreaterThan(10);
      for (const op of paged) {
        const url = urlFor(op.path, op.entry?.auth === 'staff' && op.entry.params ? op.entry.params(h) : {});
        // 9e23 once overflowed the database's 64-bit OFFSET into a 500 (found by schemathesis).
        for (const query of [{ limit: 101 }, { limit: 0 }, { page: 10_001 }, { page: '9.065314386390679e+23' }, { page: 0 }]) {
          const res = await send('get', url).query(query);
          expect({ route: op.key, query, status: res.status, code: res.body.error?.code }).toEqual({
            route: op.key,
            query,
            status: 400,
            code: 'VALIDATION_FAILED',
          });
        }
        // Some lists stop earlier (leads past 10,000 rows, the timeline past its latest entries): their own suites.
        const bounds = await send('get', url).query({ limit: 100 });
        expect({ route: op.key, status: bounds.status }).toEqual({ route: op.key, status: 200 });
      }
    });
  });

  describe('search text', () => {
    it.each(METACHARACTERS)('finds exactly the lead whose name holds %p, as plain text', async (chars) => {
      const marker = randomUUID().slice(0, 6);
      const names = METACHARACTERS.map((c) => `Meta${marker}${c}x`);
      const leads = await Promise.all(
        names.map((firstName) =>
          t.prisma.cRMLead.create({
            data: { hospitalId: h.hospital.id, leadNumber: `META-${randomUUID()}`, firstName, lastName: 'Search', source: 'WEBSITE' },
          }),
        ),
      );
      const res = await send('get', '/api/v1/crm/leads').query({ q: `${marker}${chars}x` });
      expect(res.status).toBe(200);
      expect(res.body.data.leads.map((l: { id: string }) => l.id)).toEqual([leads[METACHARACTERS.indexOf(chars)].id]);
    });

    it('answers 200 on every list that searches, whatever metacharacters q holds', async () => {
      const searching = operations.filter((op) => op.method === 'get' && op.entry?.auth === 'staff' && op.query.includes('q'));
      expect(searching.length).toBeGreaterThan(4);
      for (const op of searching) {
        for (const q of [...METACHARACTERS, "' OR 1=1 --", '%_%', '[a-z]+$']) {
          const params = op.entry?.auth === 'staff' && op.entry.params ? op.entry.params(h) : {};
          const res = await send('get', urlFor(op.path, params)).query({ q });
          expect({ route: op.key, q, status: res.status }).toEqual({ route: op.key, q, status: 200 });
        }
      }
    });
  });
});
