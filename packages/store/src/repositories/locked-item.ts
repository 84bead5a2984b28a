import { LantuError } from '@lantu/core';
import type { Kysely, Selectable } from 'kysely';
import type { DialectName } from '../dialect-name.js';
import type { Database, ItemsTable } from '../schema.js';

/**
 * Reads an item inside a transaction that is about to change it; NOT_FOUND if absent.
 * On PostgreSQL the row is locked (FOR UPDATE) so two concurrent edits cannot both read
 * the same "before" and write history that skips one of them. SQLite needs no lock: write
 * transactions start with BEGIN IMMEDIATE and so already run one at a time.
 */
export async function selectItemForChange(
  trx: Kysely<Database>,
  dialect: DialectName,
  id: string,
): Promise<Selectable<ItemsTable>> {
  const row = await trx
    .selectFrom('items')
    .selectAll()
    .where('id', '=', id)
    .$if(dialect === 'postgres', (query) => query.forUpdate())
    .executeTakeFirst();
  if (row === undefined) throw new LantuError('NOT_FOUND', `no item ${id}`);
  return row;
}
