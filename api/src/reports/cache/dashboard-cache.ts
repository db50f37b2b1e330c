import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { onDashboardInvalidation } from './dashboard-invalidation';

/**
 * Where dashboard numbers are kept between requests: in each API process, a bounded map (oldest
 * entry evicted first), so a cached dashboard costs no round trip. Every process hears of every
 * invalidation (dashboard-invalidation.ts, common/peers). Entries live under a per-hospital
 * version: `invalidate` moves it on, so every entry of the hospital is dropped at once, and a
 * computation that started before the invalidation writes under the old version, where nobody reads it.
 */
export class DashboardCache implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private readonly versions = new Map<string, number>();
  private unregister?: () => void;

  constructor(
    private readonly maxEntries = 1_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The cached JSON for (hospital, key) if fresh, and the slot a freshly computed value goes to. */
  read(hospitalId: string, key: string): { value: string | null; slot: string } {
    const slot = `${hospitalId}:${this.versions.get(hospitalId) ?? 0}:${key}`;
    const hit = this.entries.get(slot);
    if (hit && hit.expiresAt > this.clock()) return { value: hit.value, slot };
    this.entries.delete(slot);
    return { value: null, slot };
  }

  write(slot: string, value: string, ttlMs: number): void {
    // A slot of an older version is never read again: do not keep it.
    const hospitalId = slot.slice(0, slot.indexOf(':'));
    if (!slot.startsWith(`${hospitalId}:${this.versions.get(hospitalId) ?? 0}:`)) return;
    this.entries.delete(slot);
    this.entries.set(slot, { value, expiresAt: this.clock() + ttlMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  invalidate(hospitalId: string): void {
    this.versions.set(hospitalId, (this.versions.get(hospitalId) ?? 0) + 1);
    for (const slot of this.entries.keys()) if (slot.startsWith(`${hospitalId}:`)) this.entries.delete(slot);
  }

  /** While the app runs, invalidateDashboard() reaches this cache. */
  onModuleInit(): void {
    this.unregister = onDashboardInvalidation((hospitalId) => Promise.resolve(this.invalidate(hospitalId)));
  }

  onModuleDestroy(): void {
    this.unregister?.();
    this.entries.clear();
  }
}
