import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

// A report's date range: local calendar days in the hospital's zone, both ends included.

export const REPORT_INTERVALS = ['day', 'week', 'month'] as const;
export type ReportInterval = (typeof REPORT_INTERVALS)[number];

/** Without from/to a report covers the last 30 local days, today included. */
export const DEFAULT_REPORT_DAYS = 30;
/** The longest range a report accepts (two years and a day). */
export const MAX_REPORT_DAYS = 731;

export interface ReportRange {
  /** First local day, YYYY-MM-DD. */
  from: string;
  /** Last local day, YYYY-MM-DD (included). */
  to: string;
  timezone: string;
  /** The first instant of `from` in the zone. */
  start: Date;
  /** The first instant of the day after `to` in the zone (exclusive end). */
  end: Date;
}

/** A bad from/to: the message names the parameter; the API answers 400. */
export class ReportRangeError extends RangeError {
  override readonly name: string = 'ReportRangeError';

  constructor(
    readonly field: 'from' | 'to',
    message: string,
  ) {
    super(message);
  }
}

const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isLocalDay(value: string): boolean {
  const m = LOCAL_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The day `n` days after (or before, when negative) a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The local calendar day an instant falls on in the zone. */
export function localDayOf(at: Date, timeZone: string): string {
  return formatInTimeZone(at, timeZone, 'yyyy-MM-dd');
}

/** The first instant of a local day in the zone. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  return fromZonedTime(`${day}T00:00:00`, timeZone);
}

/**
 * Resolves optional from/to (YYYY-MM-DD, local to the hospital) into instants. Missing `to` is
 * today; missing `from` is `to` minus 29 days. Throws ReportRangeError for a bad day, a reversed
 * range or one longer than MAX_REPORT_DAYS.
 */
export function resolveReportRange(input: { from?: string; to?: string }, now: Date, timeZone: string): ReportRange {
  for (const field of ['from', 'to'] as const) {
    const value = input[field];
    if (value !== undefined && !isLocalDay(value)) throw new ReportRangeError(field, `${field} must be a calendar day written YYYY-MM-DD, got "${value}"`);
  }
  const to = input.to ?? localDayOf(now, timeZone);
  const from = input.from ?? addDays(to, -(DEFAULT_REPORT_DAYS - 1));
  if (from > to) throw new ReportRangeError('from', `from (${from}) must not be after to (${to})`);
  if (daysBetween(from, to) + 1 > MAX_REPORT_DAYS) throw new ReportRangeError('from', `A report covers at most ${MAX_REPORT_DAYS} days`);
  return { from, to, timezone: timeZone, start: startOfLocalDay(from, timeZone), end: startOfLocalDay(addDays(to, 1), timeZone) };
}
