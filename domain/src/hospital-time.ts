import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

export interface DayWindow {
  /** First instant of the local day. */
  start: Date;
  /** First instant of the next local day (exclusive end). */
  end: Date;
}

/** True when the IANA zone is known to this runtime's Intl, e.g. 'Asia/Kolkata'. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The local calendar day containing `now` in the hospital's zone, as UTC instants.
 * "Today's tasks" in Kolkata starts at 18:30 UTC the day before; DST days are 23 or 25 hours.
 */
export function hospitalDay(now: Date, timeZone: string): DayWindow {
  const localDate = formatInTimeZone(now, timeZone, 'yyyy-MM-dd');
  const start = fromZonedTime(`${localDate}T00:00:00`, timeZone);
  const [y, m, d] = localDate.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const end = fromZonedTime(`${next.toISOString().slice(0, 10)}T00:00:00`, timeZone);
  return { start, end };
}

/** The first instant of the local calendar month containing `now`, as a UTC instant. */
export function hospitalMonthStart(now: Date, timeZone: string): Date {
  return fromZonedTime(`${formatInTimeZone(now, timeZone, 'yyyy-MM')}-01T00:00:00`, timeZone);
}

/** A date and time as the hospital's staff read it, e.g. "12 Mar 2026, 09:30 (Asia/Kolkata)". */
export function formatHospitalTime(at: Date, timeZone: string): string {
  return `${formatInTimeZone(at, timeZone, 'd MMM yyyy, HH:mm')} (${timeZone})`;
}
