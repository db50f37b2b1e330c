import { taskWorkflowId } from '@hospital-crm/workflows';
import { Client, Connection } from '@temporalio/client';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { startTestWorker } from './support/worker';

const HOUR = 3_600_000;

describe('tasks', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let other: HospitalFixture;
  let stopWorker: () => Promise<void>;
  let temporal: Client;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const create = (body: Record<string, unknown>, who = 'admin') =>
    t
      .http()
      .post('/api/v1/crm/tasks')
      .set(as(who))
      .send({
        title: 'Call back',
        taskType: 'FOLLOW_UP_CALL',
        assignedToId: h.users.receptionist.id,
        dueDate: new Date(Date.now() + 48 * HOUR).toISOString(),
        ...body,
      });

  beforeAll(async () => {
    stopWorker = (await startTestWorker()).stop;
    t = await createTestApp();
    // Kolkata (UTC+05:30): "today" differs from the UTC day for five and a half hours.
    h = await createHospital(t.prisma, 'TK');
    other = await createHospital(t.prisma, 'TO');
    tokens.admin = await tokenFor(t, h.users.admin.email);
    tokens.reception = await tokenFor(t, h.users.receptionist.email);
    tokens.doctor = await tokenFor(t, h.users.doctor.email);
    tokens.other = await tokenFor(t, other.users.admin.email);
    temporal = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
  }, 120_000);
  afterAll(async () => {
    await temporal.connection.close();
    await t.close();
    await stopWorker();
  });

  it('creates a task, notifies the assignee, and starts its timer workflow', async () => {
    const res = await create({ reminderMinutesBefore: [120] });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      status: 'PENDING',
      priority: 'MEDIUM',
      reminderMinutesBefore: [120],
      assignedTo: { id: h.users.receptionist.id },
      completedOnTime: null,
    });
    const description = await temporal.workflow.getHandle(taskWorkflowId(res.body.data.id)).describe();
    expect(description.status.name).toBe('RUNNING');
    const inbox = await t.http().get('/api/v1/notifications?unread=true').set(as('reception'));
    expect(inbox.body.data.notifications.map((n: { title: string }) => n.title)).toContain('New task: Call back');
  });

  it('uses the hospital default reminders when none are given', async () => {
    await t.prisma.cRMSettings.upsert({
      where: { hospitalId: h.id },
      create: { hospitalId: h.id, taskReminderMinutes: [1440, 30] },
      update: { taskReminderMinutes: [1440, 30] },
    });
    expect((await create({})).body.data.reminderMinutesBefore).toEqual([1440, 30]);
  });

  it.each([
    ['an assignee from another hospital', () => ({ assignedToId: other.users.admin.id }), 422],
    ['a lead from another hospital', () => ({ leadId: '00000000-0000-4000-8000-000000000000' }), 422],
    ['an unknown task type', () => ({ taskType: 'GOSSIP' }), 400],
    ['a set status', () => ({ status: 'COMPLETED' }), 400],
    ['a missing due date', () => ({ dueDate: undefined }), 400],
  ])('refuses %s and creates nothing', async (_case, body, status) => {
    const before = await t.prisma.cRMTask.count({ where: { hospitalId: h.id } });
    expect((await create(body())).status).toBe(status);
    expect(await t.prisma.cRMTask.count({ where: { hospitalId: h.id } })).toBe(before);
  });

  it('follows PENDING → IN_PROGRESS → COMPLETED, ends the workflow, and refuses OVERDUE by hand or reopening', async () => {
    const id = (await create({})).body.data.id;
    const status = (s: string, who = 'reception') => t.http().patch(`/api/v1/crm/tasks/${id}/status`).set(as(who)).send({ status: s, outcome: 'Done' });
    expect((await status('OVERDUE')).status).toBe(409);
    expect((await status('IN_PROGRESS')).body.data.status).toBe('IN_PROGRESS');
    const done = await status('COMPLETED');
    expect(done.body.data).toMatchObject({ status: 'COMPLETED', outcome: 'Done', completedOnTime: true });
    const handle = temporal.workflow.getHandle(taskWorkflowId(id));
    expect(await handle.result()).toBe('closed');
    const reopen = await status('PENDING');
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe('ILLEGAL_TRANSITION');
  });

  it('records both facts for a task completed after it went overdue', async () => {
    const id = (await create({ dueDate: new Date(Date.now() + 1500).toISOString() })).body.data.id;
    let row = await t.prisma.cRMTask.findUniqueOrThrow({ where: { id } });
    for (let i = 0; i < 100 && row.status !== 'OVERDUE'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      row = await t.prisma.cRMTask.findUniqueOrThrow({ where: { id } });
    }
    // Set by the workflow's timer within seconds of the due time.
    expect(row.status).toBe('OVERDUE');
    expect(row.overdueAt!.getTime()).toBeGreaterThanOrEqual(row.dueDate.getTime());
    const done = await t.http().patch(`/api/v1/crm/tasks/${id}/status`).set(as('reception')).send({ status: 'COMPLETED' });
    expect(done.body.data).toMatchObject({ status: 'COMPLETED', completedOnTime: false });
    expect(done.body.data.overdueAt).not.toBeNull();
  });

  it('moving the due date of an overdue task into the future makes it current again', async () => {
    const id = (await create({ dueDate: new Date(Date.now() + 1000).toISOString() })).body.data.id;
    for (let i = 0; i < 100 && (await t.prisma.cRMTask.findUniqueOrThrow({ where: { id } })).status !== 'OVERDUE'; i++)
      await new Promise((r) => setTimeout(r, 100));
    const res = await t
      .http()
      .put(`/api/v1/crm/tasks/${id}`)
      .set(as('admin'))
      .send({ dueDate: new Date(Date.now() + 24 * HOUR).toISOString() });
    expect(res.body.data).toMatchObject({ status: 'PENDING', overdueAt: null });
  });

  it('shows today in the hospital time zone, and overdue across assignees', async () => {
    const hh = await createHospital(t.prisma, 'TZ');
    const token = await tokenFor(t, hh.users.admin.email);
    const hospital = await t.prisma.hospital.findUniqueOrThrow({ where: { id: hh.id } });
    expect(hospital.timezone).toBe('Asia/Kolkata');
    // Local midnight in Kolkata today, and the instants just inside and outside the local day.
    const kolkataDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
    const localMidnight = Date.parse(`${kolkataDate}T00:00:00+05:30`);
    const seed = (title: string, due: number, status: 'PENDING' | 'COMPLETED' = 'PENDING') =>
      t.prisma.cRMTask.create({
        data: { hospitalId: hh.id, title, taskType: 'CUSTOM', assignedToId: hh.users.receptionist.id, dueDate: new Date(due), status },
      });
    await seed('first minute', localMidnight + 60_000);
    await seed('last minute', localMidnight + 24 * HOUR - 60_000);
    await seed('yesterday late', localMidnight - 60_000);
    await seed('tomorrow early', localMidnight + 24 * HOUR + 60_000);
    await seed('done today', localMidnight + 2 * HOUR, 'COMPLETED');
    const today = await t
      .http()
      .get('/api/v1/crm/tasks/today?limit=100')
      .set({ Authorization: `Bearer ${token}` });
    expect(today.body.data.tasks.map((x: { title: string }) => x.title).sort()).toEqual(['first minute', 'last minute']);
    const overdue = await t
      .http()
      .get('/api/v1/crm/tasks/overdue?limit=100')
      .set({ Authorization: `Bearer ${token}` });
    expect(overdue.body.data.tasks.map((x: { title: string }) => x.title)).toContain('yesterday late');
    expect(overdue.body.data.tasks.map((x: { title: string }) => x.title)).not.toContain('done today');
  });

  it('shows a receptionist only tasks assigned to or by them; my tasks are the assigned ones', async () => {
    await create({ assignedToId: h.users.admin.id, title: 'Admin only' });
    const mine = await t.http().get('/api/v1/crm/tasks?limit=100').set(as('reception'));
    expect(
      mine.body.data.tasks.every(
        (x: { assignedTo: { id: string }; assignedBy: { id: string } | null }) =>
          x.assignedTo.id === h.users.receptionist.id || x.assignedBy?.id === h.users.receptionist.id,
      ),
    ).toBe(true);
    const all = await t.http().get('/api/v1/crm/tasks?limit=100&q=Admin%20only').set(as('admin'));
    expect(all.body.data.total).toBe(1);
    const my = await t.http().get('/api/v1/crm/tasks/my?limit=100').set(as('admin'));
    expect(my.body.data.tasks.every((x: { assignedTo: { id: string } }) => x.assignedTo.id === h.users.admin.id)).toBe(true);
  });

  it("answers 404 for another hospital's task", async () => {
    const id = (await create({})).body.data.id;
    expect((await t.http().get(`/api/v1/crm/tasks/${id}`).set(as('other'))).status).toBe(404);
    expect((await t.http().patch(`/api/v1/crm/tasks/${id}/status`).set(as('other')).send({ status: 'CANCELLED' })).status).toBe(404);
  });

  it('reports completion and on-time rates per assignee', async () => {
    const hh = await createHospital(t.prisma, 'TS');
    const token = await tokenFor(t, hh.users.admin.email);
    const due = new Date('2026-06-15T10:00:00Z');
    const mk = (status: 'COMPLETED' | 'CANCELLED' | 'PENDING', completedAt?: Date) =>
      t.prisma.cRMTask.create({
        data: { hospitalId: hh.id, title: 'x', taskType: 'CUSTOM', assignedToId: hh.users.receptionist.id, dueDate: due, status, completedAt },
      });
    await mk('COMPLETED', new Date('2026-06-15T09:00:00Z'));
    await mk('COMPLETED', new Date('2026-06-16T09:00:00Z'));
    await mk('CANCELLED');
    await mk('PENDING');
    const res = await t
      .http()
      .get('/api/v1/crm/tasks/stats?from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z')
      .set({ Authorization: `Bearer ${token}` });
    // 2 of 3 non-cancelled completed; 1 of 2 completed on time.
    expect(res.body.data.staff).toEqual([
      expect.objectContaining({
        user: expect.objectContaining({ id: hh.users.receptionist.id }),
        total: 4,
        completed: 2,
        completedOnTime: 1,
        cancelled: 1,
        completionRate: 66.7,
        onTimeRate: 50,
      }),
    ]);
    expect((await t.http().get('/api/v1/crm/tasks/stats?from=2026-06-01&to=2026-07-01').set(as('reception'))).status).toBe(403);
  });

  it('deactivating a user hands their open tasks and leads to a colleague, or is refused', async () => {
    const hh = await createHospital(t.prisma, 'TD');
    const token = await tokenFor(t, hh.users.admin.email);
    await t.prisma.cRMTask.create({
      data: { hospitalId: hh.id, title: 'open', taskType: 'CUSTOM', assignedToId: hh.users.receptionist.id, dueDate: new Date(Date.now() + HOUR) },
    });
    const url = `/api/v1/users/${hh.users.receptionist.id}/deactivate`;
    const refused = await t
      .http()
      .patch(url)
      .set({ Authorization: `Bearer ${token}` })
      .send({});
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ openTasks: 1, openLeads: 0 });
    const ok = await t
      .http()
      .patch(url)
      .set({ Authorization: `Bearer ${token}` })
      .send({ reassignToId: hh.users.doctor.id });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ isActive: false, reassigned: { tasks: 1, leads: 0, to: hh.users.doctor.id } });
    expect(await t.prisma.cRMTask.count({ where: { hospitalId: hh.id, assignedToId: hh.users.doctor.id } })).toBe(1);
    expect(await t.prisma.auditLog.count({ where: { action: 'user.deactivate', entityId: hh.users.receptionist.id } })).toBe(1);
  });
});

