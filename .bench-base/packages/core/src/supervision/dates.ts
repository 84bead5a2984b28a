import { LantuError } from '../errors.js';

/**
 * Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`). Days are counted in UTC so that a
 * date means the same day on every server, whatever its time zone.
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date; INPUT_INVALID for anything else. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new LantuError('INPUT_INVALID', `"${iso}" is not a date (YYYY-MM-DD).`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day || month < 1 || month > 12) {
    throw new LantuError('INPUT_INVALID', `"${iso}" is not a calendar date.`);
  }
  return time / DAY_MS;
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` moved by `days` (negative: earlier). */
export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The last day of a month (month 1..12). */
export function lastDayOfMonth(year: number, month: number): string {
  return isoOfDay(Date.UTC(year, month, 1) / DAY_MS - 1);
}
