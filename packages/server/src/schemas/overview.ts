import { z } from '@hono/zod-openapi';
import { COMPARATORS } from '@lantu/core';
import { listEnum } from './closed-enum.js';
import { documentSummarySchema } from './document.js';
import { documentFrameworkSchema } from './framework.js';
import { indicatorSchema } from './indicator.js';
import { optionalQuery } from './query.js';
import { statusTotalsSchema, targetStatusSchema } from './status.js';
import { list } from './list.js';

/** The latest reported figure a headline status rests on, in the indicator's base unit. */
const headlineLatestSchema = z.object({
  value: z.number(),
  year: z.number().int(),
  period: z.string().nullable(),
  is_bound: z
    .boolean()
    .openapi({ description: 'A threshold passed (突破/超), not an exact figure.' }),
  unit: z.string().nullable(),
});

/** The target a headline is measured against; values in the indicator's base unit. */
const headlineTargetSchema = z.object({
  item_id: z.string(),
  document_id: z.string(),
  metric: z.string(),
  text: z.string().openapi({ description: 'The target as written in the document.' }),
  comparator: listEnum(COMPARATORS).nullable(),
  value: z.number(),
  value_max: z.number().nullable(),
  year: z.number().int().nullable(),
  unit: z.string().nullable(),
});

/** One headline indicator: latest figure against its current target. */
export const headlineSchema = z
  .object({
    indicator: indicatorSchema,
    latest: headlineLatestSchema,
    target: headlineTargetSchema,
    status: targetStatusSchema,
  })
  .openapi('Headline');

export type Headline = z.infer<typeof headlineSchema>;

/** `GET /api/overview`: the front page in one request. */
export const overviewSchema = z
  .object({
    as_of: z.string(),
    totals: statusTotalsSchema,
    headline: list(headlineSchema).openapi({
      description:
        'Linked indicators with both a target and a latest figure, in catalog order (GDP first).',
    }),
    frameworks: list(documentFrameworkSchema),
    documents: list(documentSummarySchema).openapi({
      description: 'The first 50 documents of the scope, with their frameworks above.',
    }),
    documents_total: z.number().int().optional().openapi({
      description: 'Documents in the scope, listed or not.',
    }),
  })
  .openapi('Overview');

export const overviewQuerySchema = z.object({
  jurisdiction: optionalQuery(z.string().max(100)).openapi({
    description: 'Jurisdiction code or name.',
  }),
  plan: optionalQuery(z.string().max(100)).openapi({
    description: 'Plan id: only its targets and documents.',
  }),
});
