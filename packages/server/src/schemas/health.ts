import { z } from '@hono/zod-openapi';

/** `GET /api/health`: the server answers, and the date statuses are computed for. */
export const healthSchema = z
  .object({ ok: z.literal(true), as_of: z.string().openapi({ example: '2026-06-30' }) })
  .openapi('Health');
