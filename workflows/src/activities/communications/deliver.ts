import { heartbeat } from '@temporalio/activity';
import type { BodyCipher, PrismaClient } from '@hospital-crm/db';
import { ProviderOutcomeUnknown, ProviderRejection, type Channel, type OutboundMessage, type ProviderReceipt } from '../../channels/channel';
import { COMMUNICATION_CHANNEL_LABELS, type SendableChannel } from '@hospital-crm/domain';
import type { CommunicationState } from '../../shared/messages';
import { outboundMessage, type UnsubscribeLinks } from './outbound-message';
import { stateOfStatus } from './send-decision';

export interface DeliveryDependencies {
  prisma: PrismaClient;
  cipher: BodyCipher;
  channels: Record<SendableChannel, Channel>;
  unsubscribeLinks: UnsubscribeLinks;
}

/** What a delivery attempt ended as; leadId lets the workflow refresh the lead's score. */
export interface DeliveryResult {
  state: CommunicationState;
  leadId: string | null;
}

const UNCONFIRMED =
  'Unconfirmed: the worker stopped during the provider call, or the provider gave no usable answer, and the provider cannot be asked, so it was not sent again';

/**
 * Hands one message to its provider, exactly once as far as the provider lets us know:
 * - a row already past QUEUED is not sent again (a retried activity);
 * - `dispatchStartedAt` is written before the provider call and cleared with its outcome, so a
 *   retry that finds it set knows an attempt died mid-call, or ended without a usable answer
 *   (ProviderOutcomeUnknown), and asks the provider (when it can) instead of sending a duplicate;
 * - a permanent refusal ends FAILED with the provider's reason; anything else is thrown and the
 *   workflow's retry policy tries again with backoff.
 */
export async function deliverCommunication(deps: DeliveryDependencies, communicationId: string, now = () => new Date()): Promise<DeliveryResult> {
  const { prisma } = deps;
  const row = await prisma.cRMCommunication.findUnique({ where: { id: communicationId } });
  if (!row) throw new Error(`Communication ${communicationId} is not in the database`);
  const done = stateOfStatus(row.status, row.failureReason);
  if (done) return { state: done, leadId: row.leadId };

  let message: OutboundMessage;
  try {
    message = outboundMessage(row, deps.cipher, deps.unsubscribeLinks);
  } catch (error) {
    if (error instanceof ProviderRejection) return fail(prisma, row.id, row.leadId, error.reason, now());
    throw error;
  }
  const channel = deps.channels[message.channel];

  if (row.dispatchStartedAt) {
    const found = channel.findSent ? await channel.findSent(message, row.dispatchStartedAt) : undefined;
    if (found) return recordSent(prisma, row.id, row.leadId, found, now());
    if (found === undefined) return recordSent(prisma, row.id, row.leadId, null, now());
    // The provider says it never arrived: send it now.
  } else {
    const claimed = await prisma.cRMCommunication.updateMany({
      where: { id: row.id, status: 'QUEUED', dispatchStartedAt: null },
      data: { dispatchStartedAt: now() },
    });
    if (claimed.count === 0) throw new Error(`Communication ${communicationId} changed while being claimed; retrying`);
  }

  // Heartbeats let Temporal notice a dead worker within the heartbeat timeout, not the whole start-to-close.
  const beat = setInterval(() => heartbeat(), 1000);
  let receipt: ProviderReceipt;
  try {
    receipt = await channel.send(message);
  } catch (error) {
    // The message may have gone out: the marker stays and the retry asks the provider first.
    if (error instanceof ProviderOutcomeUnknown) throw error;
    // The provider answered that it did not take it: the marker goes.
    await prisma.cRMCommunication.update({ where: { id: row.id }, data: { dispatchStartedAt: null } });
    if (error instanceof ProviderRejection) return fail(prisma, row.id, row.leadId, error.reason, now());
    throw error;
  } finally {
    clearInterval(beat);
  }
  return recordSent(prisma, row.id, row.leadId, receipt, now());
}

async function recordSent(prisma: PrismaClient, id: string, leadId: string | null, receipt: ProviderReceipt | null, at: Date): Promise<DeliveryResult> {
  await prisma.$transaction(async (tx) => {
    const sent = await tx.cRMCommunication.updateMany({
      where: { id, status: 'QUEUED' },
      data: {
        status: 'SENT',
        sentAt: at,
        dispatchStartedAt: null,
        ...(receipt ? { provider: receipt.provider, providerMessageId: receipt.providerMessageId } : { failureReason: UNCONFIRMED }),
      },
    });
    if (sent.count === 0 || !leadId) return;
    const row = await tx.cRMCommunication.findUniqueOrThrow({ where: { id }, select: { hospitalId: true, channel: true, subject: true, initiatedById: true } });
    await tx.cRMLead.updateMany({ where: { id: leadId, OR: [{ lastContactedAt: null }, { lastContactedAt: { lt: at } }] }, data: { lastContactedAt: at } });
    await tx.cRMActivity.create({
      data: {
        hospitalId: row.hospitalId,
        leadId,
        activityType: 'COMMUNICATION_SENT',
        title: `${COMMUNICATION_CHANNEL_LABELS[row.channel]} sent${row.subject ? `: ${row.subject}` : ''}`,
        metadata: { communicationId: id },
        performedById: row.initiatedById,
      },
    });
  });
  return { state: { phase: 'sent' }, leadId };
}

async function fail(prisma: PrismaClient, id: string, leadId: string | null, reason: string, at: Date): Promise<DeliveryResult> {
  await markFailed(prisma, id, reason, at);
  return { state: { phase: 'failed', reason }, leadId };
}

/** Ends a message that has not gone out as FAILED with the reason (a no-op once it is past QUEUED). */
export async function markFailed(prisma: PrismaClient, id: string, reason: string, at = new Date()): Promise<void> {
  await prisma.cRMCommunication.updateMany({
    where: { id, status: { in: ['SCHEDULED', 'QUEUED'] } },
    data: { status: 'FAILED', failureReason: reason.slice(0, 1000), failedAt: at, dispatchStartedAt: null },
  });
}
