import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  validateSync,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { createBodyCipher } from '@hospital-crm/db';

@ValidatorConstraint({ name: 'communicationKeys' })
class CommunicationKeysConstraint implements ValidatorConstraintInterface {
  private problem = '';
  validate(value: unknown, args: ValidationArguments): boolean {
    try {
      createBodyCipher(String(value ?? ''), (args.object as { COMMUNICATION_KEY_ID?: string }).COMMUNICATION_KEY_ID);
      return true;
    } catch (error) {
      this.problem = (error as Error).message;
      return false;
    }
  }
  defaultMessage(): string {
    return this.problem;
  }
}

/** Every variable the API reads, validated at boot so a bad deployment stops with a clear message. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  @IsOptional()
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3001;

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgresql:// URL' })
  DATABASE_URL!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsString()
  JWT_EXPIRES_IN = '8h';

  @Matches(/^[^:]+:\d+$/, { message: 'TEMPORAL_ADDRESS must be host:port' })
  TEMPORAL_ADDRESS = '127.0.0.1:7233';

  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  TEMPORAL_TASK_QUEUE = 'hospital-crm';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  CORS_ORIGIN = 'http://localhost:3000,http://127.0.0.1:3000';

  /** Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, `loopback`…), so rate limits see real clients. */
  @IsString()
  TRUST_PROXY = 'loopback';

  /** Failed-or-not login attempts allowed per minute for one email from one address. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  /** Message bodies are encrypted at rest (AES-256-GCM): "id:base64-32-bytes[,older-id:key...]". */
  @IsString()
  @Validate(CommunicationKeysConstraint)
  COMMUNICATION_KEYS!: string;

  /** ISO country (e.g. IN) whose numbers may be written without a country code; without it, phones must start with +. */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'DEFAULT_PHONE_COUNTRY must be a two-letter ISO country code, e.g. IN' })
  DEFAULT_PHONE_COUNTRY?: string;

  /** The key new bodies are sealed with; the first listed when unset. Older keys stay for reading. */
  @IsOptional()
  @IsString()
  COMMUNICATION_KEY_ID?: string;

  /** Where providers and recipients reach this API: Twilio signs callback URLs under it, and links in messages start with it. */
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'PUBLIC_API_URL must be an http(s):// URL' })
  PUBLIC_API_URL = 'http://127.0.0.1:3001';

  /** HMAC key of unsubscribe (and later survey and click) links, at least 32 characters; derived from JWT_SECRET when unset. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'LINK_SIGNING_SECRET must be at least 32 characters' })
  LINK_SIGNING_SECRET?: string;

  /** Redis shared by the API's processes and replicas (dashboard entries, rate limits, cache invalidation); unset or empty: none. */
  @ValidateIf((env: EnvironmentVariables) => !!env.REDIS_URL)
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Twilio's auth token, to verify X-Twilio-Signature on status callbacks and inbound messages (unset: those are refused). */
  @IsOptional()
  @IsString()
  TWILIO_AUTH_TOKEN?: string;

  /** Hosts (host[:port]) that SNS signing certificates and subscription URLs may come from (a regular expression). */
  @IsString()
  SNS_CERT_HOST_PATTERN = '^sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$';

  /** Comma-separated SNS topic ARNs whose SES events are accepted; empty: any topic whose signature verifies. */
  @IsString()
  SNS_TOPIC_ARNS = '';
}

export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, raw, { enableImplicitConversion: false, exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length) {
    const lines = errors.map((e) => `  - ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
