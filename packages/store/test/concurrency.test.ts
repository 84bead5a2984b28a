import { describe, expect, it } from 'vitest';
import { createStore } from '../src/create-store.js';
import { sampleIngest } from './sample-reading.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

for (const dialect of DIALECTS) {
  describe(`concurrency (${dialect})`, () => {
    const t = useStore(dialect);

    it('store identical content once when it is ingested several times at once', async () => {
      await t.store.jurisdictions.seedDefaults();
      const results = await Promise.all(
        Array.from({ length: 5 }, () => t.store.documents.ingestReading(sampleIngest())),
      );
      expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
      expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
      const counts = await countRows(t.raw);
      expect([counts.documents, counts.items, counts.history]).toEqual([1, 6, 1]);
    });

    it('store different documents ingested at once, each whole', async () => {
      await t.store.jurisdictions.seedDefaults();
      const inputs = Array.from({ length: 5 }, (_, n) => sampleIngest({ suffix: `\n附${n}` }));
      const results = await Promise.all(
        inputs.map((input) => t.store.documents.ingestReading(input)),
      );
      expect(results.every((r) => r.status === 'created')).toBe(true);
      const counts = await countRows(t.raw);
      expect([counts.documents, counts.outline_nodes, counts.items]).toEqual([5, 20, 30]);
    });

    it('serialise concurrent corrections of one item, so history is an unbroken chain', async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const [item] = await t.store.items.list({ documentId, limit: 1 });
      if (item === undefined) throw new Error('sample has items');
      const values = [3100, 3200, 3300, 3400, 3500, 3600, 3700, 3800];
      await Promise.all(
        values.map((value, n) => t.store.items.updateItem(item.id, { value }, `reviewer-${n}`)),
      );

      const history = await t.store.history.list({ entity: 'item', entityId: item.id });
      expect(history).toHaveLength(values.length);
      let previous: unknown = { value: 3000, review_state: 'extracted' };
      for (const entry of history) {
        expect(entry.before).toEqual(previous);
        previous = { ...(entry.after as object), review_state: 'corrected' };
      }
      expect((await t.store.items.get(item.id)).value).toBe(
        (history.at(-1)?.after as { value: number }).value,
      );
    });

    it('let a second store on the same database see and respect the first one’s writes', async () => {
      await t.store.jurisdictions.seedDefaults();
      const second = await createStore({ url: t.url });
      try {
        const input = sampleIngest();
        // Two PostgreSQL pools race for real. Two better-sqlite3 handles in one process cannot:
        // the busy wait would block the event loop the lock holder needs, so SQLite takes turns
        // (separate processes do queue, thanks to BEGIN IMMEDIATE and the busy timeout).
        const results =
          dialect === 'postgres'
            ? await Promise.all([
                t.store.documents.ingestReading(input),
                second.documents.ingestReading(input),
              ])
            : [
                await t.store.documents.ingestReading(input),
                await second.documents.ingestReading(input),
              ];
        expect(results.map((r) => r.status).sort()).toEqual(['created', 'unchanged']);
        expect(results[0]?.documentId).toBe(results[1]?.documentId);
        expect(await second.items.list()).toHaveLength(6);
      } finally {
        await second.close();
      }
    });
  });
}
