import { LantuError } from '@lantu/core';

/**
 * The version a write was made from: the `If-Match` header (`"3"`, `W/"3"` or `3`) or
 * the body's `version`; undefined when neither is sent. INPUT_INVALID when the header is
 * not a version or the two disagree.
 */
export function expectedVersion(
  ifMatch: string | undefined,
  bodyVersion: number | undefined,
): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '') return bodyVersion;
  const match = /^(?:W\/)?"?(\d+)"?$/u.exec(ifMatch.trim());
  const header = match?.[1] === undefined ? NaN : Number(match[1]);
  if (!Number.isSafeInteger(header) || header < 1) {
    throw new LantuError(
      'INPUT_INVALID',
      `If-Match 应为版本号，如 "3" (If-Match must be a version such as "3")`,
    );
  }
  if (bodyVersion !== undefined && bodyVersion !== header) {
    throw new LantuError(
      'INPUT_INVALID',
      `If-Match (${header}) 与 version (${bodyVersion}) 不一致 (If-Match and version disagree)`,
    );
  }
  return header;
}
