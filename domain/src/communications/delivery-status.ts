import type { CommunicationStatus } from '../enums';

/**
 * How far an outbound message has got. Provider callbacks arrive late, twice or out of order,
 * so a status only ever moves forward: DELIVERED after READ changes nothing.
 */
const PROGRESS: Partial<Record<CommunicationStatus, number>> = {
  SCHEDULED: 0,
  QUEUED: 1,
  SENT: 2,
  DELIVERED: 3,
  READ: 4,
  RESPONDED: 5,
};

/** Channels a message can be sent on through a provider (the rest are logged by hand). */
export const SENDABLE_CHANNELS = ['EMAIL', 'SMS', 'WHATSAPP'] as const;
export type SendableChannel = (typeof SENDABLE_CHANNELS)[number];

export function isSendableChannel(channel: string): channel is SendableChannel {
  return (SENDABLE_CHANNELS as readonly string[]).includes(channel);
}

/**
 * Whether a provider event may move a message from `current` to `next`.
 * FAILED is reachable only before the message was delivered (a bounce after SENT);
 * CANCELLED and FAILED are final.
 */
export function canAdvanceDelivery(current: CommunicationStatus, next: CommunicationStatus): boolean {
  if (current === 'CANCELLED' || current === 'FAILED' || current === 'LOGGED') return false;
  if (next === 'FAILED') return (PROGRESS[current] ?? 0) <= PROGRESS.SENT!;
  const from = PROGRESS[current];
  const to = PROGRESS[next];
  return from !== undefined && to !== undefined && to > from;
}

/** Statuses a scheduled message can still be cancelled or rescheduled from. */
export function isAwaitingSend(status: CommunicationStatus): boolean {
  return status === 'SCHEDULED' || status === 'QUEUED';
}
