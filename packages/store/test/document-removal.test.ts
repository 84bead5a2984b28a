import { describe, expect, it } from 'vitest';
import type { IngestReadingInput } from '../src/repositories/ingest-reading.js';
import { GDP } from './catalog.js';
import { sampleIngest } from './sample-reading.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

const YIWU = 'cn-zj-jh-yw';

/** The sample with its GDP actual (item 4) linked and reported as an observation. */
function withFigure(options: Parameters<typeof sampleIngest>[0] = {}): IngestReadingInput {
  return {
    ...sampleIngest(options),
    links: [
      {
        itemIndex: 4,
        indicatorCode: 'gdp',
        confidence: 0.9,
        jurisdictionCode: YIWU,
        method: 'auto',
      },
    ],
    observations: [
      {
        itemIndex: 4,
        observation: {
          indicator_code: 'gdp',
          jurisdiction: YIWU,
          year: 2025,
          period: null,
          measure: 'level',
          value: 2693.3e8,
          base_unit: '元',
          comparator: '=',
        },
      },
    ],
  };
}

for (const dialect of DIALECTS) {
  describe(`document delete and replace (${dialect})`, () => {
    const t = useStore(dialect, { now: () => new Date('2026-02-01T08:00:00.000Z') });

    async function seed(): Promise<void> {
      await t.store.jurisdictions.seedDefaults();
      await t.store.indicators.upsert([GDP], { builtin: true });
    }

    it('delete a document with its items, reading and observations, recording who', async () => {
      await seed();
      const empty = await countRows(t.raw);
      const { documentId } = await t.store.documents.ingestReading(withFigure());
      expect((await countRows(t.raw)).observations).toBe(1);
      await t.store.documents.delete(documentId, 'reviewer@lantu.demo');
      const after = await countRows(t.raw);
      for (const table of [
        'documents',
        'items',
        'outline_nodes',
        'frameworks',
        'framework_parts',
        'observations',
      ] as const) {
        expect(after[table], table).toBe(empty[table]);
      }
      await expect(t.store.documents.get(documentId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const history = await t.store.history.list({ entity: 'document', entityId: documentId });
      expect(history.map((entry) => entry.action)).toEqual(['ingest', 'delete']);
      expect(history[1]).toMatchObject({
        actor: 'reviewer@lantu.demo',
        before: { title: '义乌市“十五五”规划纲要', items: 6, observations: 1 },
      });
    });

    it('refuse to delete an unknown document, changing nothing', async () => {
      await seed();
      await t.store.documents.ingestReading(withFigure());
      const before = await countRows(t.raw);
      await expect(t.store.documents.delete('nope', 'reviewer')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await countRows(t.raw)).toEqual(before);
    });

    it('replace a document: decisions on unchanged items carry over, corrections are counted as dropped', async () => {
      await seed();
      const old = await t.store.documents.ingestReading(withFigure());
      const oldItems = (await t.store.documents.getReading(old.documentId)).items;
      const [first, second, third] = oldItems;
      if (first === undefined || second === undefined || third === undefined) {
        throw new Error('the sample has six items');
      }
      await t.store.items.confirm(first.id, 'reviewer');
      await t.store.items.reject(second.id, 'reviewer');
      await t.store.items.updateItem(third.id, { scope: '全市' }, 'reviewer');

      const next = await t.store.documents.ingestReading(withFigure({ suffix: '\n（修订版）' }));
      expect(next.status).toBe('created');
      const result = await t.store.documents.replace(old.documentId, next.documentId, 'reviewer');
      expect(result).toEqual({ keptDecisions: 2, droppedDecisions: 1 });

      const states = (await t.store.documents.getReading(next.documentId)).items.map(
        (item) => item.review_state,
      );
      expect(states.slice(0, 3)).toEqual(['confirmed', 'rejected', 'extracted']);
      await expect(t.store.documents.get(old.documentId)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const rows = await countRows(t.raw);
      expect(rows.documents).toBe(1);
      expect(rows.observations).toBe(1);
      const oldHistory = await t.store.history.list({
        entity: 'document',
        entityId: old.documentId,
      });
      expect(oldHistory.at(-1)).toMatchObject({
        action: 'replace',
        actor: 'reviewer',
        after: { replaced_by: next.documentId, kept_decisions: 2 },
      });
      const newHistory = await t.store.history.list({
        entity: 'document',
        entityId: next.documentId,
      });
      expect(newHistory.map((entry) => entry.action)).toEqual(['ingest', 'replace']);
    });
  });
}
