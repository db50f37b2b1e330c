import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

const PREFIX = 'hospital-crm:dashboard';

/**
 * The second tier of the dashboard cache when REDIS_URL is set: entries every API replica shares, so
 * numbers one replica computed serve all of them. `<prefix>:version:<hospital>` is a counter;
 * entries are `<prefix>:<hospital>:<version>:<key>` with the TTL as Redis's expiry, so moving the
 * counter on drops every entry of the hospital at once. Redis being slow or down never fails a
 * request: a read becomes a miss, a write is skipped, and a failed invalidation is logged (the
 * entries then expire within their TTL).
 */
export class RedisDashboardCache {
  private readonly logger = new Logger(RedisDashboardCache.name);
  private readonly redis: Redis;

  constructor(url: string) {
    // A slow Redis must not slow the dashboard: give up on a command after 250 ms.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 250 });
    this.redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  /**
   * The cached JSON for (hospital, key) with the time it has left (null when missing), and the slot a
   * freshly computed value goes to.
   */
  async read(hospitalId: string, key: string): Promise<{ value: string | null; ttlMs: number; slot: string | null }> {
    try {
      const version = (await this.redis.get(`${PREFIX}:version:${hospitalId}`)) ?? '0';
      const slot = `${PREFIX}:${hospitalId}:${version}:${key}`;
      const [[, value], [, ttlMs]] = (await this.redis.multi().get(slot).pttl(slot).exec()) as [[Error | null, string | null], [Error | null, number]];
      return ttlMs > 0 ? { value, ttlMs, slot } : { value: null, ttlMs: 0, slot };
    } catch (error) {
      this.logger.warn(`dashboard cache read failed: ${(error as Error).message}`);
      // The version is unknown: write nowhere anyone reads.
      return { value: null, ttlMs: 0, slot: null };
    }
  }

  async write(slot: string | null, value: string, ttlMs: number): Promise<void> {
    if (!slot) return;
    try {
      await this.redis.set(slot, value, 'PX', ttlMs);
    } catch (error) {
      this.logger.warn(`dashboard cache write failed: ${(error as Error).message}`);
    }
  }

  async invalidate(hospitalId: string): Promise<void> {
    try {
      await this.redis.incr(`${PREFIX}:version:${hospitalId}`);
    } catch (error) {
      this.logger.warn(`dashboard cache invalidation failed (entries expire within their TTL): ${(error as Error).message}`);
    }
  }

  close(): void {
    // Nothing to flush: drop the connection and stop reconnecting.
    this.redis.disconnect();
  }
}
