import { LRUCache } from 'lru-cache';
import { resolveReportRange, type ReportRange } from '@hospital-crm/domain';

/**
 * resolveReportRange, remembered: working out local days in a time zone is a good part of a
 * cached dashboard's CPU. A range given both ends never changes; one that defaults its end to
 * today holds until that day ends in the zone (its own `end`), and is worked out afresh after.
 */
export class ReportRangeMemo {
  private readonly ranges = new LRUCache<string, ReportRange>({ max: 1_000 });

  resolve(input: { from?: string; to?: string }, now: Date, timeZone: string): ReportRange {
    const key = `${timeZone}|${input.from ?? ''}|${input.to ?? ''}`;
    const known = this.ranges.get(key);
    if (known && (input.to !== undefined || now < known.end)) return known;
    const range = resolveReportRange(input, now, timeZone);
    this.ranges.set(key, range);
    return range;
  }
}
