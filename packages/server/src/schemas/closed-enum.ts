import { z } from '@hono/zod-openapi';

/**
 * A zod enum over a closed union, written as a record so that a member added to the union
 * without being added here fails to compile (the same rule as error-status.ts).
 *
 * @example
 * const polarity = closedEnum<Polarity>({ 'higher-is-better': true, 'lower-is-better': true, 'target-is-best': true });
 */
export function closedEnum<T extends string>(members: Record<T, true>): z.ZodEnum<{ [K in T]: K }> {
  // Object.keys loses the key type; the record's type guarantees every member is present.
  return z.enum(Object.keys(members) as [T, ...T[]]);
}

/** A zod enum over one of core's constant lists (STATUS_CODES, ITEM_KINDS …). */
export function listEnum<T extends string>(values: readonly T[]): z.ZodEnum<{ [K in T]: K }> {
  return z.enum(values as [T, ...T[]]);
}
