import { Client, Connection } from '@temporalio/client';
import { taskWorkflowId } from '@hospital-crm/workflows';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { eventually, startTestWorker } from './support/worker';

describe('leads', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let other: HospitalFixture;
  let stopWorker: () => Promise<void>;
  let admin: string;
  let reception: string;
  let otherAdmin: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  let n = 0;
  const uniquePhone = () => `+1555${String(Date.now() % 1e6).padStart(6, '0')}${n++}`;

  const create = (body: Record<string, unknown>, token = admin, query = '') =>
    t
      .http()
      .post(`/api/v1/crm/leads${query}`)
      .set(as(token))
      .send({ firstName: 'John', lastName: 'Doe', source: 'WEBSITE', ...body });

  beforeAll(async () => {
    const worker = await startTestWorker();
    stopWorker = worker.stop;
    t = await createTestApp();
    h = await createHospital(t.prisma, 'LD');
    other = await createHospital(t.prisma, 'LO');
    admin = await tokenFor(t, h.users.admin.email);
    reception = await tokenFor(t, h.users.receptionist.email);
    otherAdmin = await tokenFor(t, other.users.admin.email);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await stopWorker();
  });

  describe('create', () => {
    it('numbers the lead per hospital, starts it NEW, logs LEAD_CREATED, and scores it by the formula', async () => {
      const res = await create(
        { phone: '+1 (555) 010-0001', email: 'John.Doe@Example.com', source: 'REFERRAL_DOCTOR', interestedIn: ['Cardiology'] },
        reception,
      );
      expect(res.status).toBe(201);
      const lead = res.body.data;
      expect(lead).toMatchObject({ leadNumber: `LD-${h.code}-000001`, status: 'NEW', phone: '+15550100001', email: 'john.doe@example.com', tags: [] });
      expect(await t.prisma.cRMActivity.count({ where: { leadId: lead.id, activityType: 'LEAD_CREATED' } })).toBe(1);
      const scored = await eventually(async () => {
        const row = await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: lead.id } });
        return row.scoredAt ? row : undefined;
      });
      // Referral doctor 20 + interest signals 5.
      expect(scored.score).toBe(25);
      const second = await create({ phone: uniquePhone() }, reception);
      expect(second.body.data.leadNumber).toBe(`LD-${h.code}-000002`);
    });

    it.each([
      ['a missing name', { firstName: undefined }, 'firstName'],
      ['an unknown source', { source: 'BILLBOARD' }, 'source'],
      ['a phone with letters', { phone: 'call me' }, 'phone'],
      ['a bad email', { email: 'john@' }, 'email'],
      ['a system-owned score', { score: 99 }, 'score'],
      ['a system-owned number', { leadNumber: 'LD-X-1' }, 'leadNumber'],
      ['a status', { status: 'CONVERTED' }, 'status'],
      ['another hospital', { hospitalId: '00000000-0000-4000-8000-000000000000' }, 'hospitalId'],
    ])('refuses %s with 400 naming the field, and creates nothing', async (_case, body, field) => {
      const before = await t.prisma.cRMLead.count({ where: { hospitalId: h.id } });
      const res = await create(body);
      expect(res.status).toBe(400);
      expect((res.body.error.details as Array<{ field: string }>).map((d) => d.field)).toContain(field);
      expect(await t.prisma.cRMLead.count({ where: { hospitalId: h.id } })).toBe(before);
    });

    it('answers 409 with the existing lead for an open duplicate phone or email, unless told to create anyway', async () => {
      const phone = uniquePhone();
      const first = await create({ phone });
      const dup = await create({ phone: phone.replace('+1555', '+1 555 '), firstName: 'Johnny' });
      expect(dup.status).toBe(409);
      expect(dup.body.error.details).toMatchObject({ existingLeadId: first.body.data.id, leadNumber: first.body.data.leadNumber });
      const forced = await create({ phone, firstName: 'Johnny' }, admin, '?allowDuplicate=true');
      expect(forced.status).toBe(201);
      // Another hospital may have a lead with the same phone.
      expect((await create({ phone }, otherAdmin)).status).toBe(201);
    });

    it('refuses an assignee who is not a lead owner of this hospital (422)', async () => {
      expect((await create({ phone: uniquePhone(), assignedToId: h.users.doctor.id })).status).toBe(422);
      expect((await create({ phone: uniquePhone(), assignedToId: other.users.receptionist.id })).status).toBe(422);
      const ok = await create({ phone: uniquePhone(), assignedToId: h.users.receptionist.id });
      expect(ok.body.data.assignedTo).toMatchObject({ id: h.users.receptionist.id });
    });
  });

  describe('list and search', () => {
    beforeAll(async () => {
      for (const [firstName, lastName, source, email] of [
        ['Zara', 'Quintero', 'WALK_IN', 'zara.q@mail.example'],
        ['Zane', 'Quinn', 'GOOGLE_ADS', 'zq@mail.example'],
        ['Amit', 'Zaveri', 'WALK_IN', 'amit@quintessence.example'],
      ]) {
        await create({ firstName, lastName, source, email, phone: uniquePhone() });
      }
    });

    it('finds partial, case-insensitive matches over name, email and phone', async () => {
      const search = async (q: string) => {
        const res = await t.http().get('/api/v1/crm/leads').query({ q }).set(as(admin));
        expect(res.status).toBe(200);
        return (res.body.data.leads as Array<{ firstName: string }>).map((l) => l.firstName).sort();
      };
      expect(await search('QUIN')).toEqual(['Amit', 'Zane', 'Zara']);
      expect(await search('zara quint')).toEqual(['Zara']);
      expect(await search('mail.example zq')).toEqual(['Zane']);
    });

    const firstNames = async (query: Record<string, string>, token = admin) => {
      const res = await t.http().get('/api/v1/crm/leads').query(query).set(as(token));
      expect(res.status).toBe(200);
      return (res.body.data.leads as Array<{ firstName: string }>).map((l) => l.firstName);
    };

    it('finds a lead by full name, exact email and phone digits, but not by a fragment running across two fields', async () => {
      const zane = await t.prisma.cRMLead.findFirstOrThrow({ where: { hospitalId: h.id, firstName: 'Zane' } });
      expect(await firstNames({ q: 'Zane Quinn' })).toEqual(['Zane']);
      expect(await firstNames({ q: 'ZQ@MAIL.EXAMPLE' })).toEqual(['Zane']);
      expect(await firstNames({ q: zane.phone!.slice(1) })).toEqual(['Zane']);
      // Last name into email, email into phone: each field ends where the next begins.
      expect(await firstNames({ q: 'quinnzq' })).toEqual([]);
      expect(await firstNames({ q: `example${zane.phone!.slice(0, 4)}` })).toEqual([]);
    });

    it('combines the search with filters, sorting and pages, inside the hospital', async () => {
      await t.http().post('/api/v1/crm/leads').set(as(otherAdmin)).send({ firstName: 'Zara', lastName: 'Quintero', source: 'WALK_IN', phone: uniquePhone() });
      expect((await firstNames({ q: 'quin', source: 'WALK_IN', sort: 'createdAt', order: 'asc' })).sort()).toEqual(['Amit', 'Zara']);
      expect(await firstNames({ q: 'quin', limit: '2', sort: 'createdAt', order: 'asc' })).toEqual(['Zara', 'Zane']);
      expect(await firstNames({ q: 'quin', limit: '2', page: '2', sort: 'createdAt', order: 'asc' })).toEqual(['Amit']);
      expect(await firstNames({ q: 'quin', sort: 'createdAt', order: 'desc' })).toEqual(['Amit', 'Zane', 'Zara']);
      expect(await firstNames({ q: 'zara quintero' }, otherAdmin)).toEqual(['Zara']);
    });

    it('ignores the case of letters beyond ASCII', async () => {
      await create({ firstName: 'Zoë', lastName: 'Öztürk', source: 'REFERRAL_DOCTOR', phone: uniquePhone() });
      expect(await firstNames({ q: 'ÖZTÜ' })).toEqual(['Zoë']);
      expect(await firstNames({ q: 'zoë öztürk' })).toEqual(['Zoë']);
    });

    it('follows a renamed lead', async () => {
      const amit = await t.prisma.cRMLead.findFirstOrThrow({ where: { hospitalId: h.id, firstName: 'Amit' } });
      expect((await t.http().put(`/api/v1/crm/leads/${amit.id}`).set(as(admin)).send({ lastName: 'Zaverio' })).status).toBe(200);
      expect(await firstNames({ q: 'zaverio' })).toEqual(['Amit']);
      expect((await t.http().put(`/api/v1/crm/leads/${amit.id}`).set(as(admin)).send({ lastName: 'Zaveri' })).status).toBe(200);
      expect(await firstNames({ q: 'zaverio' })).toEqual([]);
    });

    it('treats SQL and LIKE metacharacters as text', async () => {
      for (const q of ["%' OR 1=1 --", '%', '_', '.*', '\\', '(']) {
        const res = await t.http().get('/api/v1/crm/leads').query({ q }).set(as(admin));
        expect(res.status).toBe(200);
        expect(res.body.data.total).toBe(0);
      }
    });

    it('filters by status and source (several values), paginates, and reports the total', async () => {
      const res = await t.http().get('/api/v1/crm/leads?source=WALK_IN,GOOGLE_ADS&status=NEW&limit=2&sort=createdAt&order=asc').set(as(admin));
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ page: 1, limit: 2, total: 3, totalIsCapped: false });
      expect(res.body.data.leads.map((l: { firstName: string }) => l.firstName)).toEqual(['Zara', 'Zane']);
      const page2 = await t.http().get('/api/v1/crm/leads?source=WALK_IN,GOOGLE_ADS&status=NEW&limit=2&page=2&sort=createdAt&order=asc').set(as(admin));
      expect(page2.body.data.leads.map((l: { firstName: string }) => l.firstName)).toEqual(['Amit']);
    });

    it('never shows another hospital, and refuses a page size over 100', async () => {
      const mine = await t.http().get('/api/v1/crm/leads?limit=100').set(as(otherAdmin));
      expect(mine.body.data.leads.every((l: { leadNumber: string }) => l.leadNumber.startsWith(`LD-${other.code}-`))).toBe(true);
      expect((await t.http().get('/api/v1/crm/leads?limit=101').set(as(admin))).status).toBe(400);
      expect((await t.http().get('/api/v1/crm/leads?status=WON').set(as(admin))).status).toBe(400);
    });
  });

  describe('pipeline', () => {
    let leadId: string;
    beforeEach(async () => {
      leadId = (await create({ phone: uniquePhone() })).body.data.id;
    });
    const status = (status: string, reason?: string, token = admin) =>
      t.http().patch(`/api/v1/crm/leads/${leadId}/status`).set(as(token)).send({ status, reason });

    it('moves forward and back among open stages, logging each change', async () => {
      expect((await status('CONTACTED')).body.data.status).toBe('CONTACTED');
      expect((await status('QUALIFIED')).body.data.status).toBe('QUALIFIED');
      expect((await status('CONTACTED')).body.data.status).toBe('CONTACTED');
      const changes = await t.prisma.cRMActivity.findMany({ where: { leadId, activityType: 'STATUS_CHANGED' }, orderBy: { createdAt: 'asc' } });
      expect(changes.map((c) => c.title)).toEqual([
        'Status changed from NEW to CONTACTED',
        'Status changed from CONTACTED to QUALIFIED',
        'Status changed from QUALIFIED to CONTACTED',
      ]);
    });

    it('needs a reason for LOST (422) and re-opens only to NEW or CONTACTED', async () => {
      const noReason = await status('LOST', '  ');
      expect(noReason.status).toBe(422);
      expect((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: leadId } })).status).toBe('NEW');
      expect((await status('LOST', 'Moved to another city')).body.data).toMatchObject({ status: 'LOST', lostReason: 'Moved to another city' });
      const illegal = await status('QUALIFIED');
      expect(illegal.status).toBe(409);
      expect(illegal.body.error).toMatchObject({
        code: 'ILLEGAL_TRANSITION',
        message: 'A lead cannot move from LOST to QUALIFIED',
        details: { from: 'LOST', to: 'QUALIFIED' },
      });
      expect((await status('CONTACTED')).body.data).toMatchObject({ status: 'CONTACTED', lostReason: null });
    });

    it('does not convert through the status endpoint', async () => {
      const res = await status('CONVERTED');
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/use convert/);
    });

    it("answers 404 for another hospital's lead and changes nothing", async () => {
      const res = await status('CONTACTED', undefined, otherAdmin);
      expect(res.status).toBe(404);
      expect((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id: leadId } })).status).toBe('NEW');
    });
  });

  describe('Kanban move', () => {
    it('puts the card at the slot it was dropped in, status and order together', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await create({ phone: uniquePhone(), firstName: `K${i}` })).body.data.id);
      const move = (id: string, status: string, position: number) => t.http().patch(`/api/v1/crm/leads/${id}/move`).set(as(admin)).send({ status, position });
      expect((await move(ids[0], 'QUALIFIED', 0)).status).toBe(200);
      expect((await move(ids[1], 'QUALIFIED', 0)).status).toBe(200);
      expect((await move(ids[2], 'QUALIFIED', 1)).status).toBe(200);
      const column = async () => {
        const res = await t.http().get('/api/v1/crm/leads?status=QUALIFIED&sort=position&order=asc&q=K').set(as(admin));
        return res.body.data.leads.map((l: { firstName: string }) => l.firstName);
      };
      expect(await column()).toEqual(['K1', 'K2', 'K0']);
      // Reordering inside a column changes no status and writes no status activity.
      expect((await move(ids[0], 'QUALIFIED', 0)).status).toBe(200);
      expect(await column()).toEqual(['K0', 'K1', 'K2']);
      expect(await t.prisma.cRMActivity.count({ where: { leadId: ids[0], activityType: 'STATUS_CHANGED' } })).toBe(1);
      const refused = await move(ids[0], 'CONVERTED', 0);
      expect(refused.status).toBe(409);
      expect(await column()).toEqual(['K0', 'K1', 'K2']);
    });
  });

  describe('assign', () => {
    it('assigns to an active lead owner of the hospital, and unassigns', async () => {
      const id = (await create({ phone: uniquePhone() })).body.data.id;
      const assign = (assignedToId: string | null) => t.http().patch(`/api/v1/crm/leads/${id}/assign`).set(as(admin)).send({ assignedToId });
      expect((await assign(h.users.receptionist.id)).body.data.assignedTo.id).toBe(h.users.receptionist.id);
      expect((await assign(other.users.receptionist.id)).status).toBe(422);
      expect((await assign(null)).body.data.assignedTo).toBeNull();
      expect(await t.prisma.cRMActivity.count({ where: { leadId: id, activityType: 'ASSIGNED' } })).toBe(2);
    });

    it('auto-assigns round robin with a follow-up task when the settings ask for it', async () => {
      const temporal = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
      const hh = await createHospital(t.prisma, 'RR');
      await t.prisma.cRMSettings.create({
        data: { hospitalId: hh.id, autoAssignLeads: true, assignmentStrategy: 'ROUND_ROBIN', autoFollowUpTask: true, followUpTaskDueHours: 4 },
      });
      const token = await tokenFor(t, hh.users.admin.email);
      const owners: string[] = [];
      for (let i = 0; i < 4; i++) owners.push((await create({ phone: uniquePhone() }, token)).body.data.assignedTo.id);
      expect(new Set(owners)).toEqual(new Set([hh.users.admin.id, hh.users.receptionist.id]));
      expect(owners[0]).not.toBe(owners[1]);
      expect(owners[0]).toBe(owners[2]);
      const tasks = await t.prisma.cRMTask.findMany({ where: { hospitalId: hh.id } });
      expect(tasks).toHaveLength(4);
      // Each follow-up belongs to its lead's owner, and its timer workflow is running.
      expect(tasks.every((task) => task.taskType === 'FOLLOW_UP_CALL')).toBe(true);
      expect(new Set(tasks.map((task) => task.assignedToId))).toEqual(new Set(owners));
      for (const task of tasks) {
        const workflow = await temporal.workflow.getHandle(taskWorkflowId(task.id)).describe();
        expect(workflow.status.name).toBe('RUNNING');
      }
      await temporal.connection.close();
    });
  });

  describe('convert', () => {
    it('creates the patient once: converting again, even concurrently, returns the same patient', async () => {
      const id = (await create({ phone: uniquePhone(), email: `c${n}@convert.example` })).body.data.id;
      const results = await Promise.all([0, 1, 2].map(() => t.http().post(`/api/v1/crm/leads/${id}/convert`).set(as(admin)).send({})));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      const patientIds = new Set(results.map((r) => r.body.data.patient.id));
      expect(patientIds.size).toBe(1);
      expect(results.filter((r) => r.body.data.created)).toHaveLength(1);
      const lead = await t.prisma.cRMLead.findUniqueOrThrow({ where: { id } });
      expect(lead).toMatchObject({ status: 'CONVERTED', convertedToPatientId: [...patientIds][0] });
      expect(lead.convertedAt).not.toBeNull();
      expect(await t.prisma.auditLog.count({ where: { entityId: id, action: 'lead.convert' } })).toBe(1);
      expect(await t.prisma.cRMActivity.count({ where: { leadId: id, activityType: 'CONVERTED' } })).toBe(1);
    });

    it('links an existing patient with the same phone instead of duplicating them', async () => {
      const phone = uniquePhone();
      const patient = await t.prisma.patient.create({ data: { hospitalId: h.id, mrn: `MRN-${phone}`, firstName: 'Old', lastName: 'Record', phone } });
      const id = (await create({ phone })).body.data.id;
      const res = await t.http().post(`/api/v1/crm/leads/${id}/convert`).set(as(admin)).send({});
      expect(res.body.data).toMatchObject({ created: false, linkedExisting: true, patient: { id: patient.id } });
    });

    it("refuses to convert a lost lead (409) and another hospital's lead (404)", async () => {
      const id = (await create({ phone: uniquePhone() })).body.data.id;
      await t.http().patch(`/api/v1/crm/leads/${id}/status`).set(as(admin)).send({ status: 'LOST', reason: 'No answer' });
      expect((await t.http().post(`/api/v1/crm/leads/${id}/convert`).set(as(admin)).send({})).status).toBe(409);
      expect((await t.http().post(`/api/v1/crm/leads/${id}/convert`).set(as(otherAdmin)).send({})).status).toBe(404);
    });
  });

  describe('detail, update, timeline, delete, stats', () => {
    it('rescoring follows an edit of the interest fields', async () => {
      const id = (await create({ phone: uniquePhone(), source: 'WALK_IN' })).body.data.id;
      await eventually(async () => ((await t.prisma.cRMLead.findUniqueOrThrow({ where: { id } })).score === 10 ? true : undefined));
      const res = await t
        .http()
        .put(`/api/v1/crm/leads/${id}`)
        .set(as(admin))
        .send({ interestedIn: ['Orthopedics'], preferredDate: '2026-12-20T09:00:00Z' });
      expect(res.status).toBe(200);
      const rescored = await eventually(async () => {
        const row = await t.prisma.cRMLead.findUniqueOrThrow({ where: { id } });
        return row.score === 20 ? row : undefined;
      });
      expect(rescored.scoreBreakdown).toEqual({ sourceQuality: 10, engagement: 0, responseRate: 0, recency: 0, interestSignals: 10 });
    });

    it('shows activities, communications and tasks in one feed, newest first', async () => {
      const id = (await create({ phone: uniquePhone() })).body.data.id;
      await t.http().patch(`/api/v1/crm/leads/${id}/status`).set(as(admin)).send({ status: 'CONTACTED' });
      await t.prisma.cRMCommunication.create({
        data: { hospitalId: h.id, leadId: id, channel: 'PHONE_CALL', direction: 'OUTBOUND', status: 'LOGGED', outcome: 'Call back tomorrow' },
      });
      await t.prisma.cRMTask.create({
        data: {
          hospitalId: h.id,
          leadId: id,
          title: 'Call back',
          taskType: 'FOLLOW_UP_CALL',
          assignedToId: h.users.admin.id,
          dueDate: new Date(Date.now() + 86_400_000),
        },
      });
      const res = await t.http().get(`/api/v1/crm/leads/${id}/timeline`).set(as(reception));
      expect(res.status).toBe(200);
      // Score changes land whenever the workflow runs; the order of the rest is what matters here.
      const kinds = (res.body.data.items as Array<{ kind: string; title: string }>)
        .map((i) => `${i.kind}:${i.title}`)
        .filter((k) => !k.startsWith('activity:Score changed'));
      expect(kinds.slice(0, 3)).toEqual(['task:Task: Call back', 'communication:Outbound phone call', 'activity:Status changed from NEW to CONTACTED']);
      expect(kinds).toContain('activity:Lead created (WEBSITE)');
      const at = (res.body.data.items as Array<{ at: string }>).map((i) => Date.parse(i.at));
      expect([...at].sort((a, b) => b - a)).toEqual(at);
      expect((await t.http().get(`/api/v1/crm/leads/${id}/timeline?limit=2`).set(as(reception))).body.data.items).toHaveLength(2);
    });

    it('deletes softly: gone from detail and lists, kept for audit', async () => {
      const id = (await create({ phone: uniquePhone(), firstName: 'Deleteme' })).body.data.id;
      expect((await t.http().delete(`/api/v1/crm/leads/${id}`).set(as(otherAdmin))).status).toBe(404);
      expect((await t.http().delete(`/api/v1/crm/leads/${id}`).set(as(admin))).status).toBe(200);
      expect((await t.http().get(`/api/v1/crm/leads/${id}`).set(as(admin))).status).toBe(404);
      expect((await t.http().get('/api/v1/crm/leads?q=Deleteme').set(as(admin))).body.data.total).toBe(0);
      expect(await t.prisma.cRMLead.findUnique({ where: { id } })).not.toBeNull();
      expect(await t.prisma.auditLog.count({ where: { entityId: id, action: 'lead.delete', userId: h.users.admin.id } })).toBe(1);
    });

    it('reports counts by status and source that match the rows', async () => {
      const hh = await createHospital(t.prisma, 'ST');
      const token = await tokenFor(t, hh.users.admin.email);
      const ids: string[] = [];
      for (const source of ['WEBSITE', 'WEBSITE', 'WALK_IN', 'REFERRAL_DOCTOR']) ids.push((await create({ phone: uniquePhone(), source }, token)).body.data.id);
      await t.http().post(`/api/v1/crm/leads/${ids[0]}/convert`).set(as(token)).send({});
      await t.http().patch(`/api/v1/crm/leads/${ids[1]}/status`).set(as(token)).send({ status: 'LOST', reason: 'Price' });
      await t.http().patch(`/api/v1/crm/leads/${ids[2]}/status`).set(as(token)).send({ status: 'LOST', reason: 'Price' });
      const res = await t.http().get('/api/v1/crm/leads/stats').set(as(token));
      expect(res.body.data).toMatchObject({
        total: 4,
        open: 1,
        newThisMonth: 4,
        byStatus: { NEW: 1, CONVERTED: 1, LOST: 2 },
        bySource: { WEBSITE: 2, WALK_IN: 1, REFERRAL_DOCTOR: 1 },
        conversionRate: 33.3,
      });
    });
  });
});
