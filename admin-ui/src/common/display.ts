// How people and times read everywhere in the console: names, initials, dates, "3 hours ago", and
// the datetime-local values of date-time fields. Pure, so every screen says it the same way.

type Named = { firstName?: string | null; lastName?: string | null };

export const fullName = (person: Named) => [person.firstName, person.lastName].filter(Boolean).join(' ').trim();

/** "Priya S.": first name and the initial of the last. */
export const shortName = (person: Named) => {
  const initial = person.lastName?.trim().charAt(0);
  return [person.firstName?.trim(), initial ? `${initial.toUpperCase()}.` : ''].filter(Boolean).join(' ');
};

export const initialsOf = (person: Named) =>
  [person.firstName, person.lastName]
    .map((part) => part?.trim().charAt(0) ?? '')
    .join('')
    .toUpperCase() || '?';

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

/** A datetime-local value ('2026-11-25T10:00', read in the browser's zone), an ISO string or a Date → ISO instant. */
export const toInstant = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The value an `<input type="datetime-local">` shows for an instant, in the browser's zone ('2026-11-25T10:00'). */
export const toDateTimeLocal = (value: string | Date | null | undefined): string => {
  const date = parse(value);
  if (!date) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** `hours` from now, on the next whole quarter hour: a sensible default for "send later" and "due". */
export const roundedLater = (hours: number, now = new Date()): Date => {
  const at = new Date(now.getTime() + hours * 3_600_000);
  at.setSeconds(0, 0);
  at.setMinutes(Math.ceil(at.getMinutes() / 15) * 15);
  return at;
};

// Email bodies are HTML; lists and excerpts show their text.
const TAGS = /<[^>]*>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

/** Email bodies are HTML: the text a person reads, on one line. */
export const plainText = (html: string): string =>
  html
    .replace(/<(br|\/p|\/div|\/li)\s*\/?>/gi, ' ')
    .replace(TAGS, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
