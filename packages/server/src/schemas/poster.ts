import { z } from '@hono/zod-openapi';
import { optionalQuery } from './query.js';

/** The poster formats: an HTML preview, a 1080 px wide PNG, a PDF. */
export const POSTER_FORMATS = ['html', 'png', 'pdf'] as const;

export type PosterFormat = (typeof POSTER_FORMATS)[number];

export const posterQuerySchema = z.object({
  document: z
    .string({ message: 'document is required: the id of the document to draw' })
    .min(1, { message: 'document is required: the id of the document to draw' })
    .max(100),
  format: optionalQuery(z.enum(POSTER_FORMATS)).openapi({ description: 'Default `html`.' }),
  lang: optionalQuery(z.enum(['zh', 'en'])).openapi({
    description: "The poster's own words; document text stays as written. Default `zh`.",
  }),
});

export const shareCardQuerySchema = z.object({
  item: z
    .string({ message: 'item is required: the id of the target to share' })
    .min(1, { message: 'item is required: the id of the target to share' })
    .max(100),
  format: optionalQuery(z.enum(['html', 'png'])).openapi({ description: 'Default `png`.' }),
  lang: optionalQuery(z.enum(['zh', 'en'])).openapi({
    description: "The card's own words; the sentences stay as written. Default `zh`.",
  }),
});
