import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { UserRole } from '@hospital-crm/domain';

/** The user row the guard needs on every request. */
export interface GuardUser {
  id: string;
  email: string;
  role: UserRole;
  hospitalId: string | null;
  isActive: boolean;
}

/**
 * How long another API replica may keep trusting a user row after a change made elsewhere.
 * A change made through this process (deactivation) is dropped at once with `forget`.
 */
export const AUTH_USER_TTL_MS = 5_000;

/**
 * The signed-in users' rows for a few seconds, so a request does not read its user from the
 * database before doing its work. Bounded, so a burst of distinct users cannot grow it.
 */
@Injectable()
export class AuthUserCache {
  private readonly users = new LRUCache<string, GuardUser | 'missing'>({ max: 10_000, ttl: AUTH_USER_TTL_MS });
  // One database read per user at a time, however many of their requests arrive together.
  private readonly loading = new Map<string, Promise<GuardUser | null>>();

  async get(id: string, load: (id: string) => Promise<GuardUser | null>): Promise<GuardUser | null> {
    const cached = this.users.get(id);
    if (cached !== undefined) return cached === 'missing' ? null : cached;
    let pending = this.loading.get(id);
    if (!pending) {
      pending = load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    const user = await pending;
    this.users.set(id, user ?? 'missing');
    return user;
  }

  /** After a change to the user (deactivated, role changed): the next request reads the row again. */
  forget(id: string): void {
    this.users.delete(id);
    this.loading.delete(id);
  }
}
