import type { DashboardCache } from './dashboard-cache';

/** The in-process cache (one API process): a bounded map, oldest entry evicted first. */
export class MemoryDashboardCache implements DashboardCache {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly maxEntries = 1_000,
    private readonly clock: () => number = Date.now,
  ) {}

  read(hospitalId: string, key: string): Promise<{ value: string | null; slot: string }> {
    const slot = `${hospitalId}:${this.versions.get(hospitalId) ?? 0}:${key}`;
    const hit = this.entries.get(slot);
    if (hit && hit.expiresAt > this.clock()) return Promise.resolve({ value: hit.value, slot });
    this.entries.delete(slot);
    return Promise.resolve({ value: null, slot });
  }

  write(slot: string, value: string, ttlMs: number): Promise<void> {
    // A slot of an older version is never read again: do not keep it.
    const hospitalId = slot.slice(0, slot.indexOf(':'));
    if (!slot.startsWith(`${hospitalId}:${this.versions.get(hospitalId) ?? 0}:`)) return Promise.resolve();
    this.entries.delete(slot);
    this.entries.set(slot, { value, expiresAt: this.clock() + ttlMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return Promise.resolve();
  }

  invalidate(hospitalId: string): Promise<void> {
    this.versions.set(hospitalId, (this.versions.get(hospitalId) ?? 0) + 1);
    for (const slot of this.entries.keys()) if (slot.startsWith(`${hospitalId}:`)) this.entries.delete(slot);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.entries.clear();
    return Promise.resolve();
  }
}
