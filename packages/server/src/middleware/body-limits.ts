import { LantuError } from '@lantu/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** The default limit of a request body other than an upload: 1 MiB of JSON is a lot. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Caps every request body at `maxBytes` while it streams in (hono/body-limit), except
 * routes `exempt` returns true for: uploads have their own, larger limit on their route.
 */
export function bodyLimits(
  maxBytes: number,
  exempt: (method: string, path: string) => boolean,
): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new LantuError(
        'FILE_TOO_LARGE',
        `请求内容超过 ${Math.ceil(maxBytes / 1024)} KB 的上限 (request body too large)`,
      );
    },
  });
  return (c, next) => (exempt(c.req.method, c.req.path) ? next() : limit(c, next));
}
