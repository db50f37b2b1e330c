// The one call a write path makes when it changes a dashboard number:
//   await invalidateDashboard(hospitalId);
// after its transaction commits. HTTP writes under /crm/leads, /crm/tasks, /crm/communications,
// /crm/campaigns, /crm/surveys and /crm/integrations/leads already do it (see
// invalidate-on-write.interceptor.ts); other writers (public survey answers, workflows) call it.

type Invalidator = (hospitalId: string) => Promise<void>;

const invalidators = new Set<Invalidator>();

/** Drops the hospital's cached dashboard numbers in every cache this process has. Never throws. */
export async function invalidateDashboard(hospitalId: string): Promise<void> {
  await Promise.all([...invalidators].map((invalidate) => invalidate(hospitalId).catch(() => undefined)));
}

/** A cache registers here when the API starts; the returned function unregisters it. */
export function onDashboardInvalidation(invalidate: Invalidator): () => void {
  invalidators.add(invalidate);
  return () => invalidators.delete(invalidate);
}
