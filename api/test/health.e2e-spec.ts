import { createTestApp } from './support/test-app';

describe('GET /api/v1/health', () => {
  it('reports the database and Temporal up, without a token', async () => {
    const t = await createTestApp();
    try {
      const res = await t.http().get('/api/v1/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ success: true, data: { status: 'ok', checks: { database: { status: 'up' }, temporal: { status: 'up' } } } });
    } finally {
      await t.close();
    }
  });

  it('answers 503 naming Temporal when it cannot be reached, and still serves the database', async () => {
    const real = process.env.TEMPORAL_ADDRESS;
    process.env.TEMPORAL_ADDRESS = '127.0.0.1:1'; // nothing listens on port 1
    const t = await createTestApp();
    process.env.TEMPORAL_ADDRESS = real;
    try {
      const res = await t.http().get('/api/v1/health');
      expect(res.status).toBe(503);
      expect(res.body.success).toBe(false);
      expect(res.body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: 'Unavailable: temporal' });
      expect(res.body.error.details.checks.database.status).toBe('up');
      expect(res.body.error.details.checks.temporal.status).toBe('down');
    } finally {
      await t.close();
    }
  });
});
