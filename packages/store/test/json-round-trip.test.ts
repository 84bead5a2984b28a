import type { Framework, Observation } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { GDP } from './catalog.js';
import { sampleIngest } from './sample-reading.js';
import { DIALECTS, useStore } from './use-store.js';

/** Strings JSON and SQL both like to mangle: quotes, backslashes, separators, astral characters. */
const AWKWARD = ['“双循环”', 'a"b\\c', '行\n分', '\u2028\u2029', '𠮷野家', '😀', "it's", '\t'];

for (const dialect of DIALECTS) {
  describe(`JSON columns (${dialect})`, () => {
    const t = useStore(dialect);

    it('return framework part names exactly as stored', async () => {
      await t.store.jurisdictions.seedDefaults();
      const input = sampleIngest();
      const framework: Framework = {
        name: '八大新场景',
        text: '',
        start: 0,
        end: 0,
        parts: [{ count: 8, label: '新场景', items: AWKWARD }],
      };
      const reading = { ...input.reading, frameworks: [framework] };
      const { documentId } = await t.store.documents.ingestReading({ ...input, reading });
      expect((await t.store.documents.getReading(documentId)).frameworks).toEqual([framework]);
    });

    it('return aliases, manual sources and history values exactly as stored', async () => {
      await t.store.jurisdictions.seedDefaults();
      await t.store.indicators.upsert([{ ...GDP, aliases: AWKWARD }]);
      expect((await t.store.indicators.get('gdp')).aliases).toEqual(AWKWARD);

      const observation: Observation = {
        indicator_code: 'gdp',
        jurisdiction: 'cn-zj-jh-yw',
        year: 2025,
        period: 'Q1-Q3',
        measure: 'level',
        value: 0.1 + 0.2,
        base_unit: '元',
        comparator: '~',
        source: { type: 'manual', actor: '王五', note: AWKWARD.join('|') },
      };
      const [stored] = await t.store.observations.addMany([observation]);
      const [read] = await t.store.observations.series({
        indicatorCode: 'gdp',
        jurisdictionCode: 'cn-zj-jh-yw',
      });
      expect(read).toEqual(stored);
      expect(read?.value).toBe(0.1 + 0.2);

      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const [item] = await t.store.items.list({ documentId, limit: 1 });
      if (item === undefined) throw new Error('sample has items');
      await t.store.items.updateItem(
        item.id,
        { metric: AWKWARD.join(''), scope: '全省县（市、区）' },
        '赵六',
      );
      const [entry] = await t.store.history.list({ entity: 'item', entityId: item.id });
      expect(entry?.after).toEqual({
        metric: AWKWARD.join(''),
        scope: '全省县（市、区）',
        review_state: 'corrected',
      });
      expect((await t.store.items.get(item.id)).metric).toBe(AWKWARD.join(''));
    });
  });
}
