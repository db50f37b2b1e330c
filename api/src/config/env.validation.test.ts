import { validateEnvironment } from './env.validation';

const KEY = Buffer.alloc(32, 1).toString('base64');
const valid = { DATABASE_URL: 'postgresql://u@127.0.0.1:5432/db', JWT_SECRET: 'x'.repeat(32), COMMUNICATION_KEYS: `k1:${KEY}` };

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

  it('takes an empty REDIS_URL for none, as the modules that read it do', () => {
    expect(() => validateEnvironment({ ...valid, REDIS_URL: '' })).not.toThrow();
  });

  it('turns numeric strings from the environment into numbers', () => {
    expect(validateEnvironment({ ...valid, PORT: '8080', DATABASE_POOL_SIZE: '25' })).toMatchObject({ PORT: 8080, DATABASE_POOL_SIZE: 25 });
  });

  it.each([
    ['a missing JWT_SECRET', { ...valid, JWT_SECRET: undefined }, 'JWT_SECRET'],
    ['a short JWT_SECRET', { ...valid, JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
    ['a missing DATABASE_URL', { ...valid, DATABASE_URL: undefined }, 'DATABASE_URL must be a postgresql:// URL'],
    ['missing COMMUNICATION_KEYS', { ...valid, COMMUNICATION_KEYS: undefined }, 'COMMUNICATION_KEYS'],
    ['a COMMUNICATION_KEYS key of the wrong size', { ...valid, COMMUNICATION_KEYS: 'k1:c2hvcnQ=' }, 'must be 32 bytes'],
    ['an active key that is not listed', { ...valid, COMMUNICATION_KEY_ID: 'k9' }, 'COMMUNICATION_KEY_ID "k9" is not among COMMUNICATION_KEYS'],
    ['a phone country that is not ISO', { ...valid, DEFAULT_PHONE_COUNTRY: 'India' }, 'DEFAULT_PHONE_COUNTRY must be a two-letter ISO country code'],
    ['a MySQL URL', { ...valid, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    ['a port out of range', { ...valid, PORT: '70000' }, 'PORT'],
    ['a Temporal address without a port', { ...valid, TEMPORAL_ADDRESS: 'temporal' }, 'TEMPORAL_ADDRESS must be host:port'],
    ['a Redis URL without its scheme', { ...valid, REDIS_URL: 'redis-host:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
  ])('stops boot with a message naming %s', (_case, raw, expected) => {
    expect(() => validateEnvironment(raw)).toThrow(expected);
  });
});
