import { ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { getStorageToken, ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerStorage } from '@nestjs/throttler';
import { ApiError } from '../common/envelope';
import { API_KEY_RATE_LIMIT, API_KEY_RATE_WINDOW_MS, type RequestWithApiKey } from './api-key.constants';

/**
 * At most API_KEY_RATE_LIMIT requests a minute per API key and endpoint → 429 RATE_LIMITED.
 * Runs after ApiKeyGuard (put @ApiKeyAuth on the controller class and this guard on the
 * handler), so the count is kept per verified key, not per whatever a caller sends.
 * The counters live where the login limits do (auth/shared-throttler-storage.ts): in Redis when
 * REDIS_URL is set, one limit across every API process and replica; else in each process.
 */
@Injectable()
export class ApiKeyThrottlerGuard extends ThrottlerGuard {
  // Own limits (the app's ThrottlerModule is configured for logins), the app's storage: its keys
  // carry the throttler's name, so login and key counts never mix.
  constructor(@Inject(Reflector) reflector: Reflector, @Inject(getStorageToken()) storage: ThrottlerStorage) {
    super({ throttlers: [{ name: 'default', ttl: API_KEY_RATE_WINDOW_MS, limit: API_KEY_RATE_LIMIT }] }, storage, reflector);
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const key = (req as RequestWithApiKey).apiKey;
    return key ? `api-key:${key.prefix}` : `ip:${String(req.ip)}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new ApiError(
      HttpStatus.TOO_MANY_REQUESTS,
      'RATE_LIMITED',
      `Too many requests with this API key: at most ${detail.limit} a minute. Try again in ${detail.timeToBlockExpire} s`,
      { limit: detail.limit, retryAfterSeconds: detail.timeToBlockExpire },
    );
  }
}
