// How a lead reads on a card, a row and its page: names, initials, score bands, follow-up urgency,
// dates. Pure, so the same words and colours come out everywhere and are tested once.
import { isOneOf, LEAD_SOURCE_LABELS, LEAD_SOURCES, LEAD_STATUS_META, LEAD_STATUSES } from '@hospital-crm/domain';

export const fullName = (lead: { firstName?: string | null; lastName?: string | null }) => [lead.firstName, lead.lastName].filter(Boolean).join(' ').trim();

/** "Priya S.": first name and the initial of the last. */
export const shortName = (person: { firstName?: string | null; lastName?: string | null }) => {
  const initial = person.lastName?.trim().charAt(0);
  return [person.firstName?.trim(), initial ? `${initial.toUpperCase()}.` : ''].filter(Boolean).join(' ');
};

export const initialsOf = (person: { firstName?: string | null; lastName?: string | null }) =>
  [person.firstName, person.lastName]
    .map((part) => part?.trim().charAt(0) ?? '')
    .join('')
    .toUpperCase() || '?';

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

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const shortDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

const parse = (value: string | Date | null | undefined): Date | null => {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** '12 Apr 1980'; a birth date (stored as a calendar day at UTC midnight) keeps its day in every zone. */
export const formatDate = (value: string | Date | null | undefined, { calendarDay = false } = {}): string => {
  const date = parse(value);
  if (!date) return '';
  if (calendarDay) {
    return dateFormat.format(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  }
  return dateFormat.format(date);
};

/** '25 Nov' this year, '25 Nov 2027' otherwise: short enough for a card. */
export const formatShortDate = (value: string | Date | null | undefined, now = new Date()): string => {
  const date = parse(value);
  if (!date) return '';
  return date.getFullYear() === now.getFullYear() ? shortDateFormat.format(date) : dateFormat.format(date);
};

export const formatDateTime = (value: string | Date | null | undefined): string => {
  const date = parse(value);
  return date ? dateTimeFormat.format(date) : '';
};

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** 'just now', '5 minutes ago', 'yesterday', 'in 3 days'. */
export const relativeTime = (value: string | Date | null | undefined, now = new Date()): string => {
  const date = parse(value);
  if (!date) return '';
  let amount = (date.getTime() - now.getTime()) / 1000;
  if (Math.abs(amount) < 45) return 'just now';
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return dateFormat.format(date);
};

/**
 * Activity titles are written by the server and may name enum values ("Lead created (WALK_IN)");
 * lead sources and statuses among them read as their labels.
 */
export const readableTitle = (title: string): string =>
  title.replace(/\b[A-Z][A-Z_]{2,}\b/g, (word) =>
    isOneOf(LEAD_SOURCES, word) ? LEAD_SOURCE_LABELS[word] : isOneOf(LEAD_STATUSES, word) ? LEAD_STATUS_META[word].label : word,
  );
