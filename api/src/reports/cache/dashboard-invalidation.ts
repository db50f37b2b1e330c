// The one call a write path makes when it changes a dashboard number:
//   await invalidateDashboard(hospitalId);
// after its transaction commits. HTTP writes under /crm/leads, /crm/tasks, /crm/communications,
// /crm/campaigns, /crm/surveys and /crm/integrations/leads already do it (see
// invalidate-on-write.interceptor.ts); other writers (public survey answers, workflows) call it.
// The other API processes hear of it too (common/peers), so none serves the old numbers.
import { onPeerMessage, tellPeers } from '../../common/peers';

type Invalidator = (hospitalId: string) => Promise<void>;

const invalidators = new Set<Invalidator>();

async function invalidateHere(hospitalId: string): Promise<void> {
  await Promise.all([...invalidators].map((invalidate) => invalidate(hospitalId).catch(() => undefined)));
}

/** Drops the hospital's cached dashboard numbers in every cache of this process and its peers. Never throws. */
export async function invalidateDashboard(hospitalId: string): Promise<void> {
  await invalidateHere(hospitalId);
  tellPeers({ topic: 'dashboard', id: hospitalId });
}

onPeerMessage('dashboard', (hospitalId) => void invalidateHere(hospitalId));

/** A cache registers here when the API starts; the returned function unregisters it. */
export function onDashboardInvalidation(invalidate: Invalidator): () => void {
  invalidators.add(invalidate);
  return () => invalidators.delete(invalidate);
}
