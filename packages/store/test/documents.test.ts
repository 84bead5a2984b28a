import type { Item } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { failInsertsWhere } from './failing-trigger.js';
import {
  SAMPLE_FRAMEWORKS,
  SAMPLE_ITEMS,
  SAMPLE_OUTLINE,
  SAMPLE_TEXT,
  sampleIngest,
} from './sample-reading.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

/** The core Item fields of a stored item, to compare with what was ingested. */
function itemFields(item: Item): Item {
  const { kind, metric, measure, comparator, value, value_max, unit, base_value, base_unit } = item;
  const { year, period, recurring, baseline, scope, text, start, end, section } = item;
  return {
    kind,
    metric,
    measure,
    comparator,
    value,
    value_max,
    unit,
    base_value,
    base_unit,
    year,
    period,
    recurring,
    baseline,
    scope,
    text,
    start,
    end,
    section,
  };
}

for (const dialect of DIALECTS) {
  describe(`documents (${dialect})`, () => {
    const t = useStore(dialect, { now: () => new Date('2026-02-01T08:00:00.000Z') });

    it('ingest a reading and give back the same outline, frameworks and items', async () => {
      await t.store.jurisdictions.seedDefaults();
      const result = await t.store.documents.ingestReading(sampleIngest());
      expect(result.status).toBe('created');

      const reading = await t.store.documents.getReading(result.documentId);
      expect(reading.document).toMatchObject({
        id: result.documentId,
        file_name: 'yiwu-15th-plan.md',
        title: '义乌市“十五五”规划纲要',
        jurisdiction_code: 'cn-zj-jh-yw',
        issuer: '义乌市人民政府',
        kind: 'five-year-plan',
        date: '2026-01-20',
        horizon: 2030,
        chars: SAMPLE_TEXT.length,
        created_at: '2026-02-01T08:00:00.000Z',
      });
      expect(reading.outline).toEqual(SAMPLE_OUTLINE);
      expect(reading.frameworks).toEqual(SAMPLE_FRAMEWORKS);
      expect(reading.items.map(itemFields)).toEqual(SAMPLE_ITEMS);
      expect(reading.items.map((item) => item.idx)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(reading.items.every((item) => item.review_state === 'extracted')).toBe(true);
      expect(reading.items.every((item) => item.jurisdiction_code === 'cn-zj-jh-yw')).toBe(true);

      const document = await t.store.documents.get(result.documentId);
      expect(document.text).toBe(SAMPLE_TEXT);
      for (const item of reading.items)
        expect(document.text.slice(item.start, item.end)).toBe(item.text);

      const history = await t.store.history.list({
        entity: 'document',
        entityId: result.documentId,
      });
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        action: 'ingest',
        actor: 'test',
        before: null,
        after: { items: 6 },
      });
    });

    it('leave everything as it was when the same content is ingested again', async () => {
      await t.store.jurisdictions.seedDefaults();
      const first = await t.store.documents.ingestReading(sampleIngest());
      const before = await countRows(t.raw);
      const again = await t.store.documents.ingestReading(sampleIngest({ fileName: 'renamed.md' }));
      expect(again).toEqual({ status: 'unchanged', documentId: first.documentId });
      expect(await countRows(t.raw)).toEqual(before);
      expect((await t.store.documents.get(first.documentId)).file_name).toBe('yiwu-15th-plan.md');
    });

    it('store the same text once per jurisdiction, including once without one', async () => {
      await t.store.jurisdictions.seedDefaults();
      const yiwu = await t.store.documents.ingestReading(sampleIngest());
      const jinhua = await t.store.documents.ingestReading(
        sampleIngest({ jurisdiction: '金华市' }),
      );
      const none = await t.store.documents.ingestReading(sampleIngest({ jurisdiction: null }));
      const noneAgain = await t.store.documents.ingestReading(sampleIngest({ jurisdiction: null }));
      expect([yiwu.status, jinhua.status, none.status]).toEqual(['created', 'created', 'created']);
      expect(noneAgain).toEqual({ status: 'unchanged', documentId: none.documentId });
      expect(await t.store.documents.list({ jurisdictionCode: 'cn-zj-jh' })).toHaveLength(1);
      expect((await t.store.documents.list()).map((d) => d.id)).toHaveLength(3);
    });

    it('leave nothing behind when the database fails halfway through an ingest', async () => {
      await t.store.jurisdictions.seedDefaults();
      // The last item is refused after the document, outline, frameworks and earlier items went in.
      await failInsertsWhere(t.raw, dialect, {
        table: 'items',
        column: 'metric',
        value: '义新欧中欧班列开行量',
      });
      const before = await countRows(t.raw);
      await expect(t.store.documents.ingestReading(sampleIngest())).rejects.toMatchObject({
        name: 'LantuError',
        code: 'INTERNAL',
        message: expect.stringContaining('forced failure') as unknown,
      });
      expect(await countRows(t.raw)).toEqual(before);
      expect(before.documents + before.items + before.history).toBe(0);
    });

    it('refuse a reading whose offsets do not match its text, writing nothing', async () => {
      await t.store.jurisdictions.seedDefaults();
      const input = sampleIngest();
      const [first, ...rest] = input.reading.items;
      if (first === undefined) throw new Error('sample has items');
      const shifted = { ...first, start: first.start + 1, end: first.end + 1 };
      const bad = { ...input, reading: { ...input.reading, items: [shifted, ...rest] } };
      await expect(t.store.documents.ingestReading(bad)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringContaining('items[0].text must equal the document text') as unknown,
      });
      const outOfOutline = {
        ...input,
        reading: { ...input.reading, items: [{ ...first, section: 9 }] },
      };
      await expect(t.store.documents.ingestReading(outOfOutline)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
      });
      expect((await countRows(t.raw)).documents).toBe(0);
    });

    it('refuse a document of an unknown jurisdiction', async () => {
      await t.store.jurisdictions.seedDefaults();
      const input = sampleIngest({ jurisdiction: '东阳市' });
      await expect(t.store.documents.ingestReading(input)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringContaining('东阳市') as unknown,
      });
      expect((await countRows(t.raw)).documents).toBe(0);
    });

    it('answer NOT_FOUND for an unknown document id', async () => {
      await expect(t.store.documents.get('no-such-id')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(t.store.documents.getReading('no-such-id')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
}
