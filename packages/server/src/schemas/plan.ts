import { z } from '@hono/zod-openapi';
import { list } from './list.js';
import { optionalQuery } from './query.js';
import { statusCodeSchema, statusTotalsSchema } from './status.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const planRoleSchema = z.enum(['plan', 'yearly-report', 'evaluation', 'other']);

/** A plan with its documents (app's PlanSummary). */
export const planSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'cn-zj-jh-yw-2021-2025' }),
    name: z.string().openapi({ example: '义乌市“十四五”规划' }),
    jurisdiction: z.object({ code: z.string(), name_zh: z.string() }),
    start_year: z.number().int(),
    end_year: z.number().int(),
    documents: list(
      z.object({
        id: z.string(),
        title: z.string(),
        kind: z.string(),
        date: z.string().nullable(),
        role: planRoleSchema,
      }),
    ),
  })
  .openapi('PlanSummary');

/** Status counts of a group with its completion rate and coverage (core's RollUp). */
export const rollUpSchema = z
  .object({
    total: z.number().int(),
    counts: statusTotalsSchema,
    due: z.number().int(),
    assessed: z.number().int(),
    completionRate: z.number().nullable().openapi({ description: 'achieved ÷ assessed' }),
    coverage: z.number().nullable().openapi({ description: 'assessed ÷ due' }),
  })
  .openapi('RollUp');

const figureSourceSchema = z
  .object({
    label: z.string(),
    document_id: z.string().nullable(),
    sentence: z.string().nullable(),
  })
  .openapi('FigureSource');

const planRowSchema = z
  .object({
    item_id: z.string(),
    kind: z.enum(['target', 'milestone']),
    indicator: z.string(),
    unit: z.string(),
    baseline: z.string(),
    target: z.string(),
    actual: z.string(),
    status: statusCodeSchema,
    status_label: bilingual,
    explanation: bilingual,
    analysis: bilingual.nullable(),
    target_source: figureSourceSchema,
    actual_source: figureSourceSchema.nullable(),
    section: z.string().nullable(),
    units: list(z.string()).openapi({ description: '责任单位 (lead units)' }),
    year: z.number().int().nullable(),
    period: z.string().nullable(),
  })
  .openapi('PlanIndicatorRow');

const planGroupSchema = z
  .object({ name: z.string(), roll_up: rollUpSchema, item_ids: list(z.string()) })
  .openapi('PlanGroup');

/** The 规划实施情况评估 of a plan (app's PlanEvaluation). */
export const planEvaluationSchema = z
  .object({
    plan: planSummarySchema,
    as_of: z.string(),
    overall: rollUpSchema,
    rows: list(planRowSchema),
    sections: list(planGroupSchema),
    framework_parts: list(planGroupSchema),
    units: list(planGroupSchema),
    goalpost_changes: list(
      z.object({
        indicator: z.string(),
        explanation: bilingual,
        previous: figureSourceSchema,
        current: figureSourceSchema,
      }),
    ),
    claim_conflicts: list(
      z.object({
        indicator: z.string(),
        year: z.number().int(),
        values: list(z.string()),
        sources: list(figureSourceSchema),
      }),
    ),
    problems: list(z.string()),
  })
  .openapi('PlanEvaluation');

/** `?as_of=2026-03-01` */
export const asOfQuerySchema = z.object({
  as_of: optionalQuery(z.string().regex(/^\d{4}-\d{2}-\d{2}$/u)).openapi({
    description: 'Compute statuses for this date (YYYY-MM-DD); default the server’s date.',
  }),
});

/** The body of `PUT /api/documents/{id}/plan`. */
export const documentPlanBodySchema = z
  .object({
    plan_id: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .openapi({ description: 'null takes the document out' }),
    role: planRoleSchema.default('other'),
  })
  .openapi('DocumentPlanChange');

const battleMapEntrySchema = z.object({
  item_id: z.string(),
  kind: z.enum(['target', 'milestone']),
  label: z.string(),
  target: z.string(),
  status: statusCodeSchema,
  status_label: bilingual,
});

/** The 作战图 of a plan (app's BattleMap). */
export const battleMapSchema = z
  .object({
    plan: planSummarySchema,
    as_of: z.string(),
    axis: z.enum(['unit', 'section']),
    columns: list(
      z.object({
        year: z.number().int(),
        quarter: z.number().int().min(1).max(4),
        label: bilingual,
      }),
    ),
    rows: list(z.object({ name: z.string(), cells: list(list(battleMapEntrySchema)) })),
    counts: statusTotalsSchema,
    sections: list(z.string()),
    units: list(z.string()),
  })
  .openapi('BattleMap');

/** `?as_of=&section=&status=&lang=` of the battle map. */
export const battleMapQuerySchema = asOfQuerySchema.extend({
  section: optionalQuery(z.string().max(200)).openapi({
    description: 'One field (top-level section) only.',
  }),
  unit: optionalQuery(z.string().max(200)).openapi({
    description: 'One responsible unit only (or 未交办 for the unassigned).',
  }),
  status: optionalQuery(statusCodeSchema),
  lang: optionalQuery(z.enum(['zh', 'en'])),
});
