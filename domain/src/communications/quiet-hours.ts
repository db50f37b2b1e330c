import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidClockTime(value: string): boolean {
  return HH_MM.test(value);
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When a marketing message held by quiet hours may go out: null when `now` is outside the quiet
 * window, otherwise the instant the window ends in the hospital's zone. The window is local
 * wall-clock "HH:mm" to "HH:mm" and may cross midnight (21:00 → 08:00). Equal ends mean no window.
 */
export function quietHoursEnd(now: Date, timeZone: string, start: string | null, end: string | null): Date | null {
  if (!start || !end || start === end) return null;
  if (!isValidClockTime(start) || !isValidClockTime(end)) throw new RangeError(`Quiet hours must be HH:mm, got ${start}-${end}`);
  const local = formatInTimeZone(now, timeZone, 'HH:mm');
  const at = minutesOf(local);
  const from = minutesOf(start);
  const to = minutesOf(end);
  const inside = from < to ? at >= from && at < to : at >= from || at < to;
  if (!inside) return null;
  // The end is today (local) if it is still ahead on the clock, else tomorrow.
  const today = formatInTimeZone(now, timeZone, 'yyyy-MM-dd');
  const day = at < to ? today : nextDay(today);
  return fromZonedTime(`${day}T${end}:00`, timeZone);
}

function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
