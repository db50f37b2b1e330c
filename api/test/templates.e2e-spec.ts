import { DEMO_TEMPLATES } from '../../prisma/src/seed/demo-content';
import { TemplateRenderer } from '../src/templates/template-renderer.service';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';
const BASE = '/api/v1/crm/templates';

interface TemplateBody {
  id: string;
  name: string;
  channel: string;
  category: string;
  subject: string | null;
  content: string;
  variables: string[];
  isActive: boolean;
}

describe('message templates', () => {
  let t: TestApp;
  let a: HospitalFixture;
  let b: HospitalFixture;
  const tokens: Record<string, string> = {};
  const auth = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  let seq = 0;

  const createTemplate = async (who: string, body: Record<string, unknown>) => {
    const res = await t.http().post(BASE).set(auth(who)).send(body);
    if (res.status !== 201) throw new Error(`template create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as TemplateBody;
  };
  const uniqueName = (label: string) => `${label} ${++seq}`;
  const sms = (overrides: Record<string, unknown> = {}) => ({
    name: uniqueName('SMS'),
    channel: 'SMS',
    category: 'FOLLOW_UP',
    content: 'Hi {{firstName}}, this is {{hospitalName}}.',
    variables: ['firstName', 'hospitalName'],
    ...overrides,
  });
  const email = (overrides: Record<string, unknown> = {}) => ({
    name: uniqueName('Email'),
    channel: 'EMAIL',
    category: 'WELCOME',
    subject: 'Welcome to {{hospitalName}}',
    content: '<p>Dear {{firstName}},</p><p>Welcome to {{hospitalName}}.</p>',
    variables: ['firstName', 'hospitalName'],
    ...overrides,
  });
  const createLead = async (who: string, fields: Record<string, unknown>) => {
    seq += 1;
    const res = await t
      .http()
      .post('/api/v1/crm/leads')
      .set(auth(who))
      .send({ firstName: 'Asha', lastName: `Rao${seq}`, phone: `+9197${String(seq).padStart(8, '0')}`, source: 'WEBSITE', ...fields });
    if (res.status !== 201) throw new Error(`lead create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as { id: string; leadNumber: string; lastName: string };
  };
  const preview = (who: string, id: string, body: Record<string, unknown>) => t.http().post(`${BASE}/${id}/preview`).set(auth(who)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await createHospital(t.prisma, 'TPA'), await createHospital(t.prisma, 'TPB')];
    tokens.adminA = await tokenFor(t, a.users.admin.email);
    tokens.receptionA = await tokenFor(t, a.users.receptionist.email);
    tokens.doctorA = await tokenFor(t, a.users.doctor.email);
    tokens.adminB = await tokenFor(t, b.users.admin.email);
  });
  afterAll(() => t.close());

  describe('CRUD', () => {
    it('creates, reads, updates and deletes a template, auditing the deletion', async () => {
      const created = await t
        .http()
        .post(BASE)
        .set(auth('adminA'))
        .send({
          name: '  Appointment reminder ',
          channel: 'SMS',
          category: 'APPOINTMENT_REMINDER',
          content: 'Hi {{firstName}}, see {{ doctorName }} on {{appointmentDate}}.',
          variables: ['firstName', 'doctorName', 'appointmentDate', 'firstName'],
        });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        success: true,
        data: {
          id: expect.any(String),
          name: 'Appointment reminder',
          channel: 'SMS',
          category: 'APPOINTMENT_REMINDER',
          subject: null,
          content: 'Hi {{firstName}}, see {{ doctorName }} on {{appointmentDate}}.',
          variables: ['firstName', 'doctorName', 'appointmentDate'],
          isActive: true,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
          createdBy: { id: a.users.admin.id, firstName: 'admin', lastName: a.code },
        },
      });
      const id = created.body.data.id as string;

      const read = await t.http().get(`${BASE}/${id}`).set(auth('adminA'));
      expect(read.status).toBe(200);
      expect(read.body.data).toEqual(created.body.data);

      const updated = await t
        .http()
        .put(`${BASE}/${id}`)
        .set(auth('adminA'))
        .send({
          content: 'Hi {{firstName}}, {{doctorName}} expects you on {{appointmentDate}} at {{hospitalName}}.',
          variables: ['firstName', 'doctorName', 'appointmentDate', 'hospitalName'],
        });
      expect(updated.status).toBe(200);
      expect(updated.body.data).toMatchObject({
        id,
        name: 'Appointment reminder',
        channel: 'SMS',
        variables: ['firstName', 'doctorName', 'appointmentDate', 'hospitalName'],
      });

      const deleted = await t.http().delete(`${BASE}/${id}`).set(auth('adminA'));
      expect(deleted.status).toBe(200);
      expect(deleted.body.data).toEqual({ id, deleted: true });
      expect((await t.http().get(`${BASE}/${id}`).set(auth('adminA'))).status).toBe(404);
      expect(await t.prisma.cRMTemplate.findUnique({ where: { id } })).toBeNull();
      const audit = await t.prisma.auditLog.findFirst({ where: { action: 'template.delete', entityId: id } });
      expect(audit).toMatchObject({ hospitalId: a.id, userId: a.users.admin.id, entityType: 'CRMTemplate' });
      expect(audit?.details).toMatchObject({ name: 'Appointment reminder', channel: 'SMS' });
    });

    it("accepts every one of the seed's demo templates as they are", async () => {
      const seedHospital = await createHospital(t.prisma, 'TPS');
      tokens.adminS = await tokenFor(t, seedHospital.users.admin.email);
      for (const template of DEMO_TEMPLATES) {
        const res = await t.http().post(BASE).set(auth('adminS')).send(template);
        expect({ name: template.name, channel: template.channel, status: res.status }).toEqual({ name: template.name, channel: template.channel, status: 201 });
      }
      const list = await t.http().get(BASE).set(auth('adminS')).query({ limit: 100 });
      expect(list.body.data.total).toBe(DEMO_TEMPLATES.length);
    });

    it('moving an EMAIL template to SMS drops its subject; moving it back needs one', async () => {
      const template = await createTemplate('adminA', email());
      const toSms = await t.http().put(`${BASE}/${template.id}`).set(auth('adminA')).send({ channel: 'SMS' });
      expect(toSms.status).toBe(200);
      expect(toSms.body.data).toMatchObject({ channel: 'SMS', subject: null });

      const back = await t.http().put(`${BASE}/${template.id}`).set(auth('adminA')).send({ channel: 'EMAIL' });
      expect(back.status).toBe(400);
      expect(back.body.error.details).toEqual([{ field: 'subject', messages: ['subject is required for EMAIL templates'] }]);

      const withSubject = await t.http().put(`${BASE}/${template.id}`).set(auth('adminA')).send({ channel: 'EMAIL', subject: 'Hello {{firstName}}' });
      expect(withSubject.status).toBe(200);
      expect(withSubject.body.data).toMatchObject({ channel: 'EMAIL', subject: 'Hello {{firstName}}' });

      const subjectOnSms = await t
        .http()
        .put(`${BASE}/${(await createTemplate('adminA', sms())).id}`)
        .set(auth('adminA'))
        .send({ subject: 'Not here' });
      expect(subjectOnSms.status).toBe(400);
      expect(subjectOnSms.body.error.details[0].field).toBe('subject');
    });

    it('refuses to shorten an SMS limit away: moving a long email body to SMS is 400', async () => {
      const long = await createTemplate('adminA', email({ content: `<p>{{firstName}}</p>${'x'.repeat(2_000)}`, variables: ['firstName', 'hospitalName'] }));
      const res = await t.http().put(`${BASE}/${long.id}`).set(auth('adminA')).send({ channel: 'SMS' });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([{ field: 'content', messages: ['content must be at most 1600 characters for SMS'] }]);
    });
  });

  describe('validation', () => {
    it.each([
      ['a manual channel', { channel: 'PHONE_CALL' }, 'channel'],
      ['an unknown category', { category: 'NEWSLETTER' }, 'category'],
      ['an EMAIL template without a subject', { channel: 'EMAIL', subject: undefined, content: 'Hi {{firstName}}', variables: ['firstName'] }, 'subject'],
      ['an EMAIL template with a blank subject', { channel: 'EMAIL', subject: '   ', content: 'Hi {{firstName}}', variables: ['firstName'] }, 'subject'],
      ['a subject on two lines', { channel: 'EMAIL', subject: 'Hello\nthere', content: 'Hi' }, 'subject'],
      ['a subject on an SMS template', { subject: 'Nope' }, 'subject'],
      ['an SMS body over 1,600 characters', { content: 'x'.repeat(1_601), variables: [] }, 'content'],
      ['an email body over 10,000 characters', { channel: 'EMAIL', subject: 'Hi', content: 'x'.repeat(10_001), variables: [] }, 'content'],
      ['a blank body', { content: '   ' }, 'content'],
      ['a variable that is not a name', { variables: ['first name'] }, 'variables'],
      ['a reserved variable name', { variables: ['constructor'] }, 'variables'],
      ['variables that are not a list', { variables: 'firstName' }, 'variables'],
      ['a blank name', { name: '  ' }, 'name'],
      ['a hospitalId in the body', { hospitalId: MISSING }, 'hospitalId'],
    ])('refuses %s with 400 naming the field', async (_case, overrides, field) => {
      const before = await t.prisma.cRMTemplate.count({ where: { hospitalId: a.id } });
      const res = await t.http().post(BASE).set(auth('adminA')).send(sms(overrides));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect((res.body.error.details as Array<{ field: string }>).map((d) => d.field)).toContain(field);
      expect(await t.prisma.cRMTemplate.count({ where: { hospitalId: a.id } })).toBe(before);
    });

    it('accepts an SMS body of exactly 1,600 characters', async () => {
      expect(
        (
          await t
            .http()
            .post(BASE)
            .set(auth('adminA'))
            .send(sms({ content: 'x'.repeat(1_600), variables: [] }))
        ).status,
      ).toBe(201);
    });

    it('refuses a variable used but not declared with 422 naming it and where it is', async () => {
      const res = await t
        .http()
        .post(BASE)
        .set(auth('adminA'))
        .send(
          email({
            subject: 'Your visit on {{appointmentDate}}',
            content: '<p>Dear {{firstName}},</p>\n<p>{{doctorName}} will see you.</p>',
            variables: ['firstName'],
          }),
        );
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('UNPROCESSABLE');
      expect(res.body.error.message).toContain('{{appointmentDate}}');
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ field: 'subject', code: 'UNDECLARED_VARIABLE', variable: 'appointmentDate', position: { index: 14, line: 1, column: 15 } }),
        expect.objectContaining({ field: 'content', code: 'UNDECLARED_VARIABLE', variable: 'doctorName', position: { index: 30, line: 2, column: 4 } }),
      ]);
    });

    it.each([
      ['an unclosed tag', 'Hi {{firstName, see you', { code: 'SYNTAX', position: { index: 3, line: 1, column: 4 } }],
      ['a section', 'Hi {{#vip}}valued {{/vip}}guest', { code: 'UNSUPPORTED_TAG', tag: '{{#vip}}', position: { index: 3, line: 1, column: 4 } }],
      ['a partial', 'Hi {{> signature}}', { code: 'UNSUPPORTED_TAG', tag: '{{> signature}}' }],
      ['triple-stache output', 'Hi {{{firstName}}}', { code: 'UNSUPPORTED_TAG', tag: '{{{firstName}}}' }],
      ['ampersand output', 'Hi {{&firstName}}', { code: 'UNSUPPORTED_TAG', tag: '{{&firstName}}' }],
      ['a dotted name', 'Hi {{lead.firstName}}', { code: 'INVALID_NAME', tag: '{{lead.firstName}}' }],
      ['a reserved name', 'Hi {{toString}}', { code: 'INVALID_NAME', tag: '{{toString}}' }],
    ])('refuses %s with 422 and its position', async (_case, content, expected) => {
      const res = await t
        .http()
        .post(BASE)
        .set(auth('adminA'))
        .send(sms({ content, variables: ['firstName', 'vip'] }));
      expect(res.status).toBe(422);
      expect(res.body.error.details[0]).toMatchObject({ field: 'content', ...expected });
      expect(res.body.error.details[0].messages[0]).toEqual(expect.stringMatching(/line \d+, column \d+/));
    });

    it('refuses an update that would leave a variable undeclared, changing nothing', async () => {
      const template = await createTemplate('adminA', sms());
      const res = await t.http().put(`${BASE}/${template.id}`).set(auth('adminA')).send({ content: 'Hi {{firstName}}, your code is {{otp}}' });
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual([expect.objectContaining({ variable: 'otp', code: 'UNDECLARED_VARIABLE' })]);
      expect((await t.prisma.cRMTemplate.findUnique({ where: { id: template.id } }))?.content).toBe(template.content);
    });

    it('refuses a duplicate name for the same channel, ignoring case, with 409', async () => {
      const original = await createTemplate('adminA', sms({ name: 'Lab results ready' }));
      const dup = await t
        .http()
        .post(BASE)
        .set(auth('adminA'))
        .send(sms({ name: 'LAB RESULTS READY ' }));
      expect(dup.status).toBe(409);
      expect(dup.body.error).toMatchObject({ code: 'CONFLICT', message: 'A template named "Lab results ready" already exists for SMS in this hospital' });
      expect(dup.body.error.details[0]).toMatchObject({ field: 'name', existingTemplateId: original.id });

      // The same name on another channel, or in another hospital, is a different template.
      expect(
        (
          await t
            .http()
            .post(BASE)
            .set(auth('adminA'))
            .send(email({ name: 'Lab results ready' }))
        ).status,
      ).toBe(201);
      expect(
        (
          await t
            .http()
            .post(BASE)
            .set(auth('adminB'))
            .send(sms({ name: 'Lab results ready' }))
        ).status,
      ).toBe(201);

      // Renaming onto it, or moving a same-named template onto its channel, clashes too.
      const other = await createTemplate('adminA', sms({ name: 'Lab results pending' }));
      expect((await t.http().put(`${BASE}/${other.id}`).set(auth('adminA')).send({ name: 'lab results ready' })).status).toBe(409);
      const whatsapp = await createTemplate('adminA', sms({ name: 'Lab results ready', channel: 'WHATSAPP' }));
      expect((await t.http().put(`${BASE}/${whatsapp.id}`).set(auth('adminA')).send({ channel: 'SMS' })).status).toBe(409);
      // Re-casing its own name is fine.
      expect((await t.http().put(`${BASE}/${original.id}`).set(auth('adminA')).send({ name: 'Lab Results Ready' })).status).toBe(200);
    });
  });

  describe('access', () => {
    it('is for admins: receptionists and doctors get 403', async () => {
      const template = await createTemplate('adminA', sms());
      for (const who of ['receptionA', 'doctorA']) {
        expect((await t.http().get(BASE).set(auth(who))).status).toBe(403);
        expect((await t.http().post(BASE).set(auth(who)).send(sms())).status).toBe(403);
        expect((await t.http().put(`${BASE}/${template.id}`).set(auth(who)).send({ name: 'Taken' })).status).toBe(403);
        expect((await t.http().delete(`${BASE}/${template.id}`).set(auth(who))).status).toBe(403);
        const res = await preview(who, template.id, {});
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
      expect((await t.http().get(BASE)).status).toBe(401);
    });

    it("answers 404 for another hospital's template and for another hospital's lead", async () => {
      const template = await createTemplate('adminA', sms());
      expect((await t.http().get(`${BASE}/${template.id}`).set(auth('adminB'))).status).toBe(404);
      expect((await t.http().put(`${BASE}/${template.id}`).set(auth('adminB')).send({ name: 'Taken over' })).status).toBe(404);
      expect((await t.http().delete(`${BASE}/${template.id}`).set(auth('adminB'))).status).toBe(404);
      expect((await preview('adminB', template.id, { values: { firstName: 'X' } })).status).toBe(404);
      expect(await t.prisma.cRMTemplate.findUnique({ where: { id: template.id } })).toMatchObject({ name: template.name });

      const leadOfB = await createLead('adminB', {});
      const res = await preview('adminA', template.id, { leadId: leadOfB.id });
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: `Lead ${leadOfB.id} was not found` });
      expect((await t.http().get(`${BASE}/${MISSING}`).set(auth('adminA'))).status).toBe(404);
      expect((await t.http().get(`${BASE}/not-a-uuid`).set(auth('adminA'))).status).toBe(400);
    });
  });

  describe('listing', () => {
    let listing: HospitalFixture;
    beforeAll(async () => {
      listing = await createHospital(t.prisma, 'TPL');
      tokens.adminL = await tokenFor(t, listing.users.admin.email);
      await createTemplate('adminL', sms({ name: 'Appointment reminder', category: 'APPOINTMENT_REMINDER' }));
      await createTemplate('adminL', email({ name: 'Appointment reminder', category: 'APPOINTMENT_REMINDER', subject: 'Your appointment' }));
      await createTemplate('adminL', email({ name: 'Birthday', category: 'BIRTHDAY_GREETING', subject: 'Happy birthday!' }));
      await createTemplate('adminL', sms({ name: '100% off', category: 'PROMOTION', isActive: false }));
      await createTemplate(
        'adminL',
        sms({ name: 'Health tip', channel: 'WHATSAPP', category: 'HEALTH_TIP', content: 'Drink water, {{firstName}}!', variables: ['firstName'] }),
      );
    });
    const names = async (query: Record<string, unknown>) => {
      const res = await t.http().get(BASE).set(auth('adminL')).query(query);
      expect(res.status).toBe(200);
      return (res.body.data.templates as TemplateBody[]).map((tpl) => `${tpl.name}/${tpl.channel}`);
    };

    it('lists alphabetically with page, limit and total', async () => {
      const res = await t.http().get(BASE).set(auth('adminL')).query({ limit: 2 });
      expect(res.body.data).toMatchObject({ page: 1, limit: 2, total: 5 });
      expect(res.body.data.templates).toHaveLength(2);
      // Same name: the older first (ids are time-ordered).
      expect(await names({})).toEqual(['100% off/SMS', 'Appointment reminder/SMS', 'Appointment reminder/EMAIL', 'Birthday/EMAIL', 'Health tip/WHATSAPP']);
      expect(await names({ sort: 'name', order: 'desc', limit: 1 })).toEqual(['Health tip/WHATSAPP']);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['channel', { channel: 'EMAIL' }, ['Appointment reminder/EMAIL', 'Birthday/EMAIL']],
      ['several channels', { channel: 'SMS,WHATSAPP' }, ['100% off/SMS', 'Appointment reminder/SMS', 'Health tip/WHATSAPP']],
      ['category', { category: 'APPOINTMENT_REMINDER' }, ['Appointment reminder/SMS', 'Appointment reminder/EMAIL']],
      ['inactive', { isActive: 'false' }, ['100% off/SMS']],
      ['active SMS', { isActive: 'true', channel: 'SMS' }, ['Appointment reminder/SMS']],
      ['a search in the name', { q: 'REMIND' }, ['Appointment reminder/SMS', 'Appointment reminder/EMAIL']],
      ['a search in the subject', { q: 'happy' }, ['Birthday/EMAIL']],
      ['a search in the text', { q: 'drink water' }, ['Health tip/WHATSAPP']],
      ['a literal percent sign', { q: '%' }, ['100% off/SMS']],
      ['a literal underscore', { q: '_' }, []],
    ])('filters by %s', async (_case, query, expected) => {
      expect(await names(query)).toEqual(expected);
    });

    it.each([{ channel: 'PHONE_CALL' }, { category: 'NOPE' }, { isActive: 'maybe' }, { limit: 101 }, { sort: 'content' }])(
      'refuses the filter %j with 400',
      async (query) => {
        expect((await t.http().get(BASE).set(auth('adminL')).query(query)).status).toBe(400);
      },
    );
  });

  describe('preview', () => {
    it("fills an email from a lead and the hospital, HTML-escaping the lead's details in the body only", async () => {
      const bobEmail = `bob.${a.code.toLowerCase()}@example.com`;
      const lead = await createLead('adminA', { firstName: '<b>Bob</b>', lastName: 'Smith & Sons', email: bobEmail, interestedIn: ['Cardiology', 'Diabetes'] });
      const template = await createTemplate(
        'adminA',
        email({
          subject: 'Hello {{firstName}} from {{hospitalName}}',
          content: '<p>Dear {{fullName}},</p><p>About {{interest}}: write to {{email}}. Ref {{leadNumber}}.</p>',
          variables: ['firstName', 'fullName', 'interest', 'email', 'leadNumber', 'hospitalName'],
        }),
      );
      const res = await preview('adminA', template.id, { leadId: lead.id });
      expect(res.status).toBe(200);
      const hospitalName = `Test Hospital ${a.code}`;
      expect(res.body.data).toEqual({
        channel: 'EMAIL',
        subject: `Hello <b>Bob</b> from ${hospitalName}`,
        body: `<p>Dear &lt;b&gt;Bob&lt;&#x2F;b&gt; Smith &amp; Sons,</p><p>About Cardiology, Diabetes: write to ${bobEmail}. Ref ${lead.leadNumber}.</p>`,
        variables: ['firstName', 'hospitalName', 'fullName', 'interest', 'email', 'leadNumber'],
        missing: [],
      });
      expect(res.body.data.body).not.toContain('<b>');
    });

    it("lets the given values win over the lead's, and works from values alone", async () => {
      const lead = await createLead('adminA', { firstName: 'Meera' });
      const template = await createTemplate(
        'adminA',
        sms({ content: 'Hi {{firstName}}, {{doctorName}} at {{hospitalName}}', variables: ['firstName', 'doctorName', 'hospitalName'] }),
      );
      const withLead = await preview('adminA', template.id, { leadId: lead.id, values: { firstName: 'Mrs. Iyer', doctorName: 'Dr. Mehta' } });
      expect(withLead.status).toBe(200);
      expect(withLead.body.data.body).toBe(`Hi Mrs. Iyer, Dr. Mehta at Test Hospital ${a.code}`);

      const sample = await preview('adminA', template.id, { values: { firstName: '<i>Sam</i>', doctorName: 'Dr. Rao', hospitalName: 'Sample Clinic' } });
      expect(sample.status).toBe(200);
      // SMS is plain text: nothing escaped.
      expect(sample.body.data.body).toBe('Hi <i>Sam</i>, Dr. Rao at Sample Clinic');
    });

    it('refuses a preview with a variable left without a value, naming each (422), never rendering a blank', async () => {
      const lead = await createLead('adminA', { firstName: 'Ravi' }); // no email
      const template = await createTemplate(
        'adminA',
        email({ content: '<p>{{firstName}}, see {{doctorName}}; we wrote to {{email}}</p>', variables: ['firstName', 'doctorName', 'email', 'hospitalName'] }),
      );
      const res = await preview('adminA', template.id, { leadId: lead.id, values: { doctorName: '   ' } });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('UNPROCESSABLE');
      expect(res.body.error.message).toContain('doctorName, email');
      expect(res.body.error.details).toEqual([
        { field: 'values', messages: ['no value for doctorName', 'no value for email'], missing: ['doctorName', 'email'] },
      ]);

      const noLead = await preview('adminA', template.id, {});
      expect(noLead.status).toBe(422);
      expect(noLead.body.error.details[0].missing).toEqual(['firstName', 'doctorName', 'email']);
    });

    it('shows the length, encoding and parts of an SMS', async () => {
      const template = await createTemplate('adminA', sms({ content: '{{greeting}} {{firstName}}! Fee: 10€', variables: ['greeting', 'firstName'] }));
      const short = await preview('adminA', template.id, { values: { greeting: 'Hello', firstName: 'Asha' } });
      expect(short.status).toBe(200);
      expect(short.body.data).toMatchObject({
        channel: 'SMS',
        subject: null,
        body: 'Hello Asha! Fee: 10€',
        sms: { encoding: 'GSM-7', length: 21, segments: 1, perSegment: 160 },
      });

      const long = await preview('adminA', template.id, { values: { greeting: 'x'.repeat(150), firstName: 'Asha' } });
      expect(long.body.data.sms).toEqual({ encoding: 'GSM-7', length: 166, segments: 2, perSegment: 153 });

      const emoji = await preview('adminA', template.id, { values: { greeting: 'Happy birthday 🎂', firstName: 'Asha' } });
      expect(emoji.body.data.sms).toEqual({ encoding: 'UCS-2', length: 32, segments: 1, perSegment: 70 });

      const whatsapp = await createTemplate('adminA', sms({ channel: 'WHATSAPP' }));
      const wa = await preview('adminA', whatsapp.id, { values: { firstName: 'Asha' } });
      expect(wa.status).toBe(200);
      expect(wa.body.data).not.toHaveProperty('sms');
    });

    it.each([
      ['values that are not strings', { values: { firstName: 42 } }],
      ['a value name that is not a variable name', { values: { 'first name': 'x' } }],
      ['values as a list', { values: ['x'] }],
      ['a leadId that is not a UUID', { leadId: 'lead-1' }],
      ['an unknown field', { sample: true }],
    ])('refuses %s with 400', async (_case, body) => {
      const template = await createTemplate('adminA', sms());
      expect((await preview('adminA', template.id, body)).status).toBe(400);
    });
  });

  describe('deleting a template that was used', () => {
    it('deactivates it instead, keeps it for the history, and audits that', async () => {
      const usedByMessage = await createTemplate('adminA', sms());
      await t.prisma.cRMCommunication.create({
        data: { hospitalId: a.id, channel: 'SMS', direction: 'OUTBOUND', status: 'SENT', body: 'Hi Asha, this is the hospital.', templateId: usedByMessage.id },
      });
      const res = await t.http().delete(`${BASE}/${usedByMessage.id}`).set(auth('adminA'));
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ id: usedByMessage.id, deleted: false, deactivated: true, usedBy: { communications: true, campaigns: false } });
      expect(await t.prisma.cRMTemplate.findUnique({ where: { id: usedByMessage.id } })).toMatchObject({ isActive: false });
      expect(await t.prisma.auditLog.findFirst({ where: { action: 'template.deactivate', entityId: usedByMessage.id } })).toMatchObject({
        userId: a.users.admin.id,
      });

      // Still readable and previewable, listed among the inactive.
      expect((await t.http().get(`${BASE}/${usedByMessage.id}`).set(auth('adminA'))).body.data.isActive).toBe(false);
      expect((await preview('adminA', usedByMessage.id, { values: { firstName: 'Asha' } })).status).toBe(200);
      const inactive = await t.http().get(BASE).set(auth('adminA')).query({ isActive: false, limit: 100 });
      expect((inactive.body.data.templates as TemplateBody[]).map((x) => x.id)).toContain(usedByMessage.id);

      const usedByCampaign = await createTemplate('adminA', email());
      await t.prisma.cRMCampaign.create({
        data: { hospitalId: a.id, name: 'Welcome drive', campaignType: 'AWARENESS', channel: 'EMAIL', templateId: usedByCampaign.id },
      });
      const second = await t.http().delete(`${BASE}/${usedByCampaign.id}`).set(auth('adminA'));
      expect(second.body.data).toEqual({ id: usedByCampaign.id, deleted: false, deactivated: true, usedBy: { communications: false, campaigns: true } });
      expect(await t.prisma.cRMTemplate.count({ where: { id: usedByCampaign.id } })).toBe(1);
    });
  });

  describe('TemplateRenderer (for communications and campaigns)', () => {
    it('renders an active template for a lead and refuses an inactive one', async () => {
      const renderer = t.app.get(TemplateRenderer);
      const lead = await createLead('adminA', { firstName: 'Kiran' });
      const template = await createTemplate(
        'adminA',
        sms({ content: 'Hi {{firstName}} from {{hospitalName}}, see {{doctorName}}', variables: ['firstName', 'hospitalName', 'doctorName'] }),
      );
      await expect(renderer.render(a.id, template.id, { doctorName: 'Dr. Mehta' }, { leadId: lead.id })).resolves.toMatchObject({
        channel: 'SMS',
        body: `Hi Kiran from Test Hospital ${a.code}, see Dr. Mehta`,
        missing: [],
        sms: { encoding: 'GSM-7', segments: 1 },
      });
      await expect(renderer.render(a.id, template.id, {}, { leadId: lead.id })).rejects.toMatchObject({
        status: 422,
        code: 'UNPROCESSABLE',
        details: [expect.objectContaining({ missing: ['doctorName'] })],
      });
      await expect(renderer.render(b.id, template.id, { doctorName: 'x' })).rejects.toMatchObject({ status: 404 });

      await t.prisma.cRMTemplate.update({ where: { id: template.id }, data: { isActive: false } });
      await expect(renderer.render(a.id, template.id, { doctorName: 'Dr. Mehta' }, { leadId: lead.id })).rejects.toMatchObject({
        status: 422,
        message: expect.stringContaining('inactive'),
      });
    });
  });
});
