import { z } from '@hono/zod-openapi';

/**
 * An optional query parameter. An empty value (`?jurisdiction=`) counts as absent, because
 * clients build query strings from form fields that are often blank.
 */
export function optionalQuery<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/**
 * A whole number in a query string (`?year=2025`). The type is stated for the OpenAPI
 * document, which would otherwise describe the coercion's input as nullable.
 */
export const queryInt = (min: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .openapi({ type: 'integer', minimum: min, maximum: max });

/** A four-digit year in a query string. */
export const queryYear = queryInt(1900, 2200);

/** Rows a list returns when the request names no `limit`. */
export const DEFAULT_PAGE_SIZE = 50;
/** The most rows one request may ask a list for: every read is bounded. */
export const MAX_PAGE_SIZE = 200;

/** `limit` and `offset`, shared by every paged list (default 50 rows, at most 200). */
export const pagingQuery = {
  limit: optionalQuery(queryInt(0, MAX_PAGE_SIZE)).openapi({
    description: `Rows to return: ${DEFAULT_PAGE_SIZE} when absent, at most ${MAX_PAGE_SIZE}.`,
    default: DEFAULT_PAGE_SIZE,
  }),
  offset: optionalQuery(queryInt(0, 100_000_000)).openapi({
    description: 'Rows to skip.',
    default: 0,
  }),
};

/** The page a paged request asks for, with the defaults applied. */
export function pageOf(query: {
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}): {
  readonly limit: number;
  readonly offset: number;
} {
  return { limit: query.limit ?? DEFAULT_PAGE_SIZE, offset: query.offset ?? 0 };
}

/** Slices one page out of an array (for lists that are already bounded in memory). */
export function pageSlice<T>(
  all: readonly T[],
  page: { readonly limit: number; readonly offset: number },
): T[] {
  return all.slice(page.offset, page.offset + page.limit);
}

/** A path parameter naming one stored thing by id. */
export const idParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'a1b2c3' }),
});
