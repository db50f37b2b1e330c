import { invalidateDashboard, onDashboardInvalidation } from './dashboard-invalidation';
import { MemoryDashboardCache } from './memory-dashboard-cache';

describe('MemoryDashboardCache', () => {
  let now = 0;
  const cache = (max = 10) => new MemoryDashboardCache(max, () => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('serves an entry until its TTL runs out', async () => {
    const c = cache();
    const { value, slot } = await c.read('h1', 'range');
    expect(value).toBeNull();
    await c.write(slot, '{"n":1}', 300_000);
    now += 299_999;
    expect((await c.read('h1', 'range')).value).toBe('{"n":1}');
    now += 1;
    expect((await c.read('h1', 'range')).value).toBeNull();
  });

  it("drops only the invalidated hospital's entries", async () => {
    const c = cache();
    await c.write((await c.read('h1', 'r')).slot, 'one', 60_000);
    await c.write((await c.read('h2', 'r')).slot, 'two', 60_000);
    await c.invalidate('h1');
    expect((await c.read('h1', 'r')).value).toBeNull();
    expect((await c.read('h2', 'r')).value).toBe('two');
  });

  it('never stores a value computed before an invalidation', async () => {
    const c = cache();
    const { slot } = await c.read('h1', 'r'); // a computation starts ...
    await c.invalidate('h1'); // ... a write lands meanwhile ...
    await c.write(slot, 'stale', 60_000); // ... and the old numbers arrive
    expect((await c.read('h1', 'r')).value).toBeNull();
  });

  it('evicts the oldest entry beyond its size', async () => {
    const c = cache(2);
    for (const key of ['a', 'b', 'c']) await c.write((await c.read('h', key)).slot, key, 60_000);
    expect([(await c.read('h', 'a')).value, (await c.read('h', 'b')).value, (await c.read('h', 'c')).value]).toEqual([null, 'b', 'c']);
  });

  it('is reached through invalidateDashboard() while registered', async () => {
    const c = cache();
    const unregister = onDashboardInvalidation((id) => c.invalidate(id));
    await c.write((await c.read('h1', 'r')).slot, 'x', 60_000);
    await invalidateDashboard('h1');
    expect((await c.read('h1', 'r')).value).toBeNull();
    unregister();
    await c.write((await c.read('h1', 'r')).slot, 'y', 60_000);
    await invalidateDashboard('h1');
    expect((await c.read('h1', 'r')).value).toBe('y');
  });
});
