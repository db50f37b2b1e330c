// The one call a write path makes when it changes a dashboard number:
//   await invalidateDashboard(hospitalId);
// after its transaction commits. HTTP writes under /crm/leads, /crm/tasks, /crm/communications,
// /crm/campaigns, /crm/surveys and /crm/integrations/leads already do it (see
// invalidate-on-write.interceptor.ts); other API writers (public survey answers) call it. Writes the
// worker makes reach the caches through the database (dashboard-change-listener.ts). An API write
// is heard that way too, after it answered: an entry computed in between is dropped once more, the
// price of not telling the notification of our own write from anyone else's.
// The other API processes hear of it too (common/peers), so none serves the old numbers.
import { onPeerMessage, tellPeers } from '../../common/peers';

type Invalidator = (hospitalId: string) => Promise<void>;

const invalidators = new Map<Invalidator, { shared: boolean }>();

async function invalidateHere(hospitalId: string, which: (shared: boolean) => boolean): Promise<void> {
  const chosen = [...invalidators].filter(([, { shared }]) => which(shared));
  await Promise.all(chosen.map(([invalidate]) => invalidate(hospitalId).catch(() => undefined)));
}

/** Drops the hospital's cached dashboard numbers in every cache of this process and its peers. Never throws. */
export async function invalidateDashboard(hospitalId: string): Promise<void> {
  // The shared cache first: a peer that hears of the write and recomputes must not find the old entry there.
  await invalidateHere(hospitalId, () => true);
  tellPeers({ topic: 'dashboard', id: hospitalId });
}

/**
 * Drops the hospital's cached dashboard numbers in this process's caches and the shared one, telling
 * no peer: for a change every process hears of by itself (the database's notifications).
 */
export async function invalidateDashboardHere(hospitalId: string): Promise<void> {
  await invalidateHere(hospitalId, () => true);
}

// A cache every replica shares was invalidated by the process the write happened in.
onPeerMessage('dashboard', (hospitalId) => void invalidateHere(hospitalId, (shared) => !shared));

/**
 * A cache registers here when the API starts; the returned function unregisters it. A `shared` cache
 * (one every process reads, such as Redis) is invalidated once, by the process where the write happened.
 */
export function onDashboardInvalidation(invalidate: Invalidator, options: { shared: boolean } = { shared: false }): () => void {
  invalidators.set(invalidate, options);
  return () => invalidators.delete(invalidate);
}
