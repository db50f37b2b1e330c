import { registerAs } from '@nestjs/config';
import { validateEnvironment } from './env.validation';

// One namespace per concern, read with configService.getOrThrow('<ns>').
const env = () => validateEnvironment(process.env);

export const appConfig = registerAs('app', () => {
  const e = env();
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGIN.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: e.TRUST_PROXY,
  };
});

export const databaseConfig = registerAs('database', () => {
  const e = env();
  return { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE };
});

export const authConfig = registerAs('auth', () => {
  const e = env();
  return { jwtSecret: e.JWT_SECRET, jwtExpiresIn: e.JWT_EXPIRES_IN, loginRateLimit: e.LOGIN_RATE_LIMIT };
});

export const temporalConfig = registerAs('temporal', () => {
  const e = env();
  return { address: e.TEMPORAL_ADDRESS, namespace: e.TEMPORAL_NAMESPACE, taskQueue: e.TEMPORAL_TASK_QUEUE };
});

export const cryptoConfig = registerAs('crypto', () => {
  const e = env();
  return { communicationKeys: e.COMMUNICATION_KEYS, communicationKeyId: e.COMMUNICATION_KEY_ID };
});

export const messagingConfig = registerAs('messaging', () => {
  const e = env();
  return { defaultPhoneCountry: e.DEFAULT_PHONE_COUNTRY };
});

export type AppConfig = ReturnType<typeof appConfig>;
export type DatabaseConfig = ReturnType<typeof databaseConfig>;
export type AuthConfig = ReturnType<typeof authConfig>;
export type TemporalConfig = ReturnType<typeof temporalConfig>;
export type CryptoConfig = ReturnType<typeof cryptoConfig>;
export type MessagingConfig = ReturnType<typeof messagingConfig>;
