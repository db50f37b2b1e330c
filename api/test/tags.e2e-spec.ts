import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('tags and tags on leads', () => {
  let t: TestApp;
  let a: HospitalFixture;
  let b: HospitalFixture;
  const tokens: Record<string, string> = {};
  const auth = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  let phoneSeq = 0;

  const createTag = async (who: string, body: Record<string, unknown>) => {
    const res = await t.http().post('/api/v1/crm/tags').set(auth(who)).send(body);
    if (res.status !== 201) throw new Error(`tag create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as { id: string; name: string; color: string; category: string | null; leadCount: number };
  };
  const createLead = async (who: string) => {
    phoneSeq += 1;
    const res = await t
      .http()
      .post('/api/v1/crm/leads')
      .set(auth(who))
      .send({ firstName: 'Asha', lastName: `Rao${phoneSeq}`, phone: `+9198765${String(phoneSeq).padStart(5, '0')}`, source: 'PHONE_CALL' });
    if (res.status !== 201) throw new Error(`lead create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as { id: string };
  };
  const activities = (leadId: string, activityType: 'TAG_ADDED' | 'TAG_REMOVED') =>
    t.prisma.cRMActivity.findMany({
      where: { leadId, activityType },
      orderBy: { createdAt: 'asc' },
      select: { title: true, performedById: true, hospitalId: true, metadata: true },
    });

  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await createHospital(t.prisma, 'TGA'), await createHospital(t.prisma, 'TGB')];
    tokens.adminA = await tokenFor(t, a.users.admin.email);
    tokens.receptionA = await tokenFor(t, a.users.receptionist.email);
    tokens.doctorA = await tokenFor(t, a.users.doctor.email);
    tokens.adminB = await tokenFor(t, b.users.admin.email);
  });
  afterAll(() => t.close());

  describe('tag CRUD', () => {
    it('creates, reads, updates and deletes a tag, auditing the deletion', async () => {
      const created = await t.http().post('/api/v1/crm/tags').set(auth('adminA')).send({ name: '  VIP ', color: '#6366F1', category: 'Priority' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        success: true,
        data: { id: expect.any(String), name: 'VIP', color: '#6366f1', category: 'Priority', createdAt: expect.any(String), leadCount: 0 },
      });
      const id = created.body.data.id as string;

      const read = await t.http().get(`/api/v1/crm/tags/${id}`).set(auth('adminA'));
      expect(read.status).toBe(200);
      expect(read.body.data).toEqual(created.body.data);

      const updated = await t.http().put(`/api/v1/crm/tags/${id}`).set(auth('adminA')).send({ color: '#22c55e', category: null });
      expect(updated.status).toBe(200);
      expect(updated.body.data).toMatchObject({ id, name: 'VIP', color: '#22c55e', category: null });

      const deleted = await t.http().delete(`/api/v1/crm/tags/${id}`).set(auth('adminA'));
      expect(deleted.status).toBe(200);
      expect(deleted.body.data).toEqual({ id, deleted: true });
      expect((await t.http().get(`/api/v1/crm/tags/${id}`).set(auth('adminA'))).status).toBe(404);
      expect(await t.prisma.cRMTag.findUnique({ where: { id } })).toBeNull();

      const audit = await t.prisma.auditLog.findFirst({ where: { action: 'tag.delete', entityId: id } });
      expect(audit).toMatchObject({ hospitalId: a.id, userId: a.users.admin.id, entityType: 'CRMTag' });
      expect(audit?.details).toMatchObject({ name: 'VIP' });
    });

    it('gives a new tag the default colour when none is sent', async () => {
      const tag = await createTag('adminA', { name: 'Default colour' });
      expect(tag.color).toBe('#8b5cf6');
      expect(tag.category).toBeNull();
    });

    it.each([
      ['a colour name', { name: 'Red one', color: 'red' }, 'color'],
      ['a short hex colour', { name: 'Short hex', color: '#fff' }, 'color'],
      ['a hex colour without #', { name: 'No hash', color: '6366f1' }, 'color'],
      ['a category over 50 characters', { name: 'Long category', category: 'x'.repeat(51) }, 'category'],
      ['a blank name', { name: '   ' }, 'name'],
      ['a name over 50 characters', { name: 'n'.repeat(51) }, 'name'],
      ['a hospitalId in the body', { name: 'Smuggled', hospitalId: MISSING }, 'hospitalId'],
    ])('refuses %s with 400 naming the field', async (_case, body, field) => {
      const before = await t.prisma.cRMTag.count({ where: { hospitalId: a.id } });
      const res = await t.http().post('/api/v1/crm/tags').set(auth('adminA')).send(body);
      expect(res.status).toBe(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect((res.body.error.details as Array<{ field: string }>).map((d) => d.field)).toContain(field);
      expect(await t.prisma.cRMTag.count({ where: { hospitalId: a.id } })).toBe(before);
    });

    it('refuses a duplicate name in the same hospital, ignoring case, with a clear 409', async () => {
      const original = await createTag('adminA', { name: 'Corporate' });
      const dup = await t.http().post('/api/v1/crm/tags').set(auth('adminA')).send({ name: 'CORPORATE ' });
      expect(dup.status).toBe(409);
      expect(dup.body.error).toMatchObject({ code: 'CONFLICT', message: 'A tag named "Corporate" already exists in this hospital' });
      expect(await t.prisma.cRMTag.count({ where: { hospitalId: a.id, name: { equals: 'corporate', mode: 'insensitive' } } })).toBe(1);

      // Renaming another tag onto it is the same clash; renaming a tag to a new case of its own name is fine.
      const other = await createTag('adminA', { name: 'Insurance' });
      const rename = await t.http().put(`/api/v1/crm/tags/${other.id}`).set(auth('adminA')).send({ name: 'corporate' });
      expect(rename.status).toBe(409);
      expect((await t.prisma.cRMTag.findUnique({ where: { id: other.id } }))?.name).toBe('Insurance');
      const recase = await t.http().put(`/api/v1/crm/tags/${original.id}`).set(auth('adminA')).send({ name: 'CORPORATE' });
      expect(recase.status).toBe(200);
      expect(recase.body.data.name).toBe('CORPORATE');

      // Another hospital may use the same name.
      const elsewhere = await t.http().post('/api/v1/crm/tags').set(auth('adminB')).send({ name: 'Corporate' });
      expect(elsewhere.status).toBe(201);
    });

    it('compares names literally: "_" and "%" are not wildcards', async () => {
      await createTag('adminA', { name: 'ABC' });
      const underscore = await t.http().post('/api/v1/crm/tags').set(auth('adminA')).send({ name: 'A_C' });
      expect(underscore.status).toBe(201);
      const percent = await t.http().post('/api/v1/crm/tags').set(auth('adminA')).send({ name: 'A%' });
      expect(percent.status).toBe(201);
    });

    it("answers 404 for another hospital's tag, for reading, changing and deleting alike", async () => {
      const tag = await createTag('adminA', { name: 'Hospital A only' });
      expect((await t.http().get(`/api/v1/crm/tags/${tag.id}`).set(auth('adminB'))).status).toBe(404);
      expect((await t.http().put(`/api/v1/crm/tags/${tag.id}`).set(auth('adminB')).send({ name: 'Taken over' })).status).toBe(404);
      const del = await t.http().delete(`/api/v1/crm/tags/${tag.id}`).set(auth('adminB'));
      expect(del.status).toBe(404);
      expect(del.body.error.code).toBe('NOT_FOUND');
      expect(await t.prisma.cRMTag.findUnique({ where: { id: tag.id } })).toMatchObject({ name: 'Hospital A only' });
      expect((await t.http().get(`/api/v1/crm/tags/${MISSING}`).set(auth('adminA'))).status).toBe(404);
      expect((await t.http().get('/api/v1/crm/tags/not-a-uuid').set(auth('adminA'))).status).toBe(400);
    });
  });

  describe('listing', () => {
    let listing: HospitalFixture;
    beforeAll(async () => {
      listing = await createHospital(t.prisma, 'TGL');
      tokens.adminL = await tokenFor(t, listing.users.admin.email);
      for (const [name, category] of [
        ['VIP', 'Priority'],
        ['Urgent', 'priority'],
        ['Diabetes', 'Condition'],
        ['Cardiac', 'Condition'],
        ['Corporate', null],
      ] as const) {
        await createTag('adminL', { name, category });
      }
    });

    it('lists alphabetically with page, limit and total, each tag with its lead count', async () => {
      const res = await t.http().get('/api/v1/crm/tags?limit=2').set(auth('adminL'));
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ page: 1, limit: 2, total: 5 });
      expect((res.body.data.tags as Array<{ name: string }>).map((tag) => tag.name)).toEqual(['Cardiac', 'Corporate']);
      const page3 = await t.http().get('/api/v1/crm/tags?limit=2&page=3').set(auth('adminL'));
      expect((page3.body.data.tags as Array<{ name: string }>).map((tag) => tag.name)).toEqual(['VIP']);
      expect(res.body.data.tags[0]).toEqual({
        id: expect.any(String),
        name: 'Cardiac',
        color: '#8b5cf6',
        category: 'Condition',
        createdAt: expect.any(String),
        leadCount: 0,
      });
    });

    it('filters by part of the name and by category, ignoring case', async () => {
      const byName = await t.http().get('/api/v1/crm/tags?q=AR').set(auth('adminL'));
      expect((byName.body.data.tags as Array<{ name: string }>).map((tag) => tag.name)).toEqual(['Cardiac']);
      expect(byName.body.data.total).toBe(1);
      const byCategory = await t.http().get('/api/v1/crm/tags?category=PRIORITY').set(auth('adminL'));
      expect((byCategory.body.data.tags as Array<{ name: string }>).map((tag) => tag.name)).toEqual(['Urgent', 'VIP']);
      const none = await t.http().get('/api/v1/crm/tags?category=Unknown').set(auth('adminL'));
      expect(none.body.data).toMatchObject({ tags: [], total: 0 });
    });

    it('searches and filters literally: "_" and "%" match only themselves', async () => {
      const literal = await createHospital(t.prisma, 'TGW');
      tokens.adminW = await tokenFor(t, literal.users.admin.email);
      await createTag('adminW', { name: 'Plan_A', category: 'Tier_1' });
      await createTag('adminW', { name: 'PlanXA', category: 'TierX1' });
      await createTag('adminW', { name: '50% off', category: 'Promo' });
      const names = async (query: string) =>
        ((await t.http().get(`/api/v1/crm/tags?${query}`).set(auth('adminW'))).body.data.tags as Array<{ name: string }>).map((tag) => tag.name);
      expect(await names('q=n_')).toEqual(['Plan_A']);
      expect(await names(`q=${encodeURIComponent('%')}`)).toEqual(['50% off']);
      expect(await names('category=tier_1')).toEqual(['Plan_A']);
    });

    it("never lists another hospital's tags", async () => {
      const res = await t.http().get('/api/v1/crm/tags?limit=100').set(auth('adminA'));
      const names = (res.body.data.tags as Array<{ name: string }>).map((tag) => tag.name);
      expect(names).not.toContain('Diabetes');
    });

    it('counts the leads carrying a tag, leaving out deleted leads', async () => {
      const [lead1, lead2] = [await createLead('adminL'), await createLead('adminL')];
      const vip = (await t.http().get('/api/v1/crm/tags?q=vip').set(auth('adminL'))).body.data.tags[0] as { id: string };
      for (const lead of [lead1, lead2]) {
        expect(
          (
            await t
              .http()
              .post(`/api/v1/crm/leads/${lead.id}/tags`)
              .set(auth('adminL'))
              .send({ tagIds: [vip.id] })
          ).status,
        ).toBe(200);
      }
      expect((await t.http().get(`/api/v1/crm/tags/${vip.id}`).set(auth('adminL'))).body.data.leadCount).toBe(2);
      expect((await t.http().delete(`/api/v1/crm/leads/${lead2.id}`).set(auth('adminL'))).status).toBe(200);
      expect((await t.http().get(`/api/v1/crm/tags/${vip.id}`).set(auth('adminL'))).body.data.leadCount).toBe(1);
      const listed = (await t.http().get('/api/v1/crm/tags?q=vip').set(auth('adminL'))).body.data.tags[0];
      expect(listed.leadCount).toBe(1);
    });
  });

  describe('who may use tags', () => {
    it('lets a receptionist list, create and change tags', async () => {
      const created = await t.http().post('/api/v1/crm/tags').set(auth('receptionA')).send({ name: 'Walk-in regular', color: '#0ea5e9' });
      expect(created.status).toBe(201);
      expect((await t.http().get('/api/v1/crm/tags').set(auth('receptionA'))).status).toBe(200);
      expect((await t.http().put(`/api/v1/crm/tags/${created.body.data.id}`).set(auth('receptionA')).send({ category: 'Visits' })).status).toBe(200);
    });

    it('refuses a doctor with 403 and an anonymous caller with 401', async () => {
      const doctor = await t.http().get('/api/v1/crm/tags').set(auth('doctorA'));
      expect(doctor.status).toBe(403);
      expect(doctor.body.error.code).toBe('FORBIDDEN');
      expect((await t.http().post('/api/v1/crm/tags').set(auth('doctorA')).send({ name: 'Nope' })).status).toBe(403);
      expect((await t.http().get('/api/v1/crm/tags')).status).toBe(401);
    });
  });

  describe('attaching and detaching tags on a lead', () => {
    let vip: { id: string };
    let corporate: { id: string };
    let foreignTag: { id: string };
    beforeAll(async () => {
      vip = await createTag('adminA', { name: 'Attach VIP', color: '#6366f1' });
      corporate = await createTag('adminA', { name: 'Attach Corporate', color: '#f59e0b' });
      foreignTag = await createTag('adminB', { name: 'Attach Foreign' });
    });

    it('attaches tags, is idempotent, and records one TAG_ADDED activity per tag actually added', async () => {
      const lead = await createLead('adminA');
      const first = await t
        .http()
        .post(`/api/v1/crm/leads/${lead.id}/tags`)
        .set(auth('adminA'))
        .send({ tagIds: [vip.id, corporate.id, vip.id] });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        success: true,
        data: [
          { id: corporate.id, name: 'Attach Corporate', color: '#f59e0b' },
          { id: vip.id, name: 'Attach VIP', color: '#6366f1' },
        ],
      });

      const again = await t
        .http()
        .post(`/api/v1/crm/leads/${lead.id}/tags`)
        .set(auth('adminA'))
        .send({ tagIds: [vip.id] });
      expect(again.status).toBe(200);
      expect(again.body.data).toEqual(first.body.data);

      const added = await activities(lead.id, 'TAG_ADDED');
      expect(added.map((row) => row.title).sort()).toEqual(['Tag "Attach Corporate" added', 'Tag "Attach VIP" added']);
      expect(added.every((row) => row.performedById === a.users.admin.id && row.hospitalId === a.id)).toBe(true);
      expect(await t.prisma.cRMLeadTag.count({ where: { leadId: lead.id } })).toBe(2);

      // The lead itself shows them.
      const shown = await t.http().get(`/api/v1/crm/leads/${lead.id}`).set(auth('adminA'));
      expect((shown.body.data.tags as Array<{ id: string }>).map((tag) => tag.id).sort()).toEqual([vip.id, corporate.id].sort());
    });

    it('detaches a tag with a TAG_REMOVED activity; detaching it again changes nothing', async () => {
      const lead = await createLead('adminA');
      await t
        .http()
        .post(`/api/v1/crm/leads/${lead.id}/tags`)
        .set(auth('adminA'))
        .send({ tagIds: [vip.id, corporate.id] });

      const removed = await t.http().delete(`/api/v1/crm/leads/${lead.id}/tags/${vip.id}`).set(auth('adminA'));
      expect(removed.status).toBe(200);
      expect(removed.body.data).toEqual([{ id: corporate.id, name: 'Attach Corporate', color: '#f59e0b' }]);
      const again = await t.http().delete(`/api/v1/crm/leads/${lead.id}/tags/${vip.id}`).set(auth('adminA'));
      expect(again.status).toBe(200);
      expect(again.body.data).toEqual(removed.body.data);

      const rows = await activities(lead.id, 'TAG_REMOVED');
      expect(rows).toEqual([
        { title: 'Tag "Attach VIP" removed', performedById: a.users.admin.id, hospitalId: a.id, metadata: { tagId: vip.id, tagName: 'Attach VIP' } },
      ]);
      expect(await t.prisma.cRMLeadTag.findMany({ where: { leadId: lead.id }, select: { tagId: true } })).toEqual([{ tagId: corporate.id }]);
    });

    it("refuses another hospital's tag with 422 and attaches none of the batch", async () => {
      const lead = await createLead('adminA');
      const res = await t
        .http()
        .post(`/api/v1/crm/leads/${lead.id}/tags`)
        .set(auth('adminA'))
        .send({ tagIds: [vip.id, foreignTag.id] });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('UNPROCESSABLE');
      expect(await t.prisma.cRMLeadTag.count({ where: { leadId: lead.id } })).toBe(0);
      expect(await activities(lead.id, 'TAG_ADDED')).toEqual([]);
      expect(
        (
          await t
            .http()
            .post(`/api/v1/crm/leads/${lead.id}/tags`)
            .set(auth('adminA'))
            .send({ tagIds: [MISSING] })
        ).status,
      ).toBe(422);
      expect((await t.http().delete(`/api/v1/crm/leads/${lead.id}/tags/${foreignTag.id}`).set(auth('adminA'))).status).toBe(404);
    });

    it("answers 404 for another hospital's lead and changes nothing on it", async () => {
      const foreignLead = await createLead('adminB');
      const attach = await t
        .http()
        .post(`/api/v1/crm/leads/${foreignLead.id}/tags`)
        .set(auth('adminA'))
        .send({ tagIds: [vip.id] });
      expect(attach.status).toBe(404);
      expect(attach.body.error.code).toBe('NOT_FOUND');
      const detach = await t.http().delete(`/api/v1/crm/leads/${foreignLead.id}/tags/${vip.id}`).set(auth('adminA'));
      expect(detach.status).toBe(404);
      expect(await t.prisma.cRMLeadTag.count({ where: { leadId: foreignLead.id } })).toBe(0);
    });

    it('validates the body: a non-empty list of UUIDs', async () => {
      const lead = await createLead('adminA');
      for (const body of [{ tagIds: [] }, { tagIds: ['vip'] }, {}, { tagIds: [vip.id], leadId: lead.id }]) {
        const res = await t.http().post(`/api/v1/crm/leads/${lead.id}/tags`).set(auth('adminA')).send(body);
        expect(res.status).toBe(400);
      }
      expect(await t.prisma.cRMLeadTag.count({ where: { leadId: lead.id } })).toBe(0);
    });

    it('lets a receptionist tag a lead, and refuses a doctor', async () => {
      const lead = await createLead('receptionA');
      const res = await t
        .http()
        .post(`/api/v1/crm/leads/${lead.id}/tags`)
        .set(auth('receptionA'))
        .send({ tagIds: [vip.id] });
      expect(res.status).toBe(200);
      expect((await activities(lead.id, 'TAG_ADDED'))[0].performedById).toBe(a.users.receptionist.id);
      expect(
        (
          await t
            .http()
            .post(`/api/v1/crm/leads/${lead.id}/tags`)
            .set(auth('doctorA'))
            .send({ tagIds: [corporate.id] })
        ).status,
      ).toBe(403);
    });

    it('deleting a tag removes it from every lead', async () => {
      const doomed = await createTag('adminA', { name: 'Doomed' });
      const [lead1, lead2] = [await createLead('adminA'), await createLead('adminA')];
      for (const lead of [lead1, lead2]) {
        await t
          .http()
          .post(`/api/v1/crm/leads/${lead.id}/tags`)
          .set(auth('adminA'))
          .send({ tagIds: [doomed.id, corporate.id] });
      }
      const del = await t.http().delete(`/api/v1/crm/tags/${doomed.id}`).set(auth('adminA'));
      expect(del.status).toBe(200);
      expect(await t.prisma.cRMLeadTag.count({ where: { tagId: doomed.id } })).toBe(0);
      const shown = await t.http().get(`/api/v1/crm/leads/${lead1.id}`).set(auth('adminA'));
      expect(shown.body.data.tags).toEqual([{ id: corporate.id, name: 'Attach Corporate', color: '#f59e0b' }]);
      const audit = await t.prisma.auditLog.findFirst({ where: { action: 'tag.delete', entityId: doomed.id } });
      expect(audit?.details).toMatchObject({ name: 'Doomed', leadCount: 2 });
    });
  });
});
