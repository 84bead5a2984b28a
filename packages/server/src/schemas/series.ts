import { z } from '@hono/zod-openapi';
import { indicatorSchema } from './indicator.js';
import { storedObservationSchema } from './observation.js';
import { scorecardRowSchema } from './scorecard.js';
import { list } from './list.js';

const promiseEventSchema = z.object({
  kind: z.enum(['made', 'restated', 'changed', 'dropped']),
  document: z.object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    date: z.string().nullable(),
    jurisdiction_code: z.string().nullable(),
  }),
  target: z.string(),
  sentence: z.string().nullable(),
  item_id: z.string().nullable(),
});

const promiseHistorySchema = z
  .object({
    year: z.number().int(),
    measure: z.string().nullable(),
    events: list(promiseEventSchema),
  })
  .openapi('PromiseHistory');

/** One indicator's observations and linked targets for a jurisdiction (app's IndicatorSeries). */
export const indicatorSeriesSchema = z
  .object({
    indicator: indicatorSchema,
    jurisdiction: z.string(),
    observations: list(storedObservationSchema),
    targets: list(scorecardRowSchema),
    promises: list(promiseHistorySchema).openapi({
      description:
        'Each promise (deadline, measure) across documents: made, restated, changed, dropped.',
    }),
    analyses: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })).openapi({
      description: 'Per target id: growth still required, trend to the deadline, just met/missed.',
    }),
  })
  .openapi('IndicatorSeries');

export const seriesParamsSchema = z.object({
  code: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'gdp' }),
});

export const seriesQuerySchema = z.object({
  jurisdiction: z
    .string({ message: 'jurisdiction is required (a code such as cn-zj-jh-yw, or a name)' })
    .min(1, { message: 'jurisdiction is required (a code such as cn-zj-jh-yw, or a name)' })
    .max(100)
    .openapi({ example: 'cn-zj-jh-yw' }),
});
