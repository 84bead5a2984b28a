import { z } from '@hono/zod-openapi';
import { itemValuesShape } from './item.js';
import { itemVersionField } from './item-version.js';

/** The most characters of an item's name (指标名称): a metric is a name, not a novel. */
export const MAX_METRIC_CHARS = 200;

/**
 * The text values a person may correct, each with a maximum length, so a correction can
 * never make an item (and every page that shows it) unboundedly large.
 */
const boundedTextFields = {
  metric: z.string().max(MAX_METRIC_CHARS),
  unit: z.string().max(20).nullable(),
  base_unit: z.string().max(20).nullable(),
  period: z.string().max(20).nullable(),
  scope: z.string().max(500).nullable(),
  baseline: z
    .object({
      value: z.number().nullable(),
      unit: z.string().max(20).nullable(),
      year: z.number().int().nullable(),
    })
    .nullable(),
};

/**
 * A correction: the values a person may patch and the item's link (a manual link, which the
 * automatic linker never replaces). Strict, so a misspelt field is a 400 instead of a
 * silently ignored key.
 */
export const itemPatchSchema = z
  .strictObject({
    ...itemValuesShape,
    ...boundedTextFields,
    indicator_code: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .openapi({ description: 'Link to this indicator; null unlinks.' }),
    jurisdiction_code: z
      .string()
      .min(1)
      .max(100)
      .openapi({ description: 'Whose figure this is: a jurisdiction code or name.' }),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'patch changes nothing' })
  .openapi('ItemPatch');

/** `PATCH /api/items/:id`. */
export const correctItemBodySchema = z
  .strictObject({ patch: itemPatchSchema, ...itemVersionField })
  .openapi('CorrectItem');

/** `POST /api/items/:id/confirm` and `/reject`: no body, or the version the change is made from. */
export const reviewItemBodySchema = z.strictObject({ ...itemVersionField }).openapi('ReviewItem');
