import { z } from '@hono/zod-openapi';
import { documentKindSchema } from './document.js';

/** `POST /api/documents/preview`: what reading the file found; nothing is stored. */
export const documentPreviewSchema = z
  .object({
    fileName: z.string(),
    title: z.string(),
    kind: documentKindSchema,
    date: z.string().nullable(),
    horizon: z.number().int().nullable(),
    jurisdiction: z.string().nullable(),
    chars: z.number().int(),
    counts: z.object({
      items: z.number().int(),
      targets: z.number().int(),
      actuals: z.number().int(),
      milestones: z.number().int(),
      linked: z.number().int(),
      outline: z.number().int(),
    }),
    firstItems: z.array(
      z.object({
        kind: z.enum(['target', 'actual', 'milestone']),
        metric: z.string(),
        text: z.string(),
      }),
    ),
    storedAs: z.string().nullable().openapi({
      description: 'The stored document with these very bytes, if there is one.',
    }),
  })
  .openapi('DocumentPreview');

/** `PUT /api/documents/{id}/file`: the new version and what was kept of the old one. */
export const documentReplacementSchema = z
  .object({
    status: z.enum(['replaced', 'unchanged']),
    documentId: z.string(),
    items: z.number().int(),
    linked: z.number().int(),
    keptDecisions: z.number().int(),
    droppedDecisions: z.number().int(),
  })
  .openapi('DocumentReplacement');

/** `DELETE /api/documents/{id}`. */
export const documentDeletedSchema = z.object({ deleted: z.string() }).openapi('DocumentDeleted');
