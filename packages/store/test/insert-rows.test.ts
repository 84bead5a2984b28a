import { describe, expect, it } from 'vitest';
import { insertRows, rowsPerInsert } from '../src/insert-rows.js';
import { storeDatabase } from '../src/store-database.js';
import { DIALECTS, useStore } from './use-store.js';

/** History rows: 8 bound columns, so a few thousand rows take several statements. */
function historyRows(count: number, actorId: (i: number) => string | null | undefined) {
  return Array.from({ length: count }, (_, i) => ({
    entity: 'item',
    entity_id: `item-${String(i).padStart(5, '0')}`,
    action: 'link',
    actor: '测试',
    at: '2026-02-01T08:00:00.000Z',
    before: null,
    after: JSON.stringify({ n: i, text: '生产总值' }),
    actor_id: actorId(i),
  }));
}

describe.each(DIALECTS)('insertRows on %s', (dialect) => {
  const t = useStore(dialect);

  it('writes every row, in order, across full batches and a shorter last one', async () => {
    const count = rowsPerInsert(8) * 2 + 17;
    await insertRows(
      storeDatabase(t.store),
      'history',
      historyRows(count, () => 'u1'),
    );
    const stored = await t.raw
      .selectFrom('history')
      .select(['entity_id', 'after', 'actor_id'])
      .where('entity', '=', 'item')
      .orderBy('id')
      .execute();
    expect(stored).toHaveLength(count);
    expect(stored[0]).toMatchObject({ entity_id: 'item-00000', actor_id: 'u1' });
    expect(stored.at(-1)?.entity_id).toBe(`item-${String(count - 1).padStart(5, '0')}`);
    expect(stored.every((row, i) => row.entity_id === `item-${String(i).padStart(5, '0')}`)).toBe(
      true,
    );
    expect(JSON.parse(stored[1234]?.after ?? '{}')).toEqual({ n: 1234, text: '生产总值' });
  });

  it('rows that leave a column undefined get its default, as Kysely writes them', async () => {
    const rows = historyRows(5, (i) => (i % 2 === 0 ? undefined : `u${i}`));
    await insertRows(storeDatabase(t.store), 'history', rows);
    const stored = await t.raw
      .selectFrom('history')
      .select(['entity_id', 'actor_id'])
      .where('entity', '=', 'item')
      .orderBy('id')
      .execute();
    expect(stored.map((row) => row.actor_id)).toEqual([null, 'u1', null, 'u3', null]);
  });

  it('nothing to insert is no statement at all', async () => {
    await expect(insertRows(storeDatabase(t.store), 'history', [])).resolves.toBeUndefined();
  });
});

describe('rowsPerInsert', () => {
  it('keeps every statement under both databases’ parameter limits', () => {
    for (const columns of [1, 8, 13, 32, 40]) {
      expect(rowsPerInsert(columns) * columns).toBeLessThanOrEqual(32_766);
      expect(rowsPerInsert(columns)).toBeGreaterThan(0);
    }
  });
});
