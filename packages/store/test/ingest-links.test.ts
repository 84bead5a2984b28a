import { isLantuError } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import type { IngestReadingInput } from '../src/repositories/ingest-reading.js';
import { CHINA_EUROPE_TRAINS, GDP } from './catalog.js';
import { failInsertsWhere } from './failing-trigger.js';
import { SAMPLE_ITEMS, SAMPLE_TEXT, sampleIngest } from './sample-reading.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

const YIWU = 'cn-zj-jh-yw';
const JINHUA = 'cn-zj-jh';
const NOW = '2026-02-01T08:00:00.000Z';

type IngestLink = NonNullable<IngestReadingInput['links']>[number];

function link(
  itemIndex: number,
  indicatorCode: string | null,
  confidence: number | null,
  jurisdictionCode: string | null,
): IngestLink {
  return { itemIndex, indicatorCode, confidence, jurisdictionCode, method: 'auto' };
}

/** Links for the sample's items 0 (GDP target), 2 (trains target), 4 and 5 (GDP actuals). */
const LINKS: readonly IngestLink[] = [
  link(0, 'gdp', 0.9, YIWU),
  link(2, 'china-europe-trains', 0.8, YIWU),
  link(4, 'gdp', 0.9, YIWU),
  // Another jurisdiction than the document's, so the history shows that change too.
  link(5, 'gdp', 0.7, JINHUA),
];

/** The figures of the two actuals (items 4 and 5); the second one is Jinhua's. */
const OBSERVATIONS: NonNullable<IngestReadingInput['observations']> = [
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
  {
    itemIndex: 5,
    observation: {
      indicator_code: 'gdp',
      jurisdiction: JINHUA,
      year: 2025,
      period: null,
      measure: 'increase',
      value: 7.9,
      base_unit: '%',
      comparator: '=',
    },
  },
];

function linkedIngest(options: Parameters<typeof sampleIngest>[0] = {}): IngestReadingInput {
  return { ...sampleIngest(options), links: LINKS, observations: OBSERVATIONS };
}

