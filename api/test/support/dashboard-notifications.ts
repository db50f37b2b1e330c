import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@hospital-crm/db';
import { DASHBOARD_CHANNEL } from '@hospital-crm/db';
import { onDashboardInvalidation } from '../../src/reports/cache/dashboard-invalidation';

/**
 * Resolves once `listeners` API apps have heard every dashboard notification committed so far:
 * notifications reach a listener in commit order, so a marker sent now arrives after them all.
 * A test that asserts a cache hit waits for this first, so no late notification drops the entry.
 */
export async function dashboardNotificationsDelivered(prisma: PrismaClient, listeners = 1): Promise<void> {
  const marker = randomUUID();
  let heard = 0;
  let done!: () => void;
  const delivered = new Promise<void>((resolve) => (done = resolve));
  const unregister = onDashboardInvalidation(async (hospitalId) => {
    if (hospitalId === marker && ++heard === listeners) done();
  });
  const timeout = setTimeout(() => done(), 5_000);
  try {
    await prisma.$executeRaw`SELECT pg_notify(${DASHBOARD_CHANNEL}, ${marker})`;
    await delivered;
    if (heard < listeners) throw new Error(`only ${heard} of ${listeners} dashboard listeners heard the marker within 5 s`);
  } finally {
    clearTimeout(timeout);
    unregister();
  }
}
