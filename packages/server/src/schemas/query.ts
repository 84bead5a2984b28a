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

/** `limit` and `offset`, shared by every paged list. */
export const pagingQuery = {
  limit: optionalQuery(queryInt(0, 10_000)).openapi({ description: 'Rows to return.' }),
  offset: optionalQuery(queryInt(0, Number.MAX_SAFE_INTEGER)).openapi({
    description: 'Rows to skip.',
  }),
};

/** A path parameter naming one stored thing by id. */
export const idParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'a1b2c3' }),
});
