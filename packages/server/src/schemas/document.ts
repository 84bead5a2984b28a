import { z } from '@hono/zod-openapi';
import { DOCUMENT_KINDS } from '@lantu/core';
import { listEnum } from './closed-enum.js';
import { frameworkSchema } from './framework.js';
import { storedItemSchema } from './item.js';
import { outlineEntrySchema } from './outline.js';
import { list } from './list.js';

export const documentKindSchema = listEnum(DOCUMENT_KINDS).openapi('DocumentKind');

/** A stored document without its text (store's DocumentSummary). */
export const documentSummarySchema = z
  .object({
    id: z.string(),
    file_name: z.string(),
    title: z.string(),
    jurisdiction_code: z.string().nullable(),
    issuer: z.string().nullable(),
    kind: documentKindSchema,
    date: z.string().nullable(),
    horizon: z.number().int().nullable(),
    content_hash: z.string(),
    chars: z.number().int(),
    created_at: z.string(),
    version: z.number().int().positive().openapi({
      description: 'Raised by one on each metadata change; send it back with a change (If-Match).',
    }),
  })
  .openapi('DocumentSummary');

/** One document with its text and everything read from it (app's DocumentView). */
export const documentViewSchema = z
  .object({
    document: documentSummarySchema.extend({ text: z.string() }),
    outline: list(outlineEntrySchema),
    frameworks: list(frameworkSchema),
    items: list(storedItemSchema),
  })
  .openapi('DocumentView');
