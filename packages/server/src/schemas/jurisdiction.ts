import { z } from '@hono/zod-openapi';

/** A place with a government (core's Jurisdiction): its code and its names for the screen. */
export const jurisdictionSchema = z
  .object({
    code: z.string().openapi({ example: 'cn-zj-jh-yw' }),
    name_zh: z.string().openapi({ example: '义乌市' }),
    name_en: z.string().openapi({ example: 'Yiwu' }),
    level: z.enum(['country', 'province', 'prefecture', 'county', 'other']),
    parent_code: z.string().nullable(),
  })
  .openapi('Jurisdiction');

/** `?codes=cn-zj-jh-yw,cn-zj-jh`: only these places (a screen naming one place needs one). */
export const jurisdictionsQuerySchema = z.object({
  codes: z.string().max(2000).optional().openapi({
    example: 'cn-zj-jh-yw,cn-zj-jh',
    description: 'comma-separated codes; all when absent',
  }),
});
