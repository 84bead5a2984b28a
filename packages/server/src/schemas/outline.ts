import { z } from '@hono/zod-openapi';

/** One heading of a document's numbered skeleton (core's OutlineEntry). */
export const outlineEntrySchema = z
  .object({
    level: z.number().int(),
    label: z.string().openapi({ example: '八、' }),
    title: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  })
  .openapi('OutlineEntry');
