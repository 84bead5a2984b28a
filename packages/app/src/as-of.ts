import { LantuError } from '@lantu/core';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * The date statuses are computed for: the caller's ISO date, validated, or today (UTC)
 * from the clock. INPUT_INVALID for anything that is not a real calendar date.
 */
export function resolveAsOf(asOf: string | undefined, now: () => Date): string {
  if (asOf === undefined) return now().toISOString().slice(0, 10);
  const match = ISO_DATE.exec(asOf.trim());
  const date = match === null ? null : new Date(`${asOf.trim()}T00:00:00Z`);
  // Date rolls 2026-02-30 over to March, so a round trip catches impossible days.
  if (
    date === null ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== asOf.trim()
  ) {
    throw new LantuError(
      'INPUT_INVALID',
      `as-of date "${asOf}" is not an ISO date such as 2026-03-01`,
    );
  }
  return asOf.trim();
}
