import { invalidateDashboard } from './dashboard-invalidation';
import { DashboardCache } from './dashboard-cache';

describe('DashboardCache', () => {
  let now = 0;
  const cache = (max = 10) => new DashboardCache(max, () => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('serves an entry until its TTL runs out', () => {
    const c = cache();
    const { value, slot } = c.read('h1', 'range');
    expect(value).toBeNull();
    c.write(slot, '{"n":1}', 300_000);
    now += 299_999;
    expect(c.read('h1', 'range').value).toBe('{"n":1}');
    now += 1;
    expect(c.read('h1', 'range').value).toBeNull();
  });

  it("drops only the invalidated hospital's entries", () => {
    const c = cache();
    c.write(c.read('h1', 'r').slot, 'one', 60_000);
    c.write(c.read('h2', 'r').slot, 'two', 60_000);
    c.invalidate('h1');
    expect(c.read('h1', 'r').value).toBeNull();
    expect(c.read('h2', 'r').value).toBe('two');
  });

  it('never stores a value computed before an invalidation', () => {
    const c = cache();
    const { slot } = c.read('h1', 'r'); // a computation starts ...
    c.invalidate('h1'); // ... a write lands meanwhile ...
    c.write(slot, 'stale', 60_000); // ... and the old numbers arrive
    expect(c.read('h1', 'r').value).toBeNull();
  });

  it('evicts the oldest entry beyond its size', () => {
    const c = cache(2);
    for (const key of ['a', 'b', 'c']) c.write(c.read('h', key).slot, key, 60_000);
    expect([c.read('h', 'a').value, c.read('h', 'b').value, c.read('h', 'c').value]).toEqual([null, 'b', 'c']);
  });

  it('is reached through invalidateDashboard() while the app runs', async () => {
    const c = cache();
    c.onModuleInit();
    c.write(c.read('h1', 'r').slot, 'x', 60_000);
    await invalidateDashboard('h1');
    expect(c.read('h1', 'r').value).toBeNull();
    c.onModuleDestroy();
    c.write(c.read('h1', 'r').slot, 'y', 60_000);
    await invalidateDashboard('h1');
    expect(c.read('h1', 'r').value).toBe('y');
  });
});
