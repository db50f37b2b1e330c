import { uuidv7 } from './uuid-v7';

describe('uuidv7', () => {
  it('is a version 7, RFC variant UUID carrying the millisecond timestamp', () => {
    const at = Date.UTC(2026, 10, 23, 12, 0, 0, 123);
    const id = uuidv7(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts by time and does not repeat', () => {
    const ids = [uuidv7(1_000), uuidv7(2_000), uuidv7(2_000), uuidv7(3_000)];
    expect(ids[0] < ids[1] && ids[2] < ids[3]).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => uuidv7(5_000))).size).toBe(1000);
  });
});