for (const dialect of DIALECTS) {
  describe(`ingest with links and observations (${dialect})`, () => {
    const t = useStore(dialect, { now: () => new Date(NOW) });

    async function seed(): Promise<void> {
      await t.store.jurisdictions.seedDefaults();
      await t.store.indicators.upsert([GDP, CHINA_EUROPE_TRAINS], { builtin: true });
    }

    it('store the links and observations with the document, as links.set and addMany would', async () => {
      await seed();
      const result = await t.store.documents.ingestReading(linkedIngest());
      expect(result.status).toBe('created');
      const { items } = await t.store.documents.getReading(result.documentId);
      expect(
        items.map((i) => [i.indicator_code, i.link_confidence, i.link_method, i.jurisdiction_code]),
      ).toEqual([
        ['gdp', 0.9, 'auto', YIWU],
        [null, null, null, YIWU],
        ['china-europe-trains', 0.8, 'auto', YIWU],
        [null, null, null, YIWU],
        ['gdp', 0.9, 'auto', YIWU],
        ['gdp', 0.7, 'auto', JINHUA],
      ]);
      expect(items.every((i) => i.updated_at === NOW)).toBe(true);

      const [level] = await t.store.observations.series({
        indicatorCode: 'gdp',
        jurisdictionCode: YIWU,
      });
      const actual = items[4];
      if (actual === undefined) throw new Error('sample has six items');
      expect(level).toMatchObject({
        ...OBSERVATIONS[0]?.observation,
        item_id: actual.id,
        created_at: NOW,
        source: {
          type: 'document',
          document_id: result.documentId,
          item_id: actual.id,
          text: actual.text,
          start: actual.start,
          end: actual.end,
        },
      });
      expect(SAMPLE_TEXT.slice(actual.start, actual.end)).toBe(SAMPLE_ITEMS[4]?.text);
      const jinhua = await t.store.observations.series({
        indicatorCode: 'gdp',
        jurisdictionCode: JINHUA,
      });
      expect(jinhua.map((o) => [o.measure, o.value, o.item_id])).toEqual([
        ['increase', 7.9, items[5]?.id],
      ]);

      // The same document stored the old way (ingest, then links.set): the same history.
      const plain = await t.store.documents.ingestReading(sampleIngest({ suffix: '\n' }));
      const plainItems = (await t.store.documents.getReading(plain.documentId)).items;
      for (const link of LINKS) {
        const id = plainItems[link.itemIndex]?.id ?? '';
        await t.store.links.set({ ...link, itemId: id, actor: 'test' });
      }
      const historyOf = async (ids: readonly string[]) =>
        Promise.all(
          ids.map(async (entityId) =>
            (await t.store.history.list({ entity: 'item', entityId })).map(
              ({ action, actor, at, before, after }) => ({ action, actor, at, before, after }),
            ),
          ),
        );
      const together = await historyOf(items.map((i) => i.id));
      expect(together).toEqual(await historyOf(plainItems.map((i) => i.id)));
      expect(together.map((entries) => entries.length)).toEqual([1, 0, 1, 0, 1, 1]);
      expect(together[5]).toEqual([
        {
          action: 'link',
          actor: 'test',
          at: NOW,
          before: {
            indicator_code: null,
            link_confidence: null,
            link_method: null,
            jurisdiction_code: YIWU,
          },
          after: {
            indicator_code: 'gdp',
            link_confidence: 0.7,
            link_method: 'auto',
            jurisdiction_code: JINHUA,
          },
        },
      ]);
    });

    it('write nothing when the same content is ingested again with its links', async () => {
      await seed();
      const first = await t.store.documents.ingestReading(linkedIngest());
      const before = await countRows(t.raw);
      const again = await t.store.documents.ingestReading(linkedIngest({ fileName: 'again.md' }));
      expect(again).toEqual({ status: 'unchanged', documentId: first.documentId });
      expect(await countRows(t.raw)).toEqual(before);
    });

    it('leave nothing of the document behind when writing an observation fails', async () => {
      await seed();
      // Another document is stored, so "unchanged" is not just "empty".
      await t.store.documents.ingestReading(linkedIngest({ suffix: '\n' }));
      // The second observation is refused after the document, items, links, history and
      // the first observation went in.
      await failInsertsWhere(t.raw, dialect, {
        table: 'observations',
        column: 'jurisdiction_code',
        value: JINHUA,
      });
      const before = await countRows(t.raw);
      expect(before.documents).toBe(1);
      expect(before.observations).toBe(2);
      const failure: unknown = await t.store.documents.ingestReading(linkedIngest()).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isLantuError(failure)).toBe(true);
      expect(failure).toMatchObject({
        name: 'LantuError',
        code: 'INTERNAL',
        message: expect.stringContaining('forced failure') as unknown,
      });
      expect(await countRows(t.raw)).toEqual(before);
    });

    it('refuse links and observations that name unknown codes, writing nothing', async () => {
      await seed();
      const before = await countRows(t.raw);
      const unknownIndicator = {
        ...linkedIngest(),
        links: [link(0, 'no-such', 0.9, YIWU)],
      };
      await expect(t.store.documents.ingestReading(unknownIndicator)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringContaining('no indicator no-such') as unknown,
      });
      const [first] = OBSERVATIONS;
      if (first === undefined) throw new Error('two observations');
      const unknownJurisdiction = {
        ...linkedIngest(),
        observations: [
          first,
          { ...first, observation: { ...first.observation, jurisdiction: 'xx-nowhere' } },
        ],
      };
      await expect(t.store.documents.ingestReading(unknownJurisdiction)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringContaining('no jurisdiction xx-nowhere') as unknown,
      });
      expect(await countRows(t.raw)).toEqual(before);
    });

    it('refuse links and observations of items the reading does not have', async () => {
      await seed();
      const [first] = OBSERVATIONS;
      if (first === undefined) throw new Error('two observations');
      const badIndex = {
        ...linkedIngest(),
        links: [...LINKS, link(6, 'gdp', 0.9, YIWU)],
        observations: [{ ...first, itemIndex: -1 }],
      };
      await expect(t.store.documents.ingestReading(badIndex)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringMatching(
          /links\[4\]\.itemIndex.*observations\[0\]\.itemIndex/s,
        ) as unknown,
      });
      const twice = {
        ...linkedIngest(),
        links: [...LINKS, link(5, 'gdp', 0.5, YIWU)],
      };
      await expect(t.store.documents.ingestReading(twice)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringContaining('linked twice') as unknown,
      });
      expect((await countRows(t.raw)).documents).toBe(0);
    });
  });
}
