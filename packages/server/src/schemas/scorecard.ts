import { z } from '@hono/zod-openapi';
import { indicatorNameSchema } from './indicator.js';
import { storedItemSchema } from './item.js';
import { documentKindSchema } from './document.js';
import { optionalQuery, pagingQuery, queryYear } from './query.js';
import { statusCodeSchema, statusTotalsSchema, targetStatusSchema } from './status.js';
import { list } from './list.js';

/** One target (or milestone) with where it stands (app's ScorecardRow). */
export const scorecardRowSchema = z
  .object({
    item: storedItemSchema,
    document: z.object({
      id: z.string(),
      title: z.string(),
      kind: documentKindSchema,
      date: z.string().nullable(),
      jurisdiction_code: z.string().nullable(),
    }),
    section: z.object({ index: z.number().int(), title: z.string(), label: z.string() }).nullable(),
    indicator: indicatorNameSchema.nullable(),
    status: targetStatusSchema,
  })
  .openapi('ScorecardRow');

/** The scorecard: rows, their count before paging and the totals per status (app's Scorecard). */
export const scorecardSchema = z
  .object({
    as_of: z.string().openapi({ example: '2026-06-30' }),
    rows: list(scorecardRowSchema),
    total: z.number().int(),
    totals: statusTotalsSchema,
    goalpost_changes: list(z.unknown()).openapi({
      description: 'Same indicator and deadline, a different target in a later document.',
    }),
    retired_targets: list(z.unknown()).optional().openapi({
      description: 'Targets an earlier document set that later documents no longer state.',
    }),
    claim_conflicts: list(z.unknown()).openapi({
      description: 'Same indicator and period, different reported values.',
    }),
  })
  .openapi('Scorecard');

/** The scorecard's filters, shared by `/api/scorecard` and `/api/export/scorecard.*`. */
export const scorecardQuerySchema = z.object({
  jurisdiction: optionalQuery(z.string()).openapi({ description: 'Jurisdiction code or name.' }),
  document: optionalQuery(z.string()).openapi({ description: 'Document id.' }),
  plan: optionalQuery(z.string()).openapi({
    description: 'Plan id: only the targets its documents set for its period.',
  }),
  status: optionalQuery(statusCodeSchema),
  kind: optionalQuery(z.enum(['target', 'milestone'])),
  indicator: optionalQuery(z.string()).openapi({ description: 'Indicator code.' }),
  year: optionalQuery(queryYear).openapi({ description: 'Deadline year.' }),
  q: optionalQuery(z.string()).openapi({ description: 'Substring of metric or text.' }),
  ...pagingQuery,
});

export type ScorecardQuery = z.infer<typeof scorecardQuerySchema>;
