import { isVersionConflict } from '@lantu/app';
import { isLantuError, type ErrorCode } from '@lantu/core';
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { errorResponse } from './error-response.js';
import { isRenderBusy } from './render/render-gate.js';

/** Receives what went wrong inside the server; the client only ever sees a generic message. */
export type ErrorLogger = (error: unknown) => void;

const INTERNAL_MESSAGE = 'internal error; the server log has the details';

/**
 * The one error handler. Core's errors keep their code and message, except INTERNAL, whose
 * message may carry driver or file-system detail and is therefore logged, not sent.
 * Hono's own 4xx exceptions (malformed JSON or multipart) become INPUT_INVALID-family codes.
 */
export function createErrorHandler(log: ErrorLogger): ErrorHandler {
  return (error, c) => {
    // A stale write: the record as it is now goes with the error, for the person to retry.
    if (isVersionConflict(error)) {
      return c.json(
        { error: { code: error.code, message: error.message }, current: error.current },
        409,
      );
    }
    if (isRenderBusy(error)) {
      c.header('Retry-After', String(error.retryAfterSeconds));
      return errorResponse(c, error, 503);
    }
    if (isLantuError(error) && error.code !== 'INTERNAL') return errorResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      const { status } = error;
      const message = error.message === '' ? 'malformed request' : error.message;
      return errorResponse(c, { code: codeForClientStatus(status), message }, status);
    }
    log(error);
    return errorResponse(c, { code: 'INTERNAL', message: INTERNAL_MESSAGE });
  };
}

function codeForClientStatus(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 415) return 'UNSUPPORTED_FORMAT';
  return 'INPUT_INVALID';
}
