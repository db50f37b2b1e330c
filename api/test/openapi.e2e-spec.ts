import { createTestApp, type TestApp } from './support/test-app';

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is served at /api/docs/json and describes the routes the app really has', async () => {
    const res = await t.http().get('/api/docs/json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths as Record<string, unknown>);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/auth/me',
        '/api/v1/health',
        '/api/v1/crm/settings',
        '/api/v1/users',
        '/api/v1/users/{id}',
        '/api/v1/hospitals',
      ]),
    );
    expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    // Every documented path answers something other than 404 from the router.
    for (const path of paths) {
      const concrete = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const methods = Object.keys(res.body.paths[path] as Record<string, unknown>);
      const probe = await (t.http() as unknown as Record<string, (p: string) => Promise<{ status: number; body: { error?: { message: string } } }>>)[
        methods[0]
      ](concrete);
      expect(probe.body.error?.message ?? '').not.toMatch(/^Cannot (GET|POST|PUT|PATCH|DELETE) /);
      expect(probe.status).toBeLessThan(500);
    }
  });

  it('serves the interactive docs page', async () => {
    const res = await t.http().get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});
