import { LantuError } from '@lantu/core';
import type { Kysely } from 'kysely';
import { asLantuError } from '../db-errors.js';
import type { Database } from '../schema.js';
import type { StoreContext } from '../store-context.js';

/**
 * Optimistic concurrency: an edit names the version it was made on; if the row moved on
 * since, the edit is refused with CONFLICT and nothing changes.
 */
export function assertVersion(current: number, given: number, what: string): void {
  if (current !== given) {
    throw new LantuError(
      'CONFLICT',
      `${what}已被他人修改（当前版本 ${current}，提交的版本 ${given}），请刷新后重试。` +
        ` ${what} was changed meanwhile (version ${current}, edit made on ${given}); reload and retry.`,
    );
  }
}

/** Runs `work` in one transaction; database errors become LantuErrors. */
export async function inTransaction<T>(
  ctx: StoreContext,
  what: string,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.db.transaction().execute(work);
  } catch (error) {
    throw asLantuError(error, what);
  }
}
