import { z } from '@hono/zod-openapi';
import { COMPARATORS, ITEM_KINDS, MEASURES, REVIEW_STATES } from '@lantu/core';
import { closedEnum, listEnum } from './closed-enum.js';

/** Item kinds: a stated goal, a reported figure, a dated commitment. */
export const itemKindSchema = listEnum(ITEM_KINDS).openapi('ItemKind');

/** Review states: what a person has said about an item. */
export const reviewStateSchema = listEnum(REVIEW_STATES).openapi('ReviewState');

export const baselineSchema = z
  .object({
    value: z.number().nullable(),
    unit: z.string().nullable(),
    year: z.number().int().nullable(),
  })
  .openapi('Baseline');

/** The values of an item that a person may correct (store's PATCHABLE_ITEM_FIELDS). */
export const itemValuesShape = {
  kind: itemKindSchema,
  metric: z.string(),
  measure: listEnum(MEASURES).nullable(),
  comparator: listEnum(COMPARATORS).nullable(),
  value: z.number().nullable(),
  value_max: z.number().nullable(),
  unit: z.string().nullable(),
  base_value: z.number().nullable(),
  base_unit: z.string().nullable(),
  year: z.number().int().nullable(),
  period: z
    .string()
    .nullable()
    .openapi({ description: '`H1`, `Q1-Q3`, `2021-2025`; null for a whole year.' }),
  recurring: z.boolean().openapi({ description: 'True for 每年/年均 targets.' }),
  baseline: baselineSchema.nullable(),
  scope: z.string().nullable(),
};

/** An item as read, then stored with its review and link state (store's StoredItem). */
export const storedItemSchema = z
  .object({
    id: z.string(),
    document_id: z.string(),
    idx: z.number().int(),
    ...itemValuesShape,
    text: z.string().openapi({ description: 'The clause exactly as in the original text.' }),
    start: z.number().int(),
    end: z.number().int(),
    section: z.number().int().nullable(),
    confidence: z.number().min(0).max(1).optional().openapi({
      description:
        'How sure the reader is (0–1), from the rules that fired; absent on items read before it existed.',
    }),
    reason: z
      .string()
      .optional()
      .openapi({ description: 'Why the reader chose this kind and year (Chinese, a few words).' }),
    confidence_reasons: z
      .array(z.string())
      .readonly()
      .optional()
      .openapi({ description: 'The rules behind the confidence, each led by + or −.' }),
    review_state: reviewStateSchema,
    indicator_code: z.string().nullable(),
    link_confidence: z.number().nullable(),
    link_method: closedEnum<'auto' | 'manual'>({ auto: true, manual: true }).nullable(),
    jurisdiction_code: z.string().nullable(),
    updated_at: z.string(),
    version: z.number().int().positive().openapi({
      description: 'Raised by one on each change; send it back with a change (If-Match).',
    }),
  })
  .openapi('StoredItem');
