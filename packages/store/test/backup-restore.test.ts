import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { backupStore, restoreStore } from '../src/backup.js';
import { createStore } from '../src/create-store.js';
import { sampleIngest } from './sample-reading.js';
import { createTestDatabase } from './test-database.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

const dir = mkdtempSync(join(tmpdir(), 'lantu-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const dialect of DIALECTS) {
  describe(`backup and restore (${dialect})`, () => {
    const t = useStore(dialect);

    it('restore into a fresh store gives back every row, reviews and versions included', async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const [first] = await t.store.items.list({ documentId, limit: 1 });
      await t.store.items.updateItem(first?.id ?? '', { value: 3100 }, 'reviewer');
      const before = { counts: await countRows(t.raw), items: await t.store.items.list() };
      const file = join(dir, `lantu-${dialect}.backup`);
      await backupStore(t.url, file);

      let target: string;
      let dispose = async (): Promise<void> => {};
      if (dialect === 'sqlite') {
        const fresh = await createTestDatabase('sqlite');
        target = fresh.url;
        dispose = () => fresh.dispose();
      } else {
        // pg_restore brings the store's schema back by name: empty it to a fresh one first.
        const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(t.raw);
        const schema = rows[0]?.s ?? '';
        await sql.raw(`drop schema ${schema} cascade; create schema ${schema}`).execute(t.raw);
        target = t.url;
      }
      try {
        await restoreStore(target, file);
        const restored = await createStore({ url: target });
        try {
          expect(await restored.items.list()).toEqual(before.items);
          expect((await restored.items.get(first?.id ?? '')).version).toBe(2);
          const history = await restored.history.list({
            entity: 'item',
            entityId: first?.id ?? '',
          });
          expect(history).toHaveLength(1);
          const { db } = await import('../src/open-database.js').then((m) =>
            m.openDatabase(target),
          );
          try {
            expect(await countRows(db)).toEqual(before.counts);
          } finally {
            await db.destroy();
          }
        } finally {
          await restored.close();
        }
      } finally {
        await dispose();
      }
    });
  });
}

describe('restore (sqlite) refuses what is not a backup', () => {
  it('answers INPUT_INVALID for a file that is not an SQLite Lantu store', async () => {
    const bogus = join(dir, 'not-a-backup.sqlite');
    writeFileSync(bogus, 'hello');
    await expect(restoreStore(`sqlite:${join(dir, 'x.sqlite')}`, bogus)).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
  });
});
