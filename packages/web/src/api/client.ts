/**
 * The only place the web app talks HTTP. Errors from the server arrive as
 * `{ error: { code, message } }` (docs/api.md) and become an `ApiError` carrying both.
 */
import { toQueryString, type QueryParams } from './query-string.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** With a 409 CONFLICT for a stale write: the record as it is now. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A URL under /api with its query string (relative, so the dev proxy and the server both work). */
export function apiUrl(path: string, params: QueryParams = {}): string {
  return `/api${path}${toQueryString(params)}`;
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string };
      current?: unknown;
    };
    return new ApiError(
      response.status,
      body.error?.code ?? 'INTERNAL',
      body.error?.message ?? response.statusText,
      body.current,
    );
  } catch {
    return new ApiError(response.status, 'INTERNAL', response.statusText || 'request failed');
  }
}

export async function getJson<T>(
  path: string,
  params: QueryParams = {},
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch(apiUrl(path, params), {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw await readError(response);
  return (await response.json()) as T;
}

export async function sendJson<T>(
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
): Promise<T> {
  const response = await fetch(apiUrl(path), {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await readError(response);
  return (await response.json()) as T;
}
