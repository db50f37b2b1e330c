import { redactLinkTokens } from './redact-link-tokens';

describe('redactLinkTokens', () => {
  it.each([
    ['/api/v1/crm/public/surveys/abc123_-XYZ', '/api/v1/crm/public/surveys/[Redacted]'],
    ['/api/v1/crm/public/surveys/abc123/page?lang=en', '/api/v1/crm/public/surveys/[Redacted]/page?lang=en'],
    ['/api/v1/crm/unsubscribe/eyJwYXlsb2FkIn0.c2ln', '/api/v1/crm/unsubscribe/[Redacted]'],
  ])('masks the token of %s', (url, masked) => {
    expect(redactLinkTokens({ url, params: { path: url.split('/') } })).toEqual({ url: masked, params: '[Redacted]' });
  });

  it('leaves every other request as it was', () => {
    const req = { url: '/api/v1/crm/leads/0190?q=x', params: { path: ['crm', 'leads'] } };
    expect(redactLinkTokens({ ...req })).toEqual(req);
  });
});
