import { randomBytes, randomUUID } from 'node:crypto';
import { linkSigningSecret, signLinkToken, unsubscribeUrl } from '@hospital-crm/workflows';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, type HospitalFixture } from './support/fixtures';

describe('unsubscribe links (RFC 8058 one-click)', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let secret: string;

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospital(t.prisma, 'UN');
    // What the API signs with: LINK_SIGNING_SECRET, or the key derived from JWT_SECRET when it is unset.
    secret = linkSigningSecret(process.env);
  }, 60_000);
  afterAll(() => t.close());

  const address = () => `meera.${randomBytes(4).toString('hex')}@patient.example`;
  /** The path of the link a marketing email would carry. */
  const link = (claims: { address: string; channel?: 'EMAIL' | 'SMS' | 'WHATSAPP'; hospitalId?: string }) =>
    new URL(unsubscribeUrl('https://crm.example', secret, { hospitalId: h.id, channel: 'EMAIL', ...claims })).pathname;
  const suppressions = (addr: string) => t.prisma.contactSuppression.findMany({ where: { hospitalId: h.id, address: addr } });
  const oneClick = (path: string) => t.http().post(path).type('form').send('List-Unsubscribe=One-Click');

  it('GET shows a confirmation page with one button and changes nothing', async () => {
    const addr = address();
    const res = await t.http().get(link({ address: addr }));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain(`Test Hospital ${h.code}`);
    expect(res.text).toMatch(
      /<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe<\/button><\/form>/,
    );
    // The address is masked: the page may be opened from a forwarded email.
    expect(res.text).toContain(`m•••@patient.example`);
    expect(res.text).not.toContain(addr);
    expect(await suppressions(addr)).toEqual([]);
  });

  it('POST List-Unsubscribe=One-Click suppresses marketing email to the address, audited without a user; again changes nothing', async () => {
    const addr = address();
    const path = link({ address: addr.toUpperCase() });
    const res = await oneClick(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('You are unsubscribed');
    const rows = await suppressions(addr);
    expect(rows).toEqual([expect.objectContaining({ channel: 'EMAIL', reason: 'UNSUBSCRIBED', scope: 'MARKETING', source: 'unsubscribe-link' })]);
    const audits = await t.prisma.auditLog.findMany({ where: { action: 'contact.unsubscribe', entityId: rows[0].id } });
    expect(audits).toEqual([
      expect.objectContaining({ hospitalId: h.id, userId: null, entityType: 'ContactSuppression', details: { channel: 'EMAIL', via: 'link' } }),
    ]);

    const again = await oneClick(path);
    expect(again.status).toBe(200);
    expect(await suppressions(addr)).toEqual(rows);
    expect(await t.prisma.auditLog.count({ where: { action: 'contact.unsubscribe', entityId: rows[0].id } })).toBe(1);
    expect((await t.http().get(path)).text).toContain('You are unsubscribed');
  });

  it('answers JSON clients in the envelope', async () => {
    const addr = address();
    const path = link({ address: addr });
    const page = await t.http().get(path).set('Accept', 'application/json');
    expect(page.body).toEqual({
      success: true,
      data: { channel: 'EMAIL', hospitalName: `Test Hospital ${h.code}`, unsubscribed: false, alreadyUnsubscribed: false },
    });
    const first = await oneClick(path).set('Accept', 'application/json');
    expect(first.body).toEqual({
      success: true,
      data: { channel: 'EMAIL', hospitalName: `Test Hospital ${h.code}`, unsubscribed: true, alreadyUnsubscribed: false },
    });
    const second = await oneClick(path).set('Accept', 'application/json');
    expect(second.body.data).toMatchObject({ unsubscribed: true, alreadyUnsubscribed: true });
  });

  it('works for WhatsApp and SMS numbers too, and for a POST without a body (the page’s form or any client)', async () => {
    const number = `+9197${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    expect((await t.http().post(link({ address: number, channel: 'WHATSAPP' }))).status).toBe(200);
    expect(await suppressions(number)).toEqual([expect.objectContaining({ channel: 'WHATSAPP', reason: 'UNSUBSCRIBED', scope: 'MARKETING' })]);
  });

  it('never narrows a stronger suppression (a hard bounce stays ALL)', async () => {
    const addr = address();
    await t.prisma.contactSuppression.create({
      data: { hospitalId: h.id, channel: 'EMAIL', address: addr, reason: 'HARD_BOUNCE', scope: 'ALL', source: 'ses:bounce' },
    });
    const res = await oneClick(link({ address: addr })).set('Accept', 'application/json');
    expect(res.body.data).toMatchObject({ alreadyUnsubscribed: true });
    expect(await suppressions(addr)).toEqual([expect.objectContaining({ reason: 'HARD_BOUNCE', scope: 'ALL' })]);
  });

  describe('links that are not ours: 400 with a clear message, nothing changes', () => {
    const forgedPaths = (addr: string) => {
      const genuine = link({ address: addr });
      const token = genuine.split('/').pop()!;
      const [payload, signature] = token.split('.');
      const otherPayload = Buffer.from(JSON.stringify(['u', 0, h.id, 'EMAIL', address()])).toString('base64url');
      return {
        'signed with another secret': `/api/v1/crm/unsubscribe/${signLinkToken('some-other-secret-that-is-32-chars-long', 'unsubscribe', { hospitalId: h.id, channel: 'EMAIL', address: addr })}`,
        'with its claims swapped': `/api/v1/crm/unsubscribe/${otherPayload}.${signature}`,
        'with its signature cut': `/api/v1/crm/unsubscribe/${payload}.${signature.slice(0, 20)}`,
        expired: `/api/v1/crm/unsubscribe/${signLinkToken(secret, 'unsubscribe', { hospitalId: h.id, channel: 'EMAIL', address: addr }, { expiresAt: new Date(Date.now() - 1000) })}`,
        'not a token': '/api/v1/crm/unsubscribe/hello',
      };
    };

    it.each(['signed with another secret', 'with its claims swapped', 'with its signature cut', 'expired', 'not a token'] as const)(
      'a link %s',
      async (kind) => {
        const addr = address();
        const path = forgedPaths(addr)[kind];
        const page = await t.http().get(path);
        expect(page.status).toBe(400);
        expect(page.headers['content-type']).toMatch(/^text\/html/);
        expect(page.text).toContain('This unsubscribe link is not valid or has expired');
        const post = await oneClick(path).set('Accept', 'application/json');
        expect(post.status).toBe(400);
        expect(post.body).toEqual({
          success: false,
          error: expect.objectContaining({ code: 'VALIDATION_FAILED', message: 'This unsubscribe link is not valid or has expired' }),
        });
        expect(await oneClick(path).then((r) => r.status)).toBe(400);
        expect(await t.prisma.contactSuppression.count({ where: { hospitalId: h.id, address: addr } })).toBe(0);
      },
    );

    it('a genuine link whose hospital no longer exists is 404', async () => {
      const res = await oneClick(link({ address: address(), hospitalId: randomUUID() })).set('Accept', 'application/json');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    });

    it('refuses a one-click body that is not RFC 8058’s', async () => {
      const addr = address();
      const res = await t
        .http()
        .post(link({ address: addr }))
        .type('form')
        .set('Accept', 'application/json')
        .send('List-Unsubscribe=Everything');
      expect(res.status).toBe(400);
      expect(await suppressions(addr)).toEqual([]);
    });
  });
});
