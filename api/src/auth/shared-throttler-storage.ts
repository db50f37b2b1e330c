import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';

type Increment = ThrottlerStorage['increment'];

/**
 * Login and API-key attempts counted in Redis (REDIS_URL), so every API process and replica counts
 * against the same limit. If Redis cannot answer, this process counts on its own meanwhile: signing
 * in keeps working, with the limit per process as without Redis.
 */
export class SharedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(SharedThrottlerStorage.name);
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();

  constructor(redisUrl: string) {
    this.shared = new ThrottlerStorageRedisService(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 250 });
    this.shared.redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  async increment(...args: Parameters<Increment>): ReturnType<Increment> {
    try {
      return await this.shared.increment(...args);
    } catch (error) {
      this.logger.warn(`Redis: ${(error as Error).message}; counting in this process`);
      return this.local.increment(...args);
    }
  }

  onApplicationShutdown(): void {
    this.shared.onModuleDestroy();
    this.local.onApplicationShutdown();
  }
}

/** The storage for ThrottlerModule: shared through Redis when REDIS_URL is set, else this process's. */
export function throttlerStorage(redisUrl: string | undefined): ThrottlerStorage {
  return redisUrl ? new SharedThrottlerStorage(redisUrl) : new ThrottlerStorageService();
}
