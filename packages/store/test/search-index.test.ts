/**
 * The full-text index (migration 0021): SQLite FTS5 trigram tables kept in step with items
 * and documents by triggers; PostgreSQL pg_trgm GIN indexes that a substring ILIKE uses.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FTS_HASH_BYTES } from '../src/migrations/0027-search-hashsize.js';
import { sampleIngest } from './sample-reading.js';
import { DIALECTS, useStore, type StoreUnderTest } from './use-store.js';

/** Ids of items the index finds for a phrase, on either database. */
async function itemsFound(t: StoreUnderTest, phrase: string, dialect: string): Promise<string[]> {
  const query =
    dialect === 'sqlite'
      ? sql<{ id: string }>`select item_id as id from items_search
          where items_search match ${`"${phrase}"`} order by rank`
      : sql<{ id: string }>`select id from items
          where text ilike ${`%${phrase}%`} or metric ilike ${`%${phrase}%`}`;
  return (await query.execute(t.raw)).rows.map((row) => row.id).sort();
}

async function documentsFound(t: StoreUnderTest, phrase: string, dialect: string) {
  const query =
    dialect === 'sqlite'
      ? sql<{ id: string }>`select document_id as id from documents_search
          where documents_search match ${`"${phrase}"`}`
      : sql<{ id: string }>`select id from documents where text ilike ${`%${phrase}%`}`;
  return (await query.execute(t.raw)).rows.map((row) => row.id);
}

for (const dialect of DIALECTS) {
  describe(`search index (${dialect})`, () => {
    const t = useStore(dialect);

    it('finds items and documents by a Chinese phrase, in step with corrections and deletes', async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const items = await t.store.items.list({ documentId });
      const gdp = items
        .filter((i) => i.text.includes('生产总值') || i.metric.includes('生产总值'))
        .map((i) => i.id)
        .sort();
      expect(gdp.length).toBeGreaterThan(0);
      expect(await itemsFound(t, '生产总值', dialect)).toEqual(gdp);
      expect(await documentsFound(t, '中欧班列开行量', dialect)).toEqual([documentId]);
      expect(await itemsFound(t, '不存在的说法', dialect)).toEqual([]);

      const first = items.find((i) => gdp.includes(i.id));
      if (first === undefined) throw new Error('no GDP item');
      await t.store.items.updateItem(first.id, { metric: '跨境电商交易额' }, 'reviewer');
      expect(await itemsFound(t, '跨境电商交易', dialect)).toEqual([first.id]);

      await t.raw.deleteFrom('items').where('document_id', '=', documentId).execute();
      expect(await itemsFound(t, '生产总值', dialect)).toEqual([]);
    });

    it.runIf(dialect === 'sqlite')(
      'gathers 16 MiB of index entries before writing a segment (migration 0027)',
      async () => {
        for (const index of ['items_search', 'documents_search']) {
          const { rows } = await sql<{ v: number }>`select v from ${sql.table(`${index}_config`)}
            where k = 'hashsize'`.execute(t.raw);
          expect(rows).toEqual([{ v: FTS_HASH_BYTES }]);
        }
      },
    );

    it.runIf(dialect === 'postgres')('has trigram indexes for the planner', async () => {
      const rows = await sql<{ indexname: string }>`
        select indexname from pg_indexes where indexname like '%_trgm' order by indexname`.execute(
        t.raw,
      );
      expect(rows.rows.map((r) => r.indexname)).toEqual([
        'documents_text_trgm',
        'items_metric_trgm',
        'items_text_trgm',
      ]);
    });
  });
}
