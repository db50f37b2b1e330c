import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { onDashboardInvalidation } from '../reports/cache/dashboard-invalidation';

/**
 * How long a list's total may be reused. A write through this API drops its hospital's totals at
 * once; a lead the worker creates, deletes or moves drops them as soon as PostgreSQL reports it
 * (the dashboard notifications); anything else made elsewhere shows within this time.
 */
export const LEAD_COUNT_TTL_MS = 10_000;

/**
 * The capped totals of the lead lists, per hospital and filter, for a few seconds: paging, sorting
 * and repeating a search reuse the count instead of reading up to 10,000 matches (1,000 for a search) each time.
 * Entries live under a per-hospital version that every lead write moves on (the same writes that
 * refresh the dashboard), so a count started before a write is never served after it.
 */
@Injectable()
export class LeadCountCache implements OnModuleDestroy {
  private readonly counts = new LRUCache<string, number>({ max: 5_000, ttl: LEAD_COUNT_TTL_MS });
  private readonly versions = new Map<string, number>();
  private readonly unregister = onDashboardInvalidation((hospitalId) => {
    this.versions.set(hospitalId, (this.versions.get(hospitalId) ?? 0) + 1);
    return Promise.resolve();
  });

  async get(hospitalId: string, filter: unknown, count: () => Promise<number>): Promise<number> {
    const key = `${hospitalId}:${this.versions.get(hospitalId) ?? 0}:${JSON.stringify(filter)}`;
    const cached = this.counts.get(key);
    if (cached !== undefined) return cached;
    const counted = await count();
    // A write during the count moved the version on: the key is no longer read, and dropped with age.
    this.counts.set(key, counted);
    return counted;
  }

  onModuleDestroy(): void {
    this.unregister();
  }
}
