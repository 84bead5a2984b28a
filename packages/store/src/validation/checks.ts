import { LantuError } from '@lantu/core';

/** How many problems an INPUT_INVALID message lists before summarising the rest. */
const LISTED_PROBLEMS = 10;

/** Throws INPUT_INVALID naming the problems, if there are any. */
export function assertNoProblems(what: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const listed = problems.slice(0, LISTED_PROBLEMS).join('; ');
  const more =
    problems.length > LISTED_PROBLEMS ? `; and ${problems.length - LISTED_PROBLEMS} more` : '';
  throw new LantuError('INPUT_INVALID', `${what}: ${listed}${more}`);
}

/** A string with something in it besides spaces. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isNullableFiniteNumber(value: unknown): value is number | null {
  return value === null || isFiniteNumber(value);
}

/** A safe integer no smaller than `min`. */
export function isIntegerFrom(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

/** A calendar year as documents write them: four digits. */
export function isYear(value: unknown): value is number {
  return isIntegerFrom(value, 1000) && value <= 9999;
}

export function isOneOf<T>(allowed: readonly T[], value: unknown): value is T {
  return allowed.includes(value as T);
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A half-open span [start, end) inside a text of `length` UTF-16 units. */
export function isSpanWithin(start: unknown, end: unknown, length: number): boolean {
  return isIntegerFrom(start, 0) && isIntegerFrom(end, start) && end <= length;
}

/** Codes are lower-case slugs: `gdp`, `cn-zj-jh-yw`. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** Every change is recorded with who made it, so an actor is required. */
export function assertActor(actor: unknown): void {
  const name = typeof actor === 'object' && actor !== null && 'name' in actor ? actor.name : actor;
  assertNoProblems('actor', isNonEmptyString(name) ? [] : ['must be a non-empty string']);
}
