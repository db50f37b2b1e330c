import { deterministicUuid } from './deterministic-id';

describe('deterministicUuid', () => {
  it('names the same key the same way, and different keys differently', () => {
    expect(deterministicUuid('task-reminder:1:2026-01-01T00:00:00.000Z:60')).toBe(deterministicUuid('task-reminder:1:2026-01-01T00:00:00.000Z:60'));
    expect(deterministicUuid('a')).not.toBe(deterministicUuid('b'));
  });

  it('is a well-formed version 8 UUID', () => {
    expect(deterministicUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
