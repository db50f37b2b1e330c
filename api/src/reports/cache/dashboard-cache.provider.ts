import { Injectable, type OnApplicationShutdown, type OnModuleInit, type Provider } from '@nestjs/common';
import { DASHBOARD_CACHE, InjectDashboardCache, type DashboardCache } from './dashboard-cache';
import { onDashboardInvalidation } from './dashboard-invalidation';
import { MemoryDashboardCache } from './memory-dashboard-cache';
import { RedisDashboardCache } from './redis-dashboard-cache';

/** Redis when REDIS_URL is set (every replica shares entries and invalidations), else this process. */
export function createDashboardCache(redisUrl: string | undefined): DashboardCache {
  if (!redisUrl) return new MemoryDashboardCache();
  if (!/^rediss?:\/\/\S+$/.test(redisUrl)) throw new Error('REDIS_URL must be a redis:// or rediss:// URL');
  return new RedisDashboardCache(redisUrl);
}

export const dashboardCacheProvider: Provider = { provide: DASHBOARD_CACHE, useFactory: () => createDashboardCache(process.env.REDIS_URL) };

/** Connects the cache to invalidateDashboard() while the app runs, and closes it at shutdown. */
@Injectable()
export class DashboardCacheLifecycle implements OnModuleInit, OnApplicationShutdown {
  private unregister?: () => void;

  constructor(@InjectDashboardCache() private readonly cache: DashboardCache) {}

  onModuleInit(): void {
    this.unregister = onDashboardInvalidation((hospitalId) => this.cache.invalidate(hospitalId), { shared: this.cache.shared });
  }

  async onApplicationShutdown(): Promise<void> {
    this.unregister?.();
    await this.cache.close();
  }
}
