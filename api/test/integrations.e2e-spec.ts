import { createHash, randomBytes } from 'node:crypto';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';

const KEY_FORMAT = /^hcrm_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;
const INTAKE = '/api/v1/crm/integrations/leads';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('API keys and the website inquiry intake', () => {
  let t: TestApp;
  let a: HospitalFixture;
  let b: HospitalFixture;
  const tokens: Record<string, string> = {};
  const auth = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  let seq = 0;

  const createKey = async (who: string, scopes: string[], name = `Key ${++seq}`) => {
    const res = await t.http().post('/api/v1/integrations/api-keys').set(auth(who)).send({ name, scopes });
    if (res.status !== 201) throw new Error(`key create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as { id: string; key: string; prefix: string; name: string; scopes: string[] };
  };
  const inquiry = (overrides: Record<string, unknown> = {}) => {
    seq += 1;
    return { firstName: 'Meera', lastName: `Iyer${seq}`, email: `meera.${seq}.${randomBytes(3).toString('hex')}@patient.example`, ...overrides };
  };
  const submit = (key: string, body: Record<string, unknown>) => t.http().post(INTAKE).set('X-Api-Key', key).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await createHospital(t.prisma, 'IKA'), await createHospital(t.prisma, 'IKB')];
    tokens.adminA = await tokenFor(t, a.users.admin.email);
    tokens.receptionA = await tokenFor(t, a.users.receptionist.email);
    tokens.adminB = await tokenFor(t, b.users.admin.email);
  });
  afterAll(() => t.close());

  describe('managing keys', () => {
    it('returns the whole key once and stores only its prefix and SHA-256 hash; audited', async () => {
      const res = await t
        .http()
        .post('/api/v1/integrations/api-keys')
        .set(auth('adminA'))
        .send({ name: ' Website form ', scopes: ['leads:write'] });
      expect(res.status).toBe(201);
      const data = res.body.data as { id: string; key: string; prefix: string };
      expect(data).toMatchObject({ name: 'Website form', scopes: ['leads:write'], lastUsedAt: null, revokedAt: null });
      const [, prefix, secret] = KEY_FORMAT.exec(data.key) ?? [];
      expect(prefix).toBe(data.prefix);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32);

      const row = await t.prisma.apiKey.findUniqueOrThrow({ where: { id: data.id } });
      expect(row).toMatchObject({ hospitalId: a.id, prefix, keyHash: sha256(data.key), createdById: a.users.admin.id });
      expect(JSON.stringify(row)).not.toContain(secret);

      const audit = await t.prisma.auditLog.findFirst({ where: { action: 'api_key.create', entityId: data.id } });
      expect(audit).toMatchObject({ hospitalId: a.id, userId: a.users.admin.id });
      expect(JSON.stringify(audit?.details)).not.toContain(secret);

      // Two keys never share a secret or a prefix.
      const other = await createKey('adminA', ['leads:write']);
      expect(other.prefix).not.toBe(prefix);
      expect(other.key).not.toBe(data.key);
    });

    it('lists keys without the secret or its hash, and only those of the own hospital', async () => {
      const key = await createKey('adminA', ['leads:write', 'visits:write'], 'Listed key');
      const secret = KEY_FORMAT.exec(key.key)![2];
      const res = await t.http().get('/api/v1/integrations/api-keys?limit=100').set(auth('adminA'));
      expect(res.status).toBe(200);
      expect(res.text).not.toContain(secret);
      expect(res.text).not.toContain(sha256(key.key));
      expect(res.text).not.toContain('keyHash');
      expect(res.text).not.toContain('"key"');
      const listed = (res.body.data.apiKeys as Array<Record<string, unknown>>).find((k) => k.id === key.id);
      expect(listed).toEqual({
        id: key.id,
        name: 'Listed key',
        prefix: key.prefix,
        scopes: ['leads:write', 'visits:write'],
        lastUsedAt: null,
        revokedAt: null,
        createdAt: expect.any(String),
        createdBy: { id: a.users.admin.id, firstName: 'admin', lastName: a.code },
      });
      expect(res.body.data).toMatchObject({ page: 1, limit: 100, total: expect.any(Number) });

      const fromB = await t.http().get('/api/v1/integrations/api-keys').set(auth('adminB'));
      expect(fromB.status).toBe(200);
      expect(fromB.text).not.toContain(key.prefix);
    });

    it('refuses receptionists (403) and anonymous callers (401)', async () => {
      const create = await t
        .http()
        .post('/api/v1/integrations/api-keys')
        .set(auth('receptionA'))
        .send({ name: 'Sneaky', scopes: ['leads:write'] });
      expect(create.status).toBe(403);
      expect(create.body.error.code).toBe('FORBIDDEN');
      expect((await t.http().get('/api/v1/integrations/api-keys').set(auth('receptionA'))).status).toBe(403);
      expect(
        (
          await t
            .http()
            .post('/api/v1/integrations/api-keys')
            .send({ name: 'Anon', scopes: ['leads:write'] })
        ).status,
      ).toBe(401);
      expect(await t.prisma.apiKey.count({ where: { name: { in: ['Sneaky', 'Anon'] } } })).toBe(0);
    });

    it.each([
      ['an unknown scope', { name: 'Bad scope', scopes: ['admin'] }, 'scopes'],
      ['no scopes', { name: 'No scopes', scopes: [] }, 'scopes'],
      ['no name', { scopes: ['leads:write'] }, 'name'],
      ['a hospitalId', { name: 'Other hospital', scopes: ['leads:write'], hospitalId: 'x' }, 'hospitalId'],
    ])('refuses a key with %s (400)', async (_case, body, field) => {
      const res = await t.http().post('/api/v1/integrations/api-keys').set(auth('adminA')).send(body);
      expect(res.status).toBe(400);
      expect((res.body.error.details as Array<{ field: string }>).map((d) => d.field)).toContain(field);
    });

    it('revokes a key at once (audited); another hospital cannot revoke it', async () => {
      const key = await createKey('adminA', ['leads:write']);
      expect((await submit(key.key, inquiry())).status).toBe(201);

      const foreign = await t.http().delete(`/api/v1/integrations/api-keys/${key.id}`).set(auth('adminB'));
      expect(foreign.status).toBe(404);
      expect((await submit(key.key, inquiry())).status).toBe(201);

      const revoked = await t.http().delete(`/api/v1/integrations/api-keys/${key.id}`).set(auth('adminA'));
      expect(revoked.status).toBe(200);
      expect(revoked.body.data).toMatchObject({ id: key.id, revokedAt: expect.any(String) });
      expect(JSON.stringify(revoked.body)).not.toContain(KEY_FORMAT.exec(key.key)![2]);

      const refused = await submit(key.key, inquiry());
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({ success: false, error: { code: 'UNAUTHORIZED', message: 'This API key has been revoked' } });

      const listed = await t.http().get('/api/v1/integrations/api-keys?limit=100').set(auth('adminA'));
      expect((listed.body.data.apiKeys as Array<{ id: string; revokedAt: string | null }>).find((k) => k.id === key.id)?.revokedAt).toBe(
        revoked.body.data.revokedAt,
      );
      expect(await t.prisma.auditLog.count({ where: { action: 'api_key.revoke', entityId: key.id, userId: a.users.admin.id } })).toBe(1);

      // Revoking again keeps the first revocation time and writes no second audit row.
      const again = await t.http().delete(`/api/v1/integrations/api-keys/${key.id}`).set(auth('adminA'));
      expect(again.status).toBe(200);
      expect(again.body.data.revokedAt).toBe(revoked.body.data.revokedAt);
      expect(await t.prisma.auditLog.count({ where: { action: 'api_key.revoke', entityId: key.id } })).toBe(1);
    });
  });

  describe('authenticating with a key', () => {
    let leadsKey: { id: string; key: string; prefix: string };
    beforeAll(async () => {
      leadsKey = await createKey('adminA', ['leads:write']);
    });

    it('answers 401 in the envelope for a missing, malformed or forged key, and creates nothing', async () => {
      const before = await t.prisma.cRMLead.count({ where: { hospitalId: a.id } });
      const missing = await t.http().post(INTAKE).send(inquiry());
      expect(missing.status).toBe(401);
      expect(missing.body).toEqual({ success: false, error: { code: 'UNAUTHORIZED', message: 'Send an API key in the X-Api-Key header' } });

      expect((await submit('not-a-key', inquiry())).status).toBe(401);
      // The right prefix with a secret of the right shape that is not the key's.
      const forged = `hcrm_${leadsKey.prefix}_${randomBytes(32).toString('base64url')}`;
      const res = await submit(forged, inquiry());
      expect(res.status).toBe(401);
      expect(res.body.error).toEqual({ code: 'UNAUTHORIZED', message: 'The API key is not valid' });
      // The real key with one character changed.
      const last = leadsKey.key.slice(-1);
      expect((await submit(`${leadsKey.key.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`, inquiry())).status).toBe(401);
      expect(await t.prisma.cRMLead.count({ where: { hospitalId: a.id } })).toBe(before);
    });

    it("does not take a user's access token instead of a key", async () => {
      const res = await t.http().post(INTAKE).set(auth('adminA')).send(inquiry());
      expect(res.status).toBe(401);
    });

    it('answers 403 for a key without the leads:write scope', async () => {
      const visitsKey = await createKey('adminA', ['visits:write']);
      const res = await submit(visitsKey.key, inquiry());
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'FORBIDDEN', message: 'This API key does not have the leads:write scope' });
    });

    it('records when a key was last used, at most once a minute', async () => {
      const key = await createKey('adminA', ['leads:write']);
      expect((await submit(key.key, inquiry())).status).toBe(201);
      const first = (await t.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
      expect(first).toBeInstanceOf(Date);
      expect((await submit(key.key, inquiry())).status).toBe(201);
      expect((await t.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(first);

      const twoMinutesAgo = new Date(Date.now() - 120_000);
      await t.prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: twoMinutesAgo } });
      expect((await submit(key.key, inquiry())).status).toBe(201);
      const later = (await t.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt!;
      expect(later.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);

      const listed = await t.http().get('/api/v1/integrations/api-keys?limit=100').set(auth('adminA'));
      expect((listed.body.data.apiKeys as Array<{ id: string; lastUsedAt: string }>).find((k) => k.id === key.id)?.lastUsedAt).toBe(later.toISOString());
    });

    it('limits each key to 60 requests a minute (429), without touching other keys', async () => {
      const busy = await createKey('adminA', ['leads:write']);
      const quiet = await createKey('adminA', ['leads:write']);
      // Invalid bodies: the limit is counted before validation, and nothing is written.
      for (let i = 0; i < 60; i++) {
        const res = await submit(busy.key, {});
        expect(res.status).toBe(400);
      }
      const limited = await submit(busy.key, inquiry());
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      expect(limited.headers['retry-after']).toBeDefined();
      expect((await submit(quiet.key, inquiry())).status).toBe(201);
    });
  });

  describe('website inquiries', () => {
    let key: { id: string; key: string };
    beforeAll(async () => {
      key = await createKey('adminA', ['leads:write'], 'Website');
    });

    it("creates a WEBSITE lead in the key's hospital, visible to its staff only", async () => {
      const email = `ravi.${randomBytes(3).toString('hex')}@patient.example`;
      const res = await submit(key.key, {
        firstName: ' Ravi ',
        lastName: 'Kumar',
        phone: '+91 98450 12345',
        email: email.toUpperCase(),
        interestedIn: ['Cardiology'],
        notes: 'Asking about the heart checkup package',
        preferredDate: '2026-12-01T10:00:00Z',
        sourceDetail: 'Contact form',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ success: true, data: { leadId: expect.any(String), leadNumber: expect.any(String), duplicate: false } });

      const lead = await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: res.body.data.leadId } });
      expect(lead).toMatchObject({
        hospitalId: a.id,
        source: 'WEBSITE',
        status: 'NEW',
        firstName: 'Ravi',
        lastName: 'Kumar',
        phone: '+919845012345',
        email,
        interestedIn: ['Cardiology'],
        notes: 'Asking about the heart checkup package',
        sourceDetail: 'Contact form',
        createdById: null,
        leadNumber: res.body.data.leadNumber,
      });
      expect(lead.preferredDate?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
      expect(await t.prisma.cRMActivity.count({ where: { leadId: lead.id, activityType: 'LEAD_CREATED' } })).toBe(1);

      expect((await t.http().get(`/api/v1/crm/leads/${lead.id}`).set(auth('adminA'))).body.data).toMatchObject({ id: lead.id, source: 'WEBSITE' });
      expect((await t.http().get(`/api/v1/crm/leads/${lead.id}`).set(auth('adminB'))).status).toBe(404);
    });

    it('refuses a body that names a hospital (or anything else not on the form) with 400, creating nothing anywhere', async () => {
      const [beforeA, beforeB] = [await t.prisma.cRMLead.count({ where: { hospitalId: a.id } }), await t.prisma.cRMLead.count({ where: { hospitalId: b.id } })];
      const res = await submit(key.key, inquiry({ hospitalId: b.id }));
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([{ field: 'hospitalId', messages: ['property hospitalId should not exist'] }]);
      for (const extra of [{ source: 'REFERRAL_DOCTOR' }, { assignedToId: a.users.receptionist.id }, { tagIds: [] }, { score: 100 }]) {
        expect((await submit(key.key, inquiry(extra))).status).toBe(400);
      }
      expect(await t.prisma.cRMLead.count({ where: { hospitalId: a.id } })).toBe(beforeA);
      expect(await t.prisma.cRMLead.count({ where: { hospitalId: b.id } })).toBe(beforeB);
    });

    it('requires a phone number or an email address (400)', async () => {
      const res = await submit(key.key, { firstName: 'No', lastName: 'Contact', notes: 'Call me' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect((res.body.error.details as Array<{ field: string }>).map((d) => d.field).sort()).toEqual(['email', 'phone']);
      expect((await submit(key.key, inquiry({ email: 'not-an-email' }))).status).toBe(400);
      expect((await submit(key.key, { firstName: 'Phone', lastName: 'Only', phone: '+91 90000 11111' })).status).toBe(201);
    });

    it('answers a resubmission with 200 duplicate:true, creates no second lead, and notes it on the first', async () => {
      const body = inquiry({ phone: '+91 91234 56789', notes: 'First message' });
      const first = await submit(key.key, body);
      expect(first.status).toBe(201);
      const leadId = first.body.data.leadId as string;

      const again = await submit(key.key, { ...body, phone: '+91-91234-56789', notes: 'Sent the form again', interestedIn: ['Orthopaedics'] });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ success: true, data: { leadId, leadNumber: first.body.data.leadNumber, duplicate: true } });
      expect(await t.prisma.cRMLead.count({ where: { hospitalId: a.id, phone: '+919123456789' } })).toBe(1);

      const notes = await t.prisma.cRMActivity.findMany({ where: { leadId, activityType: 'NOTE_ADDED' } });
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ hospitalId: a.id, title: 'Inquiry received again from the website', performedById: null });
      expect(notes[0].description).toContain('Sent the form again');
      expect(notes[0].description).toContain('Orthopaedics');

      // The same person writing to another hospital is a new lead there.
      const keyB = await createKey('adminB', ['leads:write']);
      const elsewhere = await submit(keyB.key, body);
      expect(elsewhere.status).toBe(201);
      expect(elsewhere.body.data.leadId).not.toBe(leadId);
      expect((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: elsewhere.body.data.leadId } })).hospitalId).toBe(b.id);
    });
  });
});
