import { describe, expect, it } from 'vitest';
import { sampleIngest } from './sample-reading.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

/** The sample ingest with the reader's confidence on its first two items, the second restating the first. */
function ingestWithConfidence() {
  const input = sampleIngest();
  const [first, second, ...rest] = input.reading.items;
  if (first === undefined || second === undefined) throw new Error('sample has items');
  const items = [
    {
      ...first,
      confidence: 0.85,
      reason: '读作目标：句中写明2030年',
      confidence_reasons: ['+ 比较词明确', '+ 找到指标名'],
    },
    { ...second, confidence: 0.4, restates: 0 },
    ...rest,
  ];
  return { ...input, reading: { ...input.reading, items } };
}

for (const dialect of DIALECTS) {
  describe(`item confidence and restatement (${dialect})`, () => {
    const t = useStore(dialect);

    it('keep each item’s confidence, reason, rules and restated item; items without them have none', async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(ingestWithConfidence());
      const [first, second, third] = await t.store.items.list({ documentId });
      expect(first).toMatchObject({
        confidence: 0.85,
        reason: '读作目标：句中写明2030年',
        confidence_reasons: ['+ 比较词明确', '+ 找到指标名'],
      });
      expect(first).not.toHaveProperty('restates');
      expect(second).toMatchObject({ confidence: 0.4, restates: 0 });
      expect(third).not.toHaveProperty('confidence');
      expect(third).not.toHaveProperty('reason');
    });

    it('keep the confidence through a correction', async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(ingestWithConfidence());
      const [first] = await t.store.items.list({ documentId });
      if (first === undefined) throw new Error('ingested items');
      const corrected = await t.store.items.updateItem(
        first.id,
        { metric: '地区生产总值' },
        'test',
      );
      expect(corrected).toMatchObject({ metric: '地区生产总值', confidence: 0.85 });
    });

    it('refuse a confidence outside 0–1 or a negative restated index, writing nothing', async () => {
      await t.store.jurisdictions.seedDefaults();
      const input = ingestWithConfidence();
      const [first, ...rest] = input.reading.items;
      if (first === undefined) throw new Error('sample has items');
      const tooSure = {
        ...input,
        reading: { ...input.reading, items: [{ ...first, confidence: 1.5 }, ...rest] },
      };
      await expect(t.store.documents.ingestReading(tooSure)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringContaining('confidence must be a number between 0 and 1') as unknown,
      });
      const badLink = {
        ...input,
        reading: { ...input.reading, items: [{ ...first, restates: -1 }, ...rest] },
      };
      await expect(t.store.documents.ingestReading(badLink)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
      });
      expect((await countRows(t.raw)).documents).toBe(0);
    });
  });
}
