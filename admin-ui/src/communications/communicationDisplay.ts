// How a message reads in the list and on its page: the status's colour, which time matters for
// it, the steps it went through, and a one-line excerpt. Pure, tested once.
import { isAwaitingSend, type CommunicationStatus } from '@hospital-crm/domain';
import { plainText } from '../common/display';
import type { Communication } from '../providers/apiTypes';

/** Waiting in violet and slate, on its way in blues, answered in green, failed in red. */
export const COMMUNICATION_STATUS_COLORS: Readonly<Record<CommunicationStatus, string>> = {
  SCHEDULED: '#8b5cf6',
  QUEUED: '#64748b',
  SENT: '#3b82f6',
  DELIVERED: '#0891b2',
  READ: '#0d9488',
  RESPONDED: '#16a34a',
  FAILED: '#dc2626',
  CANCELLED: '#9ca3af',
  LOGGED: '#7c3aed',
};

/** Steps of an outbound message, in the order they happen, with the field that records each. */
const STEPS: ReadonlyArray<[CommunicationStatus, keyof Communication]> = [
  ['SCHEDULED', 'scheduledFor'],
  ['QUEUED', 'queuedAt'],
  ['SENT', 'sentAt'],
  ['DELIVERED', 'deliveredAt'],
  ['READ', 'readAt'],
  ['RESPONDED', 'respondedAt'],
  ['FAILED', 'failedAt'],
  ['CANCELLED', 'cancelledAt'],
];

export type StatusStep = { status: CommunicationStatus; at: string };

/** What happened to the message so far, oldest first (a scheduled time is shown as a step too). */
export const statusSteps = (message: Communication): StatusStep[] => {
  if (message.status === 'LOGGED') return [{ status: 'LOGGED', at: message.createdAt }];
  return STEPS.flatMap(([status, field]) => {
    const at = message[field];
    return typeof at === 'string' && at ? [{ status, at }] : [];
  });
};

/** The time that matters for the current status: when it will go, went, arrived, failed... */
export const statusTime = (message: Communication): string => {
  if (message.status === 'SCHEDULED' && message.scheduledFor) return message.scheduledFor;
  const step = [...statusSteps(message)].reverse().find((s) => s.status === message.status);
  return step?.at ?? message.createdAt;
};

/** A message still waiting to go out can be cancelled or moved; anything else is history. */
export const isWaiting = (message: Pick<Communication, 'status' | 'direction'>): boolean => message.direction === 'OUTBOUND' && isAwaitingSend(message.status);

/** The first words of the subject, else the body, else a logged call's outcome or notes. */
export const excerpt = (message: Communication, max = 90): string => {
  const text = message.subject ?? (message.body ? plainText(message.body) : null) ?? message.outcome ?? message.notes ?? '';
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
};

/** '4 min 5 s', '45 s', '1 h 2 min'. */
export const durationText = (seconds: number | null | undefined): string => {
  if (seconds === null || seconds === undefined || seconds < 0) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  if (m) return s ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
};

/** Who the message is with: the lead or the patient. */
export const counterpartOf = (message: Pick<Communication, 'lead' | 'patient'>) => message.lead ?? message.patient ?? null;
