import type { PrismaClient } from '@hospital-crm/db';

/** Only a message that has not begun its provider call can still be cancelled or moved. */
const AWAITING = { status: { in: ['SCHEDULED' as const, 'QUEUED' as const] }, dispatchStartedAt: null };

/** Marks a waiting message CANCELLED; false when it was already past waiting. */
export async function cancelWaiting(prisma: PrismaClient, communicationId: string, at = new Date()): Promise<boolean> {
  const { count } = await prisma.cRMCommunication.updateMany({
    where: { id: communicationId, ...AWAITING },
    data: { status: 'CANCELLED', cancelledAt: at },
  });
  return count === 1;
}

/** Moves a waiting message to `sendAt`; false when it was already past waiting. */
export async function rescheduleWaiting(prisma: PrismaClient, communicationId: string, sendAt: string): Promise<boolean> {
  const { count } = await prisma.cRMCommunication.updateMany({
    where: { id: communicationId, ...AWAITING },
    data: { status: 'SCHEDULED', scheduledFor: new Date(sendAt), queuedAt: null },
  });
  return count === 1;
}
