import { COUNT_CAP, SEARCH_COUNT_CAP } from '../src/leads/leads.service';
import { createTestApp, type TestApp } from './support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from './support/fixtures';

// The list's total stops counting at 10,000 leads and a search's at 1,000, saying so (totalIsCapped); pages past
// a capped total are still served.
describe('lead list totals', () => {
  let t: TestApp;
  let h: HospitalFixture;
  let token: string;
  const SEARCHABLE = SEARCH_COUNT_CAP + 5;

  beforeAll(async () => {
    t = await createTestApp();
    h = await createHospital(t.prisma, 'LT');
    token = await tokenFor(t, h.users.admin.email);
    // Written as an import would, in bulk: COUNT_CAP + 1 leads, the newest SEARCHABLE of them named Quillon.
    const total = COUNT_CAP + 1;
    await t.prisma.cRMLead.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        hospitalId: h.id,
        leadNumber: `LD-${h.code}-${String(i + 1).padStart(6, '0')}`,
        firstName: i >= total - SEARCHABLE ? 'Quillon' : 'Mira',
        lastName: `Row${i}`,
        source: 'WEBSITE' as const,
        createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      })),
    });
  }, 120_000);
  afterAll(() => t.close());

  const list = (query: Record<string, string | number>) =>
    t
      .http()
      .get('/api/v1/crm/leads')
      .query(query)
      .set({ Authorization: `Bearer ${token}` });

  it('stops the hospital-wide total at 10,000 and says it is capped', async () => {
    const res = await list({});
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ total: COUNT_CAP, totalIsCapped: true });
  });

  it("stops a search's total at 1,000, says so, and still serves the pages past it", async () => {
    const res = await list({ q: 'quill' });
    expect(res.body.data).toMatchObject({ total: SEARCH_COUNT_CAP, totalIsCapped: true });
    const last = await list({ q: 'quill', limit: 100, page: 11 });
    expect(last.status).toBe(200);
    expect(last.body.data.leads).toHaveLength(SEARCHABLE - 1_000);
    expect(last.body.data.leads.every((lead: { firstName: string }) => lead.firstName === 'Quillon')).toBe(true);
  });

  it('counts a search exactly below the cap', async () => {
    const res = await list({ q: 'row1000' });
    // row1000 and row10000: a fragment matches anywhere in the name.
    expect(res.body.data).toMatchObject({ total: 2, totalIsCapped: false });
    expect(res.body.data.leads.map((lead: { lastName: string }) => lead.lastName)).toEqual(['Row10000', 'Row1000']);
  });
});
