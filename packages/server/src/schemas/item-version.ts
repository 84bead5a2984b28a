import { z } from '@hono/zod-openapi';
import { errorBodySchema } from './error.js';
import { storedItemSchema } from './item.js';

/** The optional `version` of an item write's body (or the `If-Match` header instead). */
export const itemVersionField = {
  version: z
    .number()
    .int()
    .positive()
    .optional()
    .openapi({
      description:
        'The item version the change was made from; a stale one is answered 409 with the ' +
        'current item. The If-Match header ("3") may carry it instead.',
      example: 3,
    }),
};

/** 409: the item changed since the version the writer sent; `current` is it now. */
export const itemConflictSchema = errorBodySchema
  .extend({ current: storedItemSchema })
  .openapi('ItemConflict');
