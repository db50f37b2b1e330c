import { Inject } from '@nestjs/common';

/**
 * Where dashboard numbers are kept between requests (in each API process; every process hears of
 * every invalidation through common/peers). Entries live under a per-hospital version: `invalidate` moves the version on, so
 * every entry of the hospital is dropped at once, and a computation that started before the
 * invalidation writes under the old version, where nobody reads it.
 */
export interface DashboardCache {
  /** The cached JSON for (hospital, key) if fresh, and the slot a freshly computed value goes to. */
  read(hospitalId: string, key: string): Promise<{ value: string | null; slot: string }>;
  write(slot: string, value: string, ttlMs: number): Promise<void>;
  invalidate(hospitalId: string): Promise<void>;
  close(): Promise<void>;
}

export const DASHBOARD_CACHE = Symbol('DashboardCache');
export const InjectDashboardCache = () => Inject(DASHBOARD_CACHE);
