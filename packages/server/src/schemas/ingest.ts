import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '@lantu/core';
import { listEnum } from './closed-enum.js';
import { documentKindSchema } from './document.js';
import { optionalQuery, queryInt } from './query.js';

/** The outcome of ingesting one file (app's IngestResult); failures are answered as errors. */
export const ingestResultSchema = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      fileName: z.string(),
      status: z.enum(['created', 'unchanged']),
      documentId: z.string(),
      items: z.number().int(),
      linked: z.number().int(),
    }),
    z.object({
      ok: z.literal(false),
      fileName: z.string(),
      code: listEnum(ERROR_CODES),
      message: z.string(),
    }),
  ])
  .openapi('IngestResult');

/** A file part of a multipart form: Hono parses it into a web `File`. */
const filePartSchema = z
  .custom<File>((value) => value instanceof File, {
    message: 'file is required: attach one document',
  })
  .openapi({ type: 'string', format: 'binary' });

/** `POST /api/documents`: the file and optional metadata (missing fields are inferred from the text). */
export const uploadFormSchema = z
  .object({
    file: filePartSchema,
    title: optionalQuery(z.string().trim().min(1).max(500)),
    kind: optionalQuery(documentKindSchema),
    date: optionalQuery(z.iso.date({ message: 'expected an ISO date such as 2026-01-20' })),
    horizon: optionalQuery(queryInt(1949, 2200)),
    jurisdiction: optionalQuery(z.string().trim().min(1).max(200)),
  })
  .openapi('DocumentUpload');

export type UploadForm = z.infer<typeof uploadFormSchema>;
