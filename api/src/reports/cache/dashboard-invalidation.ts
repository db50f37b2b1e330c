// The one call a write path makes when it changes a dashboard number:
//   await invalidateDashboard(hospitalId);
// after its transaction commits. HTTP writes under /crm/leads, /crm/tasks, /crm/communications,
// /crm/campaigns, /crm/surveys and /crm/integrations/leads already do it (see
// invalidate-on-write.interceptor.ts); other writers (public survey answers, workflows) call it.
// The other API processes hear of it too (common/peers), so none serves the old numbers.
import { onPeerMessage, tellPeers } from '../../common/peers';

type Invalidator = (hospitalId: string) => Promise<void>;

interface Registration {
  invalidate: Invalidator;
  /** A cache every process shares (Redis): a peer's invalidation has already reached it. */
  shared: boolean;
}

const registrations = new Set<Registration>();

async function runHere(hospitalId: string, fromPeer: boolean): Promise<void> {
  const due = [...registrations].filter((registration) => !(fromPeer && registration.shared));
  await Promise.all(due.map((registration) => registration.invalidate(hospitalId).catch(() => undefined)));
}

/** Drops the hospital's cached dashboard numbers in every cache of this process and its peers. Never throws. */
export async function invalidateDashboard(hospitalId: string): Promise<void> {
  await runHere(hospitalId, false);
  tellPeers({ topic: 'dashboard', id: hospitalId });
}

onPeerMessage('dashboard', (hospitalId) => void runHere(hospitalId, true));

/** A cache registers here when the API starts; the returned function unregisters it. */
export function onDashboardInvalidation(invalidate: Invalidator, options: { shared?: boolean } = {}): () => void {
  const registration: Registration = { invalidate, shared: options.shared ?? false };
  registrations.add(registration);
  return () => registrations.delete(registration);
}
