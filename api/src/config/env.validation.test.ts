import { validateEnvironment } from './env.validation';

const valid = { DATABASE_URL: 'postgresql://u@127.0.0.1:5432/db', JWT_SECRET: 'x'.repeat(32) };

describe('validateEnvironment', () => {
  it('accepts the minimum and fills in defaults', () => {
    const env = validateEnvironment(valid);
    expect(env).toMatchObject({
      PORT: 3001,
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_TASK_QUEUE: 'hospital-crm',
      JWT_EXPIRES_IN: '8h',
      LOGIN_RATE_LIMIT: 10,
    });
  });

  it('turns numeric strings from the environment into numbers', () => {
    expect(validateEnvironment({ ...valid, PORT: '8080', DATABASE_POOL_SIZE: '25' })).toMatchObject({ PORT: 8080, DATABASE_POOL_SIZE: 25 });
  });

  it.each([
    ['a missing JWT_SECRET', { DATABASE_URL: valid.DATABASE_URL }, 'JWT_SECRET'],
    ['a short JWT_SECRET', { ...valid, JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
    ['a missing DATABASE_URL', { JWT_SECRET: valid.JWT_SECRET }, 'DATABASE_URL must be a postgresql:// URL'],
    ['a MySQL URL', { ...valid, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    ['a port out of range', { ...valid, PORT: '70000' }, 'PORT'],
    ['a Temporal address without a port', { ...valid, TEMPORAL_ADDRESS: 'temporal' }, 'TEMPORAL_ADDRESS must be host:port'],
  ])('stops boot with a message naming %s', (_case, raw, expected) => {
    expect(() => validateEnvironment(raw)).toThrow(expected);
  });
});
