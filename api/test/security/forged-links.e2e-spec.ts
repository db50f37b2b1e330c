import { createTestApp, type TestApp } from '../support/test-app';
import { sentInvitation } from '../support/survey-fixtures';
import { createHospitalRows, type HospitalRows } from './support/hospital-rows';
import { documentedOperations } from './support/route-table';

/**
 * Survey links beyond the feature suites' unknown and expired ones: near misses of a real token,
 * the stored hash used as a token, oversized and SQL-shaped tokens. Webhook signatures and
 * unsubscribe links are covered in webhooks.e2e-spec.ts and unsubscribe.e2e-spec.ts.
 */
describe('forged survey links', () => {
  let t: TestApp;
  let h: HospitalRows;
  let token: string;
  let tokenHash: string;

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospitalRows(t, 'FL');
    const sent = await sentInvitation(t.prisma, h.hospital.id, h.surveyId);
    token = sent.token;
    tokenHash = sent.invitation.tokenHash;
  });
  afterAll(() => t.close());

  const flip = (value: string, at: number) => `${value.slice(0, at)}${value[at] === 'A' ? 'B' : 'A'}${value.slice(at + 1)}`;

  it.each([
    ['the real token with its first character changed', () => flip(token, 0)],
    ['the real token with its last character changed', () => flip(token, token.length - 1)],
    ['the real token cut short', () => token.slice(0, -1)],
    ['the real token with a character added', () => `${token}A`],
    ['the hash the database keeps, used as the token', () => tokenHash],
    ['a 4,000-character token', () => 'A'.repeat(4000)],
    ['SQL in the token', () => "x' OR '1'='1"],
  ])('refuses %s with 404 on every survey link route, and stores no answer', async (_what, forged) => {
    const url = `/api/v1/crm/public/surveys/${encodeURIComponent(forged())}`;
    const answers = { answers: { recommend: 10 } };
    for (const res of [await t.http().get(url), await t.http().post(url).send(answers)]) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ success: false, error: { code: 'NOT_FOUND', details: { reason: 'INVALID' } } });
      expect(res.text).not.toContain('How likely are you to recommend us?');
    }
    for (const res of [await t.http().get(`${url}/page`), await t.http().post(`${url}/page`).type('form').send({ recommend: '10' })]) {
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('How likely are you to recommend us?');
    }
    expect(await t.prisma.cRMSurveyResponse.count({ where: { surveyId: h.surveyId } })).toBe(0);
  });

  it('still opens with the real token (the near misses above were refused for being wrong)', async () => {
    const res = await t.http().get(`/api/v1/crm/public/surveys/${token}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('How likely are you to recommend us?');
  });

  // Click tracking is SES's (its own redirect domain): the API has no redirect of its own to abuse.
  it('has no open redirect: no operation takes a URL to send the browser to', async () => {
    const operations = await documentedOperations(t);
    const redirecting = operations.filter((op) => op.query.some((name) => /^(url|uri|redirect\w*|next|target|link|return\w*|continue)$/i.test(name)));
    expect(redirecting.map((op) => op.key)).toEqual([]);
  });
});
