import { z } from '@hono/zod-openapi';

/**
 * A JSON array in a response. Readonly, because the app hands out readonly arrays and the
 * server presents them as they are (the OpenAPI document is the same as for `z.array`).
 */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}
