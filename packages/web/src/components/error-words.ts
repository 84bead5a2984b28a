/**
 * An API error in the UI's language with the action that can help: a 404 cannot be fixed by
 * trying again, so it offers the way home; the server's English message stays out of view.
 */
import { ApiError } from '../api/client.js';
import type { MessageKey } from '../i18n/translate.js';

export interface ErrorWords {
  readonly message: MessageKey;
  /** Whether trying again may help (network trouble, a server error, a rate limit). */
  readonly retry: boolean;
}

export function errorWords(error: Error): ErrorWords {
  if (!(error instanceof ApiError)) return { message: 'errorNetwork', retry: true };
  switch (error.code) {
    case 'NOT_FOUND':
      return { message: 'errorNotFound', retry: false };
    case 'INPUT_INVALID':
      return { message: 'errorInvalid', retry: false };
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return { message: 'errorForbidden', retry: false };
    case 'RATE_LIMITED':
      return { message: 'errorBusy', retry: true };
    default:
      return { message: 'errorServer', retry: true };
  }
}
