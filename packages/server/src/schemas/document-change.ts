import { z } from '@hono/zod-openapi';
import { documentKindSchema, documentSummarySchema } from './document.js';
import { errorBodySchema } from './error.js';

/** The metadata a person may correct. Strict, so a misspelt field is a 400. */
export const documentPatchSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(500),
    issuer: z.string().max(200).nullable(),
    kind: documentKindSchema,
    date: z.iso.date().nullable(),
    horizon: z.number().int().min(1900).max(2200).nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'patch changes nothing' })
  .openapi('DocumentPatch');

/** `PATCH /api/documents/:id`. */
export const changeDocumentBodySchema = z
  .strictObject({
    patch: documentPatchSchema,
    version: z.number().int().positive().optional().openapi({
      description: 'The document version the change was made from (or If-Match).',
    }),
  })
  .openapi('ChangeDocument');

/** 409: the document changed since that version; `current` is it now. */
export const documentConflictSchema = errorBodySchema
  .extend({ current: documentSummarySchema })
  .openapi('DocumentConflict');
