import { LantuError } from '@lantu/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** INPUT_INVALID naming the unit ids that are not units (inside the caller's transaction). */
export async function assertUnitsExist(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await db.selectFrom('units').select('id').where('id', 'in', wanted).execute();
  const missing = wanted.filter((id) => !found.some((unit) => unit.id === id));
  if (missing.length > 0) {
    throw new LantuError('INPUT_INVALID', `没有该单位 (no unit ${missing.join(', ')})`);
  }
}
