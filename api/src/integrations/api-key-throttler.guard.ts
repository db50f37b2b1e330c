import { ExecutionContext, HttpStatus, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { throttlerStorage } from '../auth/shared-throttler-storage';
import { ApiError } from '../common/envelope';
import { API_KEY_RATE_LIMIT, API_KEY_RATE_WINDOW_MS, type RequestWithApiKey } from './api-key.constants';

/**
 * At most API_KEY_RATE_LIMIT requests a minute per API key and endpoint → 429 RATE_LIMITED.
 * Runs after ApiKeyGuard (put @ApiKeyAuth on the controller class and this guard on the
 * handler), so the count is kept per verified key, not per whatever a caller sends.
 * The counters live in Redis when REDIS_URL is set (one limit across every API process and
 * replica), else in this process (several processes each allow the limit).
 */
@Injectable()
export class ApiKeyThrottlerGuard extends ThrottlerGuard implements OnApplicationShutdown {
  // Own options and storage: the app's ThrottlerModule is configured for logins, not for keys.
  constructor(@Inject(Reflector) reflector: Reflector) {
    super({ throttlers: [{ name: 'default', ttl: API_KEY_RATE_WINDOW_MS, limit: API_KEY_RATE_LIMIT }] }, throttlerStorage(process.env.REDIS_URL), reflector);
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

  onApplicationShutdown(): void {
    (this.storageService as Partial<OnApplicationShutdown>).onApplicationShutdown?.();
  }
}
