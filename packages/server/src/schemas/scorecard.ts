import { z } from '@hono/zod-openapi';
import { indicatorNameSchema } from './indicator.js';
import { storedItemSchema } from './item.js';
import { documentKindSchema } from './document.js';
import { optionalQuery, pagingQuery, queryYear } from './query.js';
import { statusCodeSchema, statusTotalsSchema, targetStatusSchema } from './status.js';
import { list } from './list.js';

/**
 * Findings a scorecard answer lists per kind; the rest are counted in `findings_total`.
 * A goal-post change carries every version of its target, about 4 KB: at 20 per kind the
 * first page of a province's scorecard was 210 KB, over issue 13's 200 KB per answer.
 */
export const MAX_FINDINGS = 10;

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
    findings_total: z
      .object({
        goalpost_changes: z.number().int(),
        retired_targets: z.number().int(),
        claim_conflicts: z.number().int(),
      })
      .optional()
      .openapi({
        description: `Findings of each kind before the lists were cut to ${MAX_FINDINGS}.`,
      }),
  })
  .openapi('Scorecard');

/**
 * The scorecard as the API answers it: each list of findings cut to `MAX_FINDINGS`, with
 * the uncut counts beside them, so a province-wide answer stays small.
 */
export function boundFindings<
  T extends {
    readonly goalpost_changes: readonly unknown[];
    readonly retired_targets?: readonly unknown[] | undefined;
    readonly claim_conflicts: readonly unknown[];
  },
>(
  card: T,
): T & {
  findings_total: { goalpost_changes: number; retired_targets: number; claim_conflicts: number };
} {
  const retired = card.retired_targets ?? [];
  return {
    ...card,
    goalpost_changes: card.goalpost_changes.slice(0, MAX_FINDINGS),
    retired_targets: retired.slice(0, MAX_FINDINGS),
    claim_conflicts: card.claim_conflicts.slice(0, MAX_FINDINGS),
    findings_total: {
      goalpost_changes: card.goalpost_changes.length,
      retired_targets: retired.length,
      claim_conflicts: card.claim_conflicts.length,
    },
  };
}

/** The scorecard's filters, shared by `/api/scorecard` and `/api/export/scorecard.*`. */
export const scorecardQuerySchema = z.object({
  jurisdiction: optionalQuery(z.string().max(100)).openapi({
    description: 'Jurisdiction code or name.',
  }),
  document: optionalQuery(z.string().max(100)).openapi({ description: 'Document id.' }),
  plan: optionalQuery(z.string().max(100)).openapi({
    description: 'Plan id: only the targets its documents set for its period.',
  }),
  status: optionalQuery(statusCodeSchema),
  kind: optionalQuery(z.enum(['target', 'milestone'])),
  indicator: optionalQuery(z.string().max(100)).openapi({ description: 'Indicator code.' }),
  year: optionalQuery(queryYear).openapi({ description: 'Deadline year.' }),
  q: optionalQuery(z.string().max(200)).openapi({ description: 'Substring of metric or text.' }),
  ...pagingQuery,
});

export type ScorecardQuery = z.infer<typeof scorecardQuerySchema>;
