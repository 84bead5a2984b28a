import { isVersionConflict } from '@lantu/app';
import { isLantuError, type ErrorCode } from '@lantu/core';
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { errorResponse } from './error-response.js';
import { fileErrorMessage } from './file-error-message.js';
import { requestLanguage } from './request-language.js';
import { isRenderBusy } from './render/render-gate.js';

/** Receives what went wrong inside the server; the client only ever sees a generic message. */
export type ErrorLogger = (error: unknown) => void;

const INTERNAL_MESSAGE = {
  zh: '服务器内部出错，详情已记入服务器日志',
  en: 'internal error; the server log has the details',
} as const;

/**
 * The one error handler. Core's errors keep their code and message, except INTERNAL, whose
 * message may carry driver or file-system detail, and the file codes, whose messages carry
 * the reading libraries' words: both are logged, and the person gets a message written for
 * them, in their language (Accept-Language; Chinese first).
 * Hono's own 4xx exceptions (malformed JSON or multipart) become INPUT_INVALID-family codes.
 */
export function createErrorHandler(
  log: ErrorLogger,
  /** Expected failures worth a line in the log (a file nobody can read), not alarms. */
  notice: ErrorLogger = (error) => {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    console.warn('refused:', error instanceof Error ? error.message : error, cause);
  },
): ErrorHandler {
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
    if (isLantuError(error) && error.code !== 'INTERNAL') {
      // A file that cannot be read: the person hears what is wrong with their file; the
      // library's own words (with the cause) go to the log.
      const people = fileErrorMessage(error.code, error.message, requestLanguage(c));
      if (people === null) return errorResponse(c, error);
      notice(error);
      return errorResponse(c, { code: error.code, message: people });
    }
    if (error instanceof HTTPException && error.status < 500) {
      const { status } = error;
      const message = error.message === '' ? 'malformed request' : error.message;
      return errorResponse(c, { code: codeForClientStatus(status), message }, status);
    }
    log(error);
    return errorResponse(c, { code: 'INTERNAL', message: INTERNAL_MESSAGE[requestLanguage(c)] });
  };
}

function codeForClientStatus(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 415) return 'UNSUPPORTED_FORMAT';
  return 'INPUT_INVALID';
}
