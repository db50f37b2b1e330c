import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { UserRole } from '@hospital-crm/domain';
import { onPeerMessage, tellPeers } from '../peers';

/** The user row the guard needs on every request. */
export interface GuardUser {
  id: string;
  email: string;
  role: UserRole;
  hospitalId: string | null;
  isActive: boolean;
}

/**
 * How long a process may keep trusting a user row after a change made outside the API, or when
 * the message from the process that made the change was lost. A change made through the API
 * (deactivation, role change) is dropped at once with `forget`, here and in every peer process.
 */
export const AUTH_USER_TTL_MS = 5_000;

/**
 * The signed-in users' rows for a few seconds, so a request does not read its user from the
 * database before doing its work. Bounded, so a burst of distinct users cannot grow it.
 */
@Injectable()
export class AuthUserCache implements OnModuleDestroy {
  private readonly users = new LRUCache<string, GuardUser | 'missing'>({ max: 10_000, ttl: AUTH_USER_TTL_MS });
  // One database read per user at a time, however many of their requests arrive together.
  private readonly loading = new Map<string, Promise<GuardUser | null>>();
  private readonly stopHearing = onPeerMessage('auth-user', (id) => this.drop(id));

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
    this.drop(id);
    tellPeers({ topic: 'auth-user', id });
  }

  onModuleDestroy(): void {
    this.stopHearing();
  }

  private drop(id: string): void {
    this.users.delete(id);
    this.loading.delete(id);
  }
}
