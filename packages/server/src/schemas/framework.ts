import { z } from '@hono/zod-openapi';
import { list } from './list.js';

/** A counted structure such as “138” or 十大行动 (core's Framework). */
export const frameworkSchema = z
  .object({
    name: z.string(),
    text: z.string(),
    parts: list(
      z.object({
        count: z.number().int(),
        label: z.string(),
        items: list(z.string()),
      }),
    ),
    start: z.number().int(),
    end: z.number().int(),
  })
  .openapi('Framework');

/** A framework with the document it was read from (`/api/frameworks`, `/api/overview`). */
export const documentFrameworkSchema = z
  .object({
    document_id: z.string(),
    document_title: z.string(),
    framework: frameworkSchema,
  })
  .openapi('DocumentFramework');

export type DocumentFramework = z.infer<typeof documentFrameworkSchema>;
