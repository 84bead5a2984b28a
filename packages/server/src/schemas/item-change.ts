import { z } from '@hono/zod-openapi';
import { itemValuesShape } from './item.js';
import { itemVersionField } from './item-version.js';

/**
 * A correction: the values a person may patch and the item's link (a manual link, which the
 * automatic linker never replaces). Strict, so a misspelt field is a 400 instead of a
 * silently ignored key.
 */
export const itemPatchSchema = z
  .strictObject({
    ...itemValuesShape,
    indicator_code: z
      .string()
      .min(1)
      .nullable()
      .openapi({ description: 'Link to this indicator; null unlinks.' }),
    jurisdiction_code: z
      .string()
      .min(1)
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
