import { LantuError } from '@lantu/core';

/** What a write may say about the version it was made from. */
export interface WriteOptions {
  /**
   * The record's version the change was made from; a different current version means
   * someone changed it since, and the write is refused with CONFLICT. Omitted: no check.
   */
  readonly expectedVersion?: number;
}

/**
 * Throws CONFLICT when the record moved on from the version the writer saw. Called inside
 * the write's transaction, after the row was read for change (locked on PostgreSQL, and
 * SQLite writes one at a time), so two writers from one version cannot both succeed.
 */
export function assertExpectedVersion(
  what: string,
  current: number,
  options: WriteOptions | undefined,
): void {
  const expected = options?.expectedVersion;
  if (expected === undefined || expected === current) return;
  throw new LantuError(
    'CONFLICT',
    `${what}已被他人修改（当前版本 ${current}，你的版本 ${expected}），请按最新内容重试 ` +
      `(${what} changed since version ${expected}; it is now version ${current})`,
  );
}
