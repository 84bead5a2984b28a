import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { pageOf, pageSlice, pagingQuery } from '../schemas/query.js';
import { jsonContent } from './openapi-helpers.js';

/** The query of a list route that answers a plain array: `limit` and `offset` only. */
export const pagedListQuery = z.object(pagingQuery);

/** A list response: one page as a JSON array, the count before paging in a header. */
export function pagedListContent<T extends z.ZodType>(schema: T, description: string) {
  return {
    ...jsonContent(schema, `${description} One page (50 unless \`limit\` says, at most 200).`),
    headers: z.object({
      'X-Total-Count': z.string().openapi({ description: 'Rows before paging.' }),
    }),
  };
}

/**
 * One page of a list the app hands over whole (catalogs and lists that stay small beside
 * the items: documents, plans, indicators, accounts, notices), with `X-Total-Count`.
 */
export function pageOfList<T>(
  c: Context,
  all: readonly T[],
  query: { readonly limit?: number | undefined; readonly offset?: number | undefined },
): T[] {
  c.header('X-Total-Count', String(all.length));
  return pageSlice(all, pageOf(query));
}
