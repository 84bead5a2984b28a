import { isLantuError } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { createStore } from '../src/create-store.js';
import type { StoredItem } from '../src/records.js';
import { sampleIngest } from './sample-reading.js';
import { DIALECTS, useStore, type StoreUnderTest } from './use-store.js';

async function firstItem(t: StoreUnderTest): Promise<StoredItem> {
  await t.store.jurisdictions.seedDefaults();
  const { documentId } = await t.store.documents.ingestReading(sampleIngest());
  const [item] = await t.store.items.list({ documentId, limit: 1 });
  if (item === undefined) throw new Error('sample has items');
  return item;
}

/** The CONFLICT a promise rejected with, or null when it succeeded. */
async function conflictOf(write: Promise<unknown>): Promise<string | null> {
  try {
    await write;
    return null;
  } catch (error) {
    if (isLantuError(error) && error.code === 'CONFLICT') return error.message;
    throw error;
  }
}

for (const dialect of DIALECTS) {
  describe(`record versions (${dialect})`, () => {
    const t = useStore(dialect);

    it('start at 1 and rise by one with each change, whoever makes it', async () => {
      const item = await firstItem(t);
      expect(item.version).toBe(1);
      const corrected = await t.store.items.updateItem(item.id, { value: 3100 }, 'a');
      expect(corrected.version).toBe(2);
      const confirmed = await t.store.items.confirm(item.id, 'b', { expectedVersion: 2 });
      expect(confirmed.version).toBe(3);
      const linked = await t.store.links.set({
        itemId: item.id,
        indicatorCode: null,
        confidence: null,
        method: 'manual',
        actor: 'c',
        expectedVersion: 3,
      });
      expect(linked.item.version).toBe(4);
      expect((await t.store.items.get(item.id)).version).toBe(4);
      // A change to nothing is no change: the version stays.
      expect((await t.store.items.confirm(item.id, 'b')).version).toBe(4);
    });

    it('refuse a write made from a stale version, changing nothing', async () => {
      const item = await firstItem(t);
      await t.store.items.updateItem(item.id, { value: 3100 }, 'first', { expectedVersion: 1 });
      const message = await conflictOf(
        t.store.items.updateItem(item.id, { value: 9999 }, 'second', { expectedVersion: 1 }),
      );
      expect(message).toMatch(/当前版本 2/);
      expect(await conflictOf(t.store.items.reject(item.id, 'x', { expectedVersion: 1 }))).not.toBe(
        null,
      );
      const now = await t.store.items.get(item.id);
      expect([now.value, now.version, now.review_state]).toEqual([3100, 2, 'corrected']);
      expect(await t.store.history.list({ entity: 'item', entityId: item.id })).toHaveLength(1);
    });

    it('let exactly one of two writers from the same version win, on two connections', async () => {
      const item = await firstItem(t);
      const second = await createStore({ url: t.url });
      try {
        const writeA = () =>
          t.store.items.updateItem(item.id, { value: 4000 }, 'a', { expectedVersion: 1 });
        const writeB = () =>
          second.items.updateItem(item.id, { value: 5000 }, 'b', { expectedVersion: 1 });
        // PostgreSQL pools race for real (the row lock orders them); two better-sqlite3
        // handles in one process take turns (concurrency.test.ts says why).
        const outcomes =
          dialect === 'postgres'
            ? await Promise.all([conflictOf(writeA()), conflictOf(writeB())])
            : [await conflictOf(writeA()), await conflictOf(writeB())];
        expect(outcomes.filter((o) => o === null)).toHaveLength(1);
        const now = await second.items.get(item.id);
        expect(now.version).toBe(2);
        expect([4000, 5000]).toContain(now.value);
        const history = await t.store.history.list({ entity: 'item', entityId: item.id });
        expect(history).toHaveLength(1);
      } finally {
        await second.close();
      }
    });

    it('version document metadata: corrections rise it, a stale one is refused', async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const [stored] = await t.store.documents.list();
      expect(stored?.version).toBe(1);
      const renamed = await t.store.documents.updateMeta(
        documentId,
        { title: '新标题', horizon: 2030 },
        'editor',
        { expectedVersion: 1 },
      );
      expect(renamed).toMatchObject({ title: '新标题', horizon: 2030, version: 2 });
      const stale = await conflictOf(
        t.store.documents.updateMeta(documentId, { title: '旧的' }, 'late', { expectedVersion: 1 }),
      );
      expect(stale).toMatch(/当前版本 2/);
      expect((await t.store.documents.get(documentId)).title).toBe('新标题');
      const history = await t.store.history.list({ entity: 'document', entityId: documentId });
      expect(history.map((h) => h.action)).toEqual(['ingest', 'correct']);
      await expect(
        t.store.documents.updateMeta(documentId, { kind: 'novel' } as never, 'x'),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    });

    it('keep a data version every store on the database sees', async () => {
      const second = await createStore({ url: t.url });
      try {
        const before = await second.dataVersion.current();
        expect(await t.store.dataVersion.bump()).toBe(before + 1);
        expect(await second.dataVersion.current()).toBe(before + 1);
      } finally {
        await second.close();
      }
    });
  });
}
