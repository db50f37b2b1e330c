/** MARKETING blocks promotional messages only; ALL blocks every message. */
export type SuppressionScope = 'MARKETING' | 'ALL';

/** The tag that stops every message to a lead, marketing or not. */
export const DO_NOT_CONTACT_TAG = 'do-not-contact';

export interface ConsentFacts {
  /** Promotional (campaigns, offers) rather than transactional (appointment reminders, replies). */
  isMarketing: boolean;
  /** The suppression on this channel and address, if any. */
  suppression: { scope: SuppressionScope; reason: string } | null;
  /** The lead or patient opted out of marketing. */
  doNotMarket: boolean;
  /** Their tags, in any case. */
  tags: readonly string[];
}

export type ConsentDecision = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether a message may be sent now, checked at send time (not when it was queued): an opt-out
 * that arrives while a message waits still stops it. Transactional messages respect suppression
 * and the do-not-contact tag but not a marketing opt-out.
 */
export function consentToSend(facts: ConsentFacts): ConsentDecision {
  if (facts.tags.some((t) => t.toLowerCase() === DO_NOT_CONTACT_TAG)) return { allowed: false, reason: 'The contact is tagged do-not-contact' };
  if (facts.suppression && (facts.suppression.scope === 'ALL' || facts.isMarketing)) {
    return { allowed: false, reason: `The address is suppressed on this channel (${facts.suppression.reason.toLowerCase().replace('_', ' ')})` };
  }
  if (facts.isMarketing && facts.doNotMarket) return { allowed: false, reason: 'The contact opted out of marketing' };
  return { allowed: true };
}
