import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';
import { eventually, startTestWorker } from './support/worker';

describe('lead CSV import and export', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let other: HospitalFixture;
  let stopWorker: () => Promise<void>;
  let admin: string;
  let reception: string;
  let doctor: string;
  let otherAdmin: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  const upload = (csv: string, token = admin, query = '') =>
    t.http().post(`/api/v1/crm/leads/import${query}`).set(as(token)).set('Content-Type', 'text/csv').send(csv);
  const progress = (jobId: string, token = admin) => t.http().get(`/api/v1/crm/leads/import/${jobId}`).set(as(token));
  const completed = (jobId: string, token = admin) =>
    eventually(async () => {
      const res = await progress(jobId, token);
      return res.body.data?.status === 'COMPLETED' ? res.body.data : undefined;
    }, 30_000);
  const exportCsv = (query = '', token = admin) =>
    t
      .http()
      .get(`/api/v1/crm/leads/export${query}`)
      .set(as(token))
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });

  beforeAll(async () => {
    const worker = await startTestWorker();
    stopWorker = worker.stop;
    t = await createTestApp();
    h = await createHospital(t.prisma, 'IM');
    other = await createHospital(t.prisma, 'IO');
    admin = await tokenFor(t, h.users.admin.email);
    reception = await tokenFor(t, h.users.receptionist.email);
    doctor = await tokenFor(t, h.users.doctor.email);
    otherAdmin = await tokenFor(t, other.users.admin.email);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await stopWorker();
  });

  describe('import', () => {
    let jobId: string;
    let existingLeadNumber: string;

    beforeAll(async () => {
      const existing = await t
        .http()
        .post('/api/v1/crm/leads')
        .set(as(admin))
        .send({ firstName: 'Already', lastName: 'Here', source: 'WALK_IN', phone: '+15557770000' });
      existingLeadNumber = existing.body.data.leadNumber;
      const csv = [
        'First Name,LASTNAME,phone,Email,source,interestedIn,dateOfBirth,Notes,Favourite Colour',
        'Asha,Rao,+91 98000 00001,Asha.Rao@Example.com,REFERRAL_DOCTOR,Cardiology;Orthopedics,1980-04-12,"Called twice, wants a package",blue',
        'Bad,Email,+15557770001,asha@,WEBSITE,,,,',
        'Odd,Source,+15557770002,,BILLBOARD,,,,',
        'Dup,Licate,+1 555 777 0000,,PHONE_CALL,,,,',
        '',
        'Ravi,Kumar,,ravi@example.com,WEBSITE,,,"multi',
        'line note",green',
      ].join('\r\n');
      const res = await upload(csv, reception, '?fileName=camp.csv');
      expect(res.status).toBe(202);
      expect(res.body.data).toEqual({ jobId: expect.any(String), totalRows: 5, validRows: 3, invalidRows: 2, ignoredColumns: ['Favourite Colour'] });
      jobId = res.body.data.jobId;
    });

    it('imports the valid rows as numbered leads with LEAD_CREATED activities, and reports progress until COMPLETED', async () => {
      const done = await completed(jobId, reception);
      expect(done).toMatchObject({
        id: jobId,
        status: 'COMPLETED',
        fileName: 'camp.csv',
        totalRows: 5,
        imported: 2,
        duplicates: 1,
        failed: 0,
        pending: 0,
        invalid: 2,
      });
      expect(done.startedAt).toEqual(expect.any(String));
      expect(done.completedAt).toEqual(expect.any(String));

      const leads = await t.prisma.cRMLead.findMany({
        where: { hospitalId: h.id, lastName: { in: ['Rao', 'Kumar'] } },
        orderBy: { leadNumber: 'asc' },
        include: { activities: true },
      });
      expect(leads).toHaveLength(2);
      expect(leads[0]).toMatchObject({
        leadNumber: `LD-${h.code}-000002`,
        firstName: 'Asha',
        phone: '+919800000001',
        email: 'asha.rao@example.com',
        source: 'REFERRAL_DOCTOR',
        interestedIn: ['Cardiology', 'Orthopedics'],
        notes: 'Called twice, wants a package',
        createdById: h.users.receptionist.id,
      });
      expect(leads[1]).toMatchObject({ leadNumber: `LD-${h.code}-000003`, firstName: 'Ravi', notes: 'multi\nline note' });
      for (const lead of leads) {
        expect(lead.activities).toEqual([expect.objectContaining({ activityType: 'LEAD_CREATED', title: 'Lead imported from camp.csv' })]);
      }
    }, 60_000);

    it('reports invalid rows by file line and the duplicate by the lead it matched', async () => {
      const done = await completed(jobId);
      expect(done.invalidRows).toEqual([
        { line: 3, messages: ['email must be an email address'] },
        { line: 4, messages: [expect.stringContaining('source must be one of the following values')] },
      ]);
      expect(done.duplicateRows).toEqual([{ line: 5, existingLeadNumber }]);
      expect(done.failedRows).toEqual([]);
      const audit = await t.prisma.auditLog.findFirstOrThrow({ where: { hospitalId: h.id, action: 'lead.import', entityId: jobId } });
      expect(audit).toMatchObject({
        userId: h.users.receptionist.id,
        details: { fileName: 'camp.csv', totalRows: 5, validRows: 3, invalidRows: 2, allowDuplicates: false },
      });
    }, 60_000);

    it('imports duplicates when asked to', async () => {
      const res = await upload('firstName,lastName,phone,source\nDup,Again,+15557770000,WEBSITE\n', admin, '?allowDuplicates=true');
      expect(res.status).toBe(202);
      expect(await completed(res.body.data.jobId)).toMatchObject({ imported: 1, duplicates: 0 });
    }, 60_000);

    it("answers 404 for another hospital's job and 403 for a role without leads", async () => {
      expect((await progress(jobId, otherAdmin)).status).toBe(404);
      expect((await progress('00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await upload('firstName,lastName,source\nA,B,WEBSITE\n', doctor)).status).toBe(403);
    });

    it.each([
      ['a missing required column', 'firstName,phone\nAsha,+15550000000\n', /lastName, source/],
      ['an empty file', '', /empty/],
      ['a header without rows', 'firstName,lastName,source\n', /no leads/],
      ['broken quoting', 'firstName,lastName,source\n"Asha,Rao,WEBSITE\n', /not valid CSV/],
      ['more than 50,000 rows', `firstName,lastName,source\n${'A,B,WEBSITE\n'.repeat(50_001)}`, /more than 50,000 rows/],
    ])('refuses %s with 422 and stores nothing', async (_case, csv, message) => {
      const before = await t.prisma.cRMImportJob.count({ where: { hospitalId: h.id } });
      const res = await upload(csv);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ success: false, error: { code: 'UNPROCESSABLE', message: expect.stringMatching(message) } });
      expect(await t.prisma.cRMImportJob.count({ where: { hospitalId: h.id } })).toBe(before);
    });

    it('names the missing columns in the details, and wants text/csv', async () => {
      const res = await upload('first name,Phone\nAsha,+15550000000\n');
      expect(res.body.error.details).toMatchObject({ missingColumns: ['lastName', 'source'] });
      const json = await t.http().post('/api/v1/crm/leads/import').set(as(admin)).send({ firstName: 'A' });
      expect(json.status).toBe(415);
    });
  });

  describe('export', () => {
    let hx: HospitalFixture;
    let token: string;
    beforeAll(async () => {
      hx = await createHospital(t.prisma, 'EX');
      token = await tokenFor(t, hx.users.admin.email);
      const create = (body: Record<string, unknown>) =>
        t
          .http()
          .post('/api/v1/crm/leads')
          .set(as(token))
          .send({ lastName: 'Export', source: 'WEBSITE', ...body });
      const tag = await t.prisma.cRMTag.create({ data: { hospitalId: hx.id, name: 'VIP', color: '#7c3aed' } });
      const a = await create({
        firstName: 'Alpha',
        phone: '+15558880001',
        email: 'alpha@export.example',
        interestedIn: ['Cardiology', 'ENT'],
        assignedToId: hx.users.receptionist.id,
        tagIds: [tag.id],
      });
      const b = await create({ firstName: '=HYPERLINK("http://evil.example","x")', phone: '+15558880002' });
      await create({ firstName: 'Gamma', phone: '+15558880003' });
      for (const lead of [a, b]) await t.http().patch(`/api/v1/crm/leads/${lead.body.data.id}/status`).set(as(token)).send({ status: 'CONTACTED' });
    });

    it('streams the filtered leads as CSV with a dated file name, formulas neutralised', async () => {
      const res = await exportCsv('?status=CONTACTED&page=3&limit=1', token);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="leads-${hx.code}-\\d{8}\\.csv"$`));
      expect(res.headers['cache-control']).toBe('no-store');
      const text = res.body as string;
      expect(text.startsWith('\ufeff')).toBe(true);
      const [header, ...rows] = parse(text, { bom: true }) as string[][];
      expect(header).toEqual([
        'leadNumber',
        'firstName',
        'lastName',
        'phone',
        'email',
        'status',
        'source',
        'score',
        'assignedTo',
        'tags',
        'interestedIn',
        'nextFollowUpAt',
        'createdAt',
      ]);
      expect(rows).toHaveLength(2);
      const byNumber = Object.fromEntries(rows.map((r) => [r[0], r]));
      expect(byNumber[`LD-${hx.code}-000001`]).toEqual([
        `LD-${hx.code}-000001`,
        'Alpha',
        'Export',
        "'+15558880001",
        'alpha@export.example',
        'CONTACTED',
        'WEBSITE',
        expect.stringMatching(/^\d+$/),
        `reception ${hx.code}`,
        'VIP',
        'Cardiology;ENT',
        '',
        expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      ]);
      expect(byNumber[`LD-${hx.code}-000002`][1]).toBe('\'=HYPERLINK("http://evil.example","x")');
    });

    it('exports what a search finds, as the list shows it', async () => {
      const res = await exportCsv('?q=GAMMA%20export', token);
      expect(res.status).toBe(200);
      expect((parse(res.body as string, { bom: true }) as string[][]).slice(1).map((r) => r[1])).toEqual(['Gamma']);
    });

    it('audits the export with its filters and row count', async () => {
      await exportCsv('?status=CONTACTED&source=WEBSITE', token);
      const audit = await t.prisma.auditLog.findFirstOrThrow({ where: { hospitalId: hx.id, action: 'lead.export' }, orderBy: { createdAt: 'desc' } });
      expect(audit).toMatchObject({ userId: hx.users.admin.id, details: { filters: { status: ['CONTACTED'], source: ['WEBSITE'] }, rowCount: 2 } });
    });

    it('lets a receptionist export, and refuses bad filters with the JSON error envelope', async () => {
      const receptionToken = await tokenFor(t, hx.users.receptionist.email);
      const all = await exportCsv('', receptionToken);
      expect(all.status).toBe(200);
      expect(parse(all.body as string, { bom: true })).toHaveLength(4);
      const bad = await t.http().get('/api/v1/crm/leads/export?status=WON').set(as(token));
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/json/);
      expect(bad.body).toMatchObject({ success: false, error: { code: 'VALIDATION_FAILED' } });
      expect((await t.http().get('/api/v1/crm/leads/export').set(as(doctor))).status).toBe(403);
    });

    it("never includes another hospital's leads", async () => {
      const res = await exportCsv('', otherAdmin);
      expect(res.body as string).not.toContain(hx.code);
    });

    it('writes a file that imports again as it was exported', async () => {
      const exported = (await exportCsv('?status=CONTACTED', token)).body as string;
      const res = await upload(exported, otherAdmin, '?fileName=roundtrip.csv');
      expect(res.status).toBe(202);
      expect(res.body.data).toMatchObject({
        totalRows: 2,
        validRows: 2,
        invalidRows: 0,
        ignoredColumns: ['leadNumber', 'status', 'score', 'assignedTo', 'tags', 'createdAt'],
      });
      await completed(res.body.data.jobId, otherAdmin);
      const copies = await t.prisma.cRMLead.findMany({ where: { hospitalId: other.id, lastName: 'Export' }, orderBy: { phone: 'asc' } });
      expect(copies.map((l) => [l.firstName, l.phone, l.interestedIn])).toEqual([
        ['Alpha', '+15558880001', ['Cardiology', 'ENT']],
        ['=HYPERLINK("http://evil.example","x")', '+15558880002', []],
      ]);
    }, 60_000);
  });
});
