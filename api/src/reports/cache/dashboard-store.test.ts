import { DashboardCache } from './dashboard-cache';
import { DashboardStore } from './dashboard-store';

describe('DashboardStore (this process only)', () => {
  const TTL = 60_000;
  let computed: number;
  const numbers = (n: number) => async () => {
    computed++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { n };
  };
  beforeEach(() => {
    computed = 0;
  });

  it('computes once for requests that ask at the same moment, then answers from the entry', async () => {
    const store = new DashboardStore(new DashboardCache(), null);
    const answers = await Promise.all(Array.from({ length: 5 }, () => store.get('h1', 'state', TTL, numbers(1))));
    expect(answers).toEqual(Array(5).fill({ n: 1 }));
    expect(computed).toBe(1);
    expect(await store.get('h1', 'state', TTL, numbers(2))).toEqual({ n: 1 });
    expect(computed).toBe(1);
  });

  it('keys entries by hospital and key', async () => {
    const store = new DashboardStore(new DashboardCache(), null);
    await store.get('h1', 'range:a', TTL, numbers(1));
    expect(await store.get('h1', 'range:b', TTL, numbers(2))).toEqual({ n: 2 });
    expect(await store.get('h2', 'range:a', TTL, numbers(3))).toEqual({ n: 3 });
    expect(computed).toBe(3);
  });

  it('recomputes after an invalidation, even one that lands while a computation is under way', async () => {
    const local = new DashboardCache();
    const store = new DashboardStore(local, null);
    const before = store.get('h1', 'state', TTL, numbers(1));
    local.invalidate('h1');
    // A request after the write does not join the computation that started before it.
    const after = store.get('h1', 'state', TTL, numbers(2));
    expect(await before).toEqual({ n: 1 });
    expect(await after).toEqual({ n: 2 });
    expect(await store.get('h1', 'state', TTL, numbers(3))).toEqual({ n: 2 });
  });

  it('lets a failed computation fail its requests and be tried again', async () => {
    const store = new DashboardStore(new DashboardCache(), null);
    await expect(store.get('h1', 'state', TTL, () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await store.get('h1', 'state', TTL, numbers(1))).toEqual({ n: 1 });
  });
});
