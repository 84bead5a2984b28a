import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../src/records.js';
import type { ItemPatch } from '../src/validation/item-patch.js';
import { sampleIngest } from './sample-reading.js';
import { countRows, DIALECTS, useStore, type StoreUnderTest } from './use-store.js';

const GDP_INDICATOR = {
  code: 'gdp',
  name_zh: '地区生产总值',
  name_en: 'Gross regional product',
  aliases: ['全市生产总值', 'GDP'],
  unit_family: 'currency',
  base_unit: '元',
  polarity: 'higher-is-better',
} as const;

/** Seeds jurisdictions, ingests the sample, returns its items in reading order. */
async function ingestSample(t: StoreUnderTest): Promise<StoredItem[]> {
  await t.store.jurisdictions.seedDefaults();
  const { documentId } = await t.store.documents.ingestReading(sampleIngest());
  return t.store.items.list({ documentId });
}

function nth(items: readonly StoredItem[], index: number): StoredItem {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

for (const dialect of DIALECTS) {
  describe(`items (${dialect})`, () => {
    const t = useStore(dialect);

    it('filter by document, section, kind, year, review state, indicator and jurisdiction', async () => {
      const items = await ingestSample(t);
      const other = await t.store.documents.ingestReading(
        sampleIngest({ suffix: '\n附：名词解释', jurisdiction: '金华市' }),
      );
      const metrics = (list: readonly StoredItem[]) =>
        list.map((item) => `${item.idx}:${item.metric}`);

      expect(items).toHaveLength(6);
      expect(await t.store.items.list()).toHaveLength(12);
      expect(await t.store.items.list({ documentId: other.documentId })).toHaveLength(6);
      expect(
        metrics(await t.store.items.list({ documentId: nth(items, 0).document_id, section: 3 })),
      ).toEqual(['3:人口规模', '4:全市生产总值', '5:全市生产总值']);
      expect(
        await t.store.items.list({ kind: 'actual', jurisdictionCode: 'cn-zj-jh-yw' }),
      ).toHaveLength(2);
      expect(await t.store.items.list({ year: 2025 })).toHaveLength(4);
      expect(await t.store.items.list({ section: null })).toHaveLength(0);

      await t.store.items.confirm(nth(items, 2).id, 'reviewer');
      const confirmed = await t.store.items.list({ reviewState: 'confirmed' });
      expect(confirmed.map((item) => item.id)).toEqual([nth(items, 2).id]);

      await t.store.indicators.upsert([GDP_INDICATOR]);
      await t.store.links.set({
        itemId: nth(items, 4).id,
        indicatorCode: 'gdp',
        confidence: 0.9,
        method: 'auto',
        actor: 'linker',
      });
      expect((await t.store.items.list({ indicatorCode: 'gdp' })).map((item) => item.id)).toEqual([
        nth(items, 4).id,
      ]);
      expect(await t.store.items.list({ indicatorCode: null })).toHaveLength(11);
    });

    it('page through items in reading order', async () => {
      const items = await ingestSample(t);
      const page = await t.store.items.list({
        documentId: nth(items, 0).document_id,
        limit: 2,
        offset: 2,
      });
      expect(page.map((item) => item.idx)).toEqual([2, 3]);
      const rest = await t.store.items.list({ documentId: nth(items, 0).document_id, offset: 4 });
      expect(rest.map((item) => item.idx)).toEqual([4, 5]);
      await expect(t.store.items.list({ limit: -1 })).rejects.toMatchObject({
        code: 'INPUT_INVALID',
      });
    });

    it('record a correction as corrected, with the changed fields before and after in history', async () => {
      const target = nth(await ingestSample(t), 0);
      const updated = await t.store.items.updateItem(
        target.id,
        { value: 3200, base_value: 3.2e11 },
        '张三',
      );
      expect(updated).toMatchObject({ value: 3200, base_value: 3.2e11, review_state: 'corrected' });
      expect(await t.store.items.get(target.id)).toEqual(updated);

      const history = await t.store.history.list({ entity: 'item', entityId: target.id });
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        action: 'correct',
        actor: '张三',
        before: { value: 3000, base_value: 3e11, review_state: 'extracted' },
        after: { value: 3200, base_value: 3.2e11, review_state: 'corrected' },
      });
    });

    it('correct a baseline and a range, round-tripping nested values', async () => {
      const target = nth(await ingestSample(t), 1);
      const patch: ItemPatch = {
        comparator: 'range',
        value: 5.5,
        value_max: 6.5,
        baseline: { value: 2693.3, unit: '亿元', year: 2025 },
      };
      const updated = await t.store.items.updateItem(target.id, patch, 'reviewer');
      expect(await t.store.items.get(target.id)).toMatchObject(patch);
      expect(updated.recurring).toBe(true);
    });

    it('change nothing for an invalid patch', async () => {
      const target = nth(await ingestSample(t), 0);
      const before = await countRows(t.raw);
      const invalid: unknown[] = [
        {},
        { start: 0 },
        { section: 2 },
        { value: 'three thousand' },
        { value: Number.NaN },
        { kind: 'wish' },
        { comparator: 'range' },
        { year: 30 },
        { metric: '  ' },
        { baseline: { value: 1 } },
        null,
      ];
      for (const patch of invalid) {
        await expect(
          t.store.items.updateItem(target.id, patch as ItemPatch, 'reviewer'),
          JSON.stringify(patch),
        ).rejects.toMatchObject({
          name: 'LantuError',
          code: 'INPUT_INVALID',
        });
      }
      await expect(t.store.items.updateItem(target.id, { value: 1 }, '')).rejects.toMatchObject({
        code: 'INPUT_INVALID',
      });
      expect(await t.store.items.get(target.id)).toEqual(target);
      expect(await countRows(t.raw)).toEqual(before);
    });

    it('write no history for a patch that changes nothing', async () => {
      const target = nth(await ingestSample(t), 0);
      const same = await t.store.items.updateItem(target.id, { value: 3000 }, 'reviewer');
      expect(same).toEqual(target);
      expect(await t.store.history.list({ entity: 'item', entityId: target.id })).toEqual([]);
    });

    it('confirm and reject, each with one history entry', async () => {
      const target = nth(await ingestSample(t), 2);
      expect((await t.store.items.confirm(target.id, 'a')).review_state).toBe('confirmed');
      expect((await t.store.items.confirm(target.id, 'a')).review_state).toBe('confirmed');
      expect((await t.store.items.reject(target.id, 'b')).review_state).toBe('rejected');
      const history = await t.store.history.list({ entity: 'item', entityId: target.id });
      expect(
        history.map((entry) => [entry.action, entry.actor, entry.before, entry.after]),
      ).toEqual([
        ['confirm', 'a', { review_state: 'extracted' }, { review_state: 'confirmed' }],
        ['reject', 'b', { review_state: 'confirmed' }, { review_state: 'rejected' }],
      ]);
    });

    it('answer NOT_FOUND for an unknown item', async () => {
      await expect(t.store.items.get('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(t.store.items.updateItem('nope', { value: 1 }, 'a')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(t.store.items.confirm('nope', 'a')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(t.store.items.reject('nope', 'a')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
