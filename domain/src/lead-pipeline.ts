import type { LeadStatus } from './enums';
import { defineTransitions, IllegalTransitionError } from './state-machine';

export const OPEN_LEAD_STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED'] as const satisfies readonly LeadStatus[];
export type OpenLeadStatus = (typeof OPEN_LEAD_STATUSES)[number];

export function isOpenLeadStatus(status: LeadStatus): status is OpenLeadStatus {
  return (OPEN_LEAD_STATUSES as readonly LeadStatus[]).includes(status);
}

// Open stages move freely among themselves (staff fix Kanban mistakes in either direction);
// any open lead converts (a walk-in may register on the spot); a lost lead re-opens at the
// start of the funnel.
export const LEAD_TRANSITIONS = defineTransitions<LeadStatus>(
  {
    NEW: ['CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED', 'CONVERTED', 'LOST'],
    CONTACTED: ['NEW', 'QUALIFIED', 'APPOINTMENT_SCHEDULED', 'CONVERTED', 'LOST'],
    QUALIFIED: ['NEW', 'CONTACTED', 'APPOINTMENT_SCHEDULED', 'CONVERTED', 'LOST'],
    APPOINTMENT_SCHEDULED: ['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'LOST'],
    CONVERTED: [],
    LOST: ['NEW', 'CONTACTED'],
  },
  'lead',
);

export const LOST_REQUIRES_REASON = true;

export class MissingLostReasonError extends Error {
  override readonly name: string = 'MissingLostReasonError';

  constructor(readonly from: LeadStatus) {
    super('A reason is required to mark a lead as LOST');
  }
}

/** The move is legal, but conversion creates a patient and so has its own action. */
export class UseConvertError extends IllegalTransitionError {
  override readonly name: string = 'UseConvertError';

  constructor(from: LeadStatus) {
    super('lead', from, 'CONVERTED', 'a status change cannot convert a lead, use convert');
  }
}

/** Checks a status change requested by staff (the status endpoint or a Kanban drop). */
export function validateLeadMove(from: LeadStatus, to: LeadStatus, reason?: string | null): void {
  LEAD_TRANSITIONS.assertMove(from, to);
  if (to === 'CONVERTED') throw new UseConvertError(from);
  if (to === 'LOST' && LOST_REQUIRES_REASON && !reason?.trim()) throw new MissingLostReasonError(from);
}
