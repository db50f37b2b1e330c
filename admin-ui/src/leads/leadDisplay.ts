// How a lead reads on a card, a row and its page: score bands, follow-up urgency and activity
// titles. Pure, so the same words and colours come out everywhere and are tested once. Names and
// dates that read the same on every screen are in common/display.
import { isOneOf, LEAD_SOURCE_LABELS, LEAD_SOURCES, LEAD_STATUS_META, LEAD_STATUSES } from '@hospital-crm/domain';

/** A follow-up in the past (before today's start) is overdue; today is "due today". */
export const followUpState = (value: string | null | undefined, now = new Date()): 'none' | 'overdue' | 'today' | 'upcoming' => {
  if (!value) return 'none';
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return 'none';
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const startOfTomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  if (at < startOfToday) return 'overdue';
  if (at < startOfTomorrow) return 'today';
  return 'upcoming';
};

/** Score bands for the chip's colour: hot leads stand out, cold ones recede. */
export const scoreBand = (score: number | null | undefined): 'hot' | 'warm' | 'cool' | 'cold' => {
  const value = typeof score === 'number' ? score : 0;
  if (value >= 70) return 'hot';
  if (value >= 45) return 'warm';
  if (value >= 20) return 'cool';
  return 'cold';
};

/**
 * Activity titles are written by the server and may name enum values ("Lead created (WALK_IN)");
 * lead sources and statuses among them read as their labels.
 */
export const readableTitle = (title: string): string =>
  title.replace(/\b[A-Z][A-Z_]{2,}\b/g, (word) =>
    isOneOf(LEAD_SOURCES, word) ? LEAD_SOURCE_LABELS[word] : isOneOf(LEAD_STATUSES, word) ? LEAD_STATUS_META[word].label : word,
  );
