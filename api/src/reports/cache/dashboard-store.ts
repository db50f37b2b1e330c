import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { DashboardCache } from './dashboard-cache';
import { onDashboardInvalidation } from './dashboard-invalidation';
import type { RedisDashboardCache } from './redis-dashboard-cache';

/**
 * Dashboard numbers between requests, in two tiers: this process's entries (no round trip), then,
 * when REDIS_URL is set, the entries every replica shares. A miss in both computes the numbers once
 * per process however many requests ask at the same moment (after an invalidation the whole
 * console asks at once), and keeps them in both tiers for `ttlMs`.
 */
export class DashboardStore implements OnModuleInit, OnModuleDestroy {
  private readonly computing = new Map<string, Promise<string>>();
  private unregister?: () => void;

  constructor(
    private readonly local: DashboardCache,
    private readonly shared: RedisDashboardCache | null,
  ) {}

  async get<T>(hospitalId: string, key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
    const { value, slot } = this.local.read(hospitalId, key);
    if (value !== null) return JSON.parse(value) as T;
    let pending = this.computing.get(slot);
    if (!pending) {
      pending = this.fill(hospitalId, key, slot, ttlMs, compute).finally(() => this.computing.delete(slot));
      this.computing.set(slot, pending);
    }
    return JSON.parse(await pending) as T;
  }

  private async fill<T>(hospitalId: string, key: string, localSlot: string, ttlMs: number, compute: () => Promise<T>): Promise<string> {
    const shared = await this.shared?.read(hospitalId, key);
    if (shared?.value) {
      this.local.write(localSlot, shared.value, shared.ttlMs);
      return shared.value;
    }
    const value = JSON.stringify(await compute());
    this.local.write(localSlot, value, ttlMs);
    await this.shared?.write(shared?.slot ?? null, value, ttlMs);
    return value;
  }

  /** While the app runs, invalidateDashboard() reaches the shared tier (the local one registers itself). */
  onModuleInit(): void {
    const shared = this.shared;
    if (shared) this.unregister = onDashboardInvalidation((hospitalId) => shared.invalidate(hospitalId), { shared: true });
  }

  onModuleDestroy(): void {
    this.unregister?.();
    this.shared?.close();
  }
}
