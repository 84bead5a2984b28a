/** `items.count`: one SQL count with the list's filter, paging ignored. */
import { describe, expect, it } from 'vitest';
import { sampleIngest } from './sample-reading.js';
import { DIALECTS, useStore } from './use-store.js';

for (const dialect of DIALECTS) {
  describe(`items.count (${dialect})`, () => {
    const t = useStore(dialect);

    it('counts what list would return without paging', async () => {
      await t.store.jurisdictions.seedDefaults();
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const all = await t.store.items.list({ documentId });
      expect(await t.store.items.count({ documentId })).toBe(all.length);
      expect(await t.store.items.count({ documentId, limit: 1, offset: 1 })).toBe(all.length);
      const targets = all.filter((i) => i.kind === 'target').length;
      expect(await t.store.items.count({ documentId, kind: 'target' })).toBe(targets);
      expect(await t.store.items.count({ documentId: 'nope' })).toBe(0);
    });
  });
}
