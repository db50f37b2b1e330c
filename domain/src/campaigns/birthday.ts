// BIRTHDAY campaigns: launched once, they send every day to the contacts whose birthday it is,
// at a fixed local hour in the hospital's time zone. Each day's send is a run of its own.
import type { CampaignType } from '../enums';

/** Local hour (hospital time zone) from which a day's birthday greetings go out. */
export const BIRTHDAY_SEND_HOUR = 9;

/** Campaigns that, once launched, send daily rather than once. */
export function isDailyCampaign(campaignType: CampaignType): boolean {
  return campaignType === 'BIRTHDAY';
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The birthdays ("MM-DD") celebrated on a local date ("YYYY-MM-DD"): its own month and day, and on
 * 28 February of a year without a 29th, the people born on 29 February too (once a year, not never).
 */
export function birthdaysOn(localDate: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new RangeError(`"${localDate}" is not a date (YYYY-MM-DD)`);
  const [, year, month, day] = match;
  const monthDay = `${month}-${day}`;
  return monthDay === '02-28' && !isLeapYear(Number(year)) ? ['02-28', '02-29'] : [monthDay];
}
