import { z } from '@hono/zod-openapi';
import { storedItemSchema, itemKindSchema, reviewStateSchema } from './item.js';
import { optionalQuery, pagingQuery, queryInt, queryYear } from './query.js';
import { statusCodeSchema, targetStatusSchema } from './status.js';
import { list } from './list.js';

/** An item with its status; null for reported figures and items the scorecard leaves out. */
export const itemWithStatusSchema = storedItemSchema
  .extend({ status: targetStatusSchema.nullable() })
  .openapi('ItemWithStatus');

/** `GET /api/items`: one page and the count before paging. */
export const itemsPageSchema = z
  .object({ total: z.number().int(), items: list(itemWithStatusSchema) })
  .openapi('ItemsPage');

export const itemsQuerySchema = z.object({
  document: optionalQuery(z.string().max(100)).openapi({ description: 'Document id.' }),
  section: optionalQuery(queryInt(0, 100_000)).openapi({ description: 'Outline entry index.' }),
  kind: optionalQuery(itemKindSchema),
  status: optionalQuery(statusCodeSchema),
  indicator: optionalQuery(z.string().max(100)).openapi({ description: 'Indicator code.' }),
  year: optionalQuery(queryYear),
  review_state: optionalQuery(reviewStateSchema),
  ...pagingQuery,
});

export type ItemsQuery = z.infer<typeof itemsQuerySchema>;
