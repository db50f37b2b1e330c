import { Injectable, type OnApplicationShutdown, type OnModuleInit, type Provider } from '@nestjs/common';
import { DASHBOARD_CACHE, InjectDashboardCache, type DashboardCache } from './dashboard-cache';
import { onDashboardInvalidation } from './dashboard-invalidation';
import { MemoryDashboardCache } from './memory-dashboard-cache';

/**
 * Each API process keeps its own entries: a cached dashboard is served with no round trip at all.
 * They stay coherent because every invalidation reaches every process (common/peers).
 */
export const dashboardCacheProvider: Provider = { provide: DASHBOARD_CACHE, useFactory: () => new MemoryDashboardCache() };

/** Connects the cache to invalidateDashboard() while the app runs, and closes it at shutdown. */
@Injectable()
export class DashboardCacheLifecycle implements OnModuleInit, OnApplicationShutdown {
  private unregister?: () => void;

  constructor(@InjectDashboardCache() private readonly cache: DashboardCache) {}

  onModuleInit(): void {
    this.unregister = onDashboardInvalidation((hospitalId) => this.cache.invalidate(hospitalId));
  }

  async onApplicationShutdown(): Promise<void> {
    this.unregister?.();
    await this.cache.close();
  }
}
