import type { z } from '@hono/zod-openapi';
import { errorBodySchema } from '../schemas/error.js';

/** A JSON response entry for `createRoute`'s `responses`. */
export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

const ERROR_DESCRIPTIONS = {
  400: 'The request is invalid (INPUT_INVALID).',
  401: 'Not signed in (UNAUTHENTICATED).',
  403: "The signed-in user's role may not do this, or the request came from another site (FORBIDDEN).",
  404: 'Nothing with that id (NOT_FOUND).',
  409: 'It conflicts with what is stored (CONFLICT).',
  413: 'The upload is over the size limit (INPUT_INVALID).',
  415: 'The file type is not supported (UNSUPPORTED_FORMAT).',
  422: 'The file is empty or cannot be read (FILE_EMPTY, FILE_UNREADABLE).',
  429: 'Too many attempts; try again later (RATE_LIMITED).',
  500: 'Something failed inside the server (INTERNAL).',
} as const;

type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** The error responses a route can give, each `{ error: { code, message } }`; 500 always. */
export function errorResponses<S extends ErrorStatus>(...statuses: readonly S[]) {
  const entries = [...statuses, 500 as const].map((status) => [
    status,
    jsonContent(errorBodySchema, ERROR_DESCRIPTIONS[status]),
  ]);
  return Object.fromEntries(entries) as Record<
    S | 500,
    ReturnType<typeof jsonContent<typeof errorBodySchema>>
  >;
}
