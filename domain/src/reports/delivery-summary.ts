import type { CommunicationDirection, CommunicationStatus } from '../enums';
import { percent } from './report-math';

// Outbound messages handed to a provider, and how far they got.

/** Outbound statuses that never reached a provider: waiting, withdrawn, or logged by hand. */
const NOT_SENT: readonly CommunicationStatus[] = ['SCHEDULED', 'QUEUED', 'CANCELLED', 'LOGGED'];
const DELIVERED: readonly CommunicationStatus[] = ['DELIVERED', 'READ', 'RESPONDED'];
const READ: readonly CommunicationStatus[] = ['READ', 'RESPONDED'];

export interface StatusCount {
  direction: CommunicationDirection;
  status: CommunicationStatus;
  count: number;
}

export interface DeliverySummary {
  /** Outbound messages a provider was asked to deliver (including the ones that failed). */
  sent: number;
  delivered: number;
  read: number;
  responded: number;
  failed: number;
  /** Each as a percentage of `sent`, one decimal; null when nothing was sent. */
  deliveryRate: number | null;
  readRate: number | null;
  responseRate: number | null;
  failureRate: number | null;
}

export function deliverySummary(rows: readonly StatusCount[]): DeliverySummary {
  let sent = 0;
  let delivered = 0;
  let read = 0;
  let responded = 0;
  let failed = 0;
  for (const { direction, status, count } of rows) {
    if (direction !== 'OUTBOUND' || NOT_SENT.includes(status)) continue;
    sent += count;
    if (DELIVERED.includes(status)) delivered += count;
    if (READ.includes(status)) read += count;
    if (status === 'RESPONDED') responded += count;
    if (status === 'FAILED') failed += count;
  }
  return {
    sent,
    delivered,
    read,
    responded,
    failed,
    deliveryRate: percent(delivered, sent),
    readRate: percent(read, sent),
    responseRate: percent(responded, sent),
    failureRate: percent(failed, sent),
  };
}
