import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../src/records.js';
import { CHINA_EUROPE_TRAINS, GDP } from './catalog.js';
import { sampleIngest } from './sample-reading.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

for (const dialect of DIALECTS) {
  describe(`links (${dialect})`, () => {
    const t = useStore(dialect);

    async function firstItem(): Promise<StoredItem> {
      await t.store.jurisdictions.seedDefaults();
      await t.store.indicators.upsert([GDP, CHINA_EUROPE_TRAINS], { builtin: true });
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const [item] = await t.store.items.list({ documentId, limit: 1 });
      if (item === undefined) throw new Error('sample has items');
      return item;
    }

    it('link an item to an indicator and a jurisdiction, recording the change', async () => {
      const item = await firstItem();
      const result = await t.store.links.set({
        itemId: item.id,
        indicatorCode: 'gdp',
        confidence: 0.82,
        jurisdictionCode: 'cn-zj-jh',
        method: 'auto',
        actor: 'linker',
      });
      expect(result.status).toBe('linked');
      expect(await t.store.items.get(item.id)).toMatchObject({
        indicator_code: 'gdp',
        link_confidence: 0.82,
        link_method: 'auto',
        jurisdiction_code: 'cn-zj-jh',
        review_state: 'extracted',
      });
      const [entry] = await t.store.history.list({ entity: 'item', entityId: item.id });
      expect(entry).toMatchObject({
        action: 'link',
        actor: 'linker',
        before: {
          indicator_code: null,
          link_confidence: null,
          link_method: null,
          jurisdiction_code: 'cn-zj-jh-yw',
        },
        after: {
          indicator_code: 'gdp',
          link_confidence: 0.82,
          link_method: 'auto',
          jurisdiction_code: 'cn-zj-jh',
        },
      });
    });

    it("never let the automatic linker overwrite a person's link", async () => {
      const item = await firstItem();
      await t.store.links.set({
        itemId: item.id,
        indicatorCode: null,
        confidence: null,
        method: 'manual',
        actor: '李四',
      });
      const auto = await t.store.links.set({
        itemId: item.id,
        indicatorCode: 'gdp',
        confidence: 0.99,
        method: 'auto',
        actor: 'linker',
      });
      expect(auto.status).toBe('kept');
      expect(auto.item).toMatchObject({ indicator_code: null, link_method: 'manual' });
      const manual = await t.store.links.set({
        itemId: item.id,
        indicatorCode: 'gdp',
        confidence: 1,
        method: 'manual',
        actor: '李四',
      });
      expect(manual.status).toBe('linked');
      const again = await t.store.links.set({
        itemId: item.id,
        indicatorCode: 'gdp',
        confidence: 1,
        method: 'manual',
        actor: '李四',
      });
      expect(again.status).toBe('unchanged');
      const actions = (await t.store.history.list({ entity: 'item', entityId: item.id })).map(
        (e) => e.actor,
      );
      expect(actions).toEqual(['李四', '李四']);
    });

    it('refuse unknown indicators, jurisdictions and bad confidences, changing nothing', async () => {
      const item = await firstItem();
      const before = await countRows(t.raw);
      const base = { itemId: item.id, confidence: 0.5, method: 'auto', actor: 'linker' } as const;
      await expect(t.store.links.set({ ...base, indicatorCode: 'cpi' })).rejects.toMatchObject({
        code: 'INPUT_INVALID',
      });
      await expect(
        t.store.links.set({ ...base, indicatorCode: 'gdp', jurisdictionCode: 'cn-bj' }),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      await expect(
        t.store.links.set({ ...base, indicatorCode: 'gdp', confidence: 1.5 }),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      await expect(
        t.store.links.set({ ...base, itemId: 'nope', indicatorCode: 'gdp' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await countRows(t.raw)).toEqual(before);
      expect(await t.store.items.get(item.id)).toEqual(item);
    });
  });
}
