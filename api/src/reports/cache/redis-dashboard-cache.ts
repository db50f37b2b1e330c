import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { DashboardCache } from './dashboard-cache';

const PREFIX = 'hospital-crm:dashboard';

/**
 * The cache shared by every API replica (REDIS_URL): `<prefix>:version:<hospital>` is a counter,
 * entries are `<prefix>:<hospital>:<version>:<key>` with the TTL as Redis's expiry. Redis being
 * down never fails a request: a read becomes a miss and a write is skipped.
 */
export class RedisDashboardCache implements DashboardCache {
  readonly shared = true;
  private readonly logger = new Logger(RedisDashboardCache.name);
  private readonly redis: Redis;

  constructor(url: string) {
    // A slow Redis must not slow the dashboard: give up on a command after 250 ms.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 250, lazyConnect: false });
    this.redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  async read(hospitalId: string, key: string): Promise<{ value: string | null; slot: string }> {
    let version = '0';
    try {
      version = (await this.redis.get(`${PREFIX}:version:${hospitalId}`)) ?? '0';
      const slot = `${PREFIX}:${hospitalId}:${version}:${key}`;
      return { value: await this.redis.get(slot), slot };
    } catch (error) {
      this.logger.warn(`dashboard cache read failed: ${(error as Error).message}`);
      // An unreadable version: write nowhere anyone will read.
      return { value: null, slot: '' };
    }
  }

  async write(slot: string, value: string, ttlMs: number): Promise<void> {
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

  close(): Promise<void> {
    // Nothing to flush: drop the connection and stop reconnecting.
    this.redis.disconnect();
    return Promise.resolve();
  }
}
