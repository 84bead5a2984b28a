import { LantuError } from '@lantu/core';
import { HTTPException } from 'hono/http-exception';

/** The file types the readers understand; anything else is refused before it is read. */
export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.pdf', '.docx', '.html'] as const;

/** The default upload limit: 20 MiB, well above any planning document's PDF. */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/**
 * The file name to store: the last path segment only, since some browsers send the
 * client's full path (`C:\fakepath\…`).
 */
export function uploadFileName(name: string): string {
  return name.split(/[\\/]/).pop()?.trim() ?? '';
}

/** Throws UNSUPPORTED_FORMAT (415) unless the name ends in an accepted extension. */
export function assertUploadType(fileName: string): void {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot).toLowerCase();
  if ((UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) return;
  const what = extension === '' ? 'has no extension' : `is of type ${extension}`;
  throw new LantuError(
    'UNSUPPORTED_FORMAT',
    `${fileName || 'the file'} ${what}; upload one of ${UPLOAD_EXTENSIONS.join(' ')}`,
  );
}

/**
 * The failure for an upload over the limit. Core has no code for "too large" (it is a
 * transport limit), so it is an HTTP 413 that the error handler answers as INPUT_INVALID.
 */
export function uploadTooLarge(limitBytes: number): HTTPException {
  return new HTTPException(413, {
    message: `the upload is larger than the limit of ${formatBytes(limitBytes)}`,
  });
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (mib >= 1) return `${Number(mib.toFixed(1))} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