describe('notifications', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospital(t.prisma, 'NT');
    token = await tokenFor(t, h.users.receptionist.email);
  });
  afterAll(() => t.close());

  it('lists only my notifications, counts unread, and marks them read', async () => {
    const mine = await t.prisma.notification.create({
      data: { hospitalId: h.id, userId: h.users.receptionist.id, type: 'TASK_REMINDER', title: 'Due in 1 hour: Call back' },
    });
    await t.prisma.notification.create({ data: { hospitalId: h.id, userId: h.users.receptionist.id, type: 'TASK_OVERDUE', title: 'Overdue: Send report' } });
    const someoneElses = await t.prisma.notification.create({ data: { hospitalId: h.id, userId: h.users.admin.id, type: 'TASK_OVERDUE', title: 'Not yours' } });
    const auth = { Authorization: `Bearer ${token}` };
    expect((await t.http().get('/api/v1/notifications/unread-count').set(auth)).body.data).toEqual({ unread: 2 });
    expect((await t.http().patch(`/api/v1/notifications/${someoneElses.id}/read`).set(auth)).status).toBe(404);
    expect((await t.http().patch(`/api/v1/notifications/${mine.id}/read`).set(auth)).status).toBe(200);
    expect((await t.http().get('/api/v1/notifications/unread-count').set(auth)).body.data).toEqual({ unread: 1 });
    const unread = await t.http().get('/api/v1/notifications?unread=true').set(auth);
    expect(unread.body.data.notifications.map((n: { title: string }) => n.title)).toEqual(['Overdue: Send report']);
    expect((await t.http().post('/api/v1/notifications/read-all').set(auth)).body.data).toEqual({ marked: 1 });
    expect((await t.http().get('/api/v1/notifications').set(auth)).body.data.total).toBe(2);
  });
});
