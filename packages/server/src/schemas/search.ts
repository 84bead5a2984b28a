import { z } from '@hono/zod-openapi';
import { optionalQuery, queryInt } from './query.js';

/** One substring match in a document's text or an item (app's SearchHit). */
export const searchHitSchema = z
  .object({
    type: z.enum(['document', 'item']),
    document_id: z.string(),
    document_title: z.string(),
    item_id: z.string().nullable(),
    snippet: z.string().openapi({ description: 'The match with a little context around it.' }),
    start: z.number().int(),
    end: z.number().int(),
    status: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: 'Item hits on a target or milestone: its status code.' }),
    deadline: z
      .number()
      .int()
      .nullable()
      .optional()
      .openapi({ description: 'Item hits on a target or milestone: the year it falls due.' }),
  })
  .openapi('SearchHit');

export const searchQuerySchema = z.object({
  q: z
    .string({ message: 'q is required' })
    .trim()
    .min(1, { message: 'q must not be empty' })
    .max(200)
    .openapi({ example: '海外仓' }),
  limit: optionalQuery(queryInt(1, 200)).openapi({
    description: 'Hits to return: 20 when absent, at most 200.',
    default: 20,
  }),
  offset: optionalQuery(queryInt(0, 500)).openapi({
    description: 'Hits to skip; at most 500 matches are ranked.',
    default: 0,
  }),
});
