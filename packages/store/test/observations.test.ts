import type { Observation } from '@lantu/core';
import { describe, expect, it } from 'vitest';
import { GDP, gdpObservation } from './catalog.js';
import { failInsertsWhere } from './failing-trigger.js';
import { sampleIngest } from './sample-reading.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

for (const dialect of DIALECTS) {
  describe(`observations (${dialect})`, () => {
    const t = useStore(dialect, { now: () => new Date('2026-03-01T00:00:00.000Z') });

    async function seed(): Promise<void> {
      await t.store.jurisdictions.seedDefaults();
      await t.store.indicators.upsert([GDP], { builtin: true });
    }

    it('store a batch and return a series by year, whole years before part years', async () => {
      await seed();
      const stored = await t.store.observations.addMany([
        gdpObservation(2025, 2693.3e8),
        gdpObservation(2024, 2495.6e8),
        gdpObservation(2025, 1290.1e8, 'H1'),
        { ...gdpObservation(2025, 7.9), measure: 'increase', base_unit: '%' },
      ]);
      expect(stored.map((o) => o.created_at)).toEqual(Array(4).fill('2026-03-01T00:00:00.000Z'));
      const levels = await t.store.observations.series({
        indicatorCode: 'gdp',
        jurisdictionCode: 'cn-zj-jh-yw',
        measure: 'level',
      });
      expect(levels.map((o) => [o.year, o.period, o.value])).toEqual([
        [2024, null, 2495.6e8],
        [2025, null, 2693.3e8],
        [2025, 'H1', 1290.1e8],
      ]);
      const all = await t.store.observations.series({
        indicatorCode: 'gdp',
        jurisdictionCode: 'cn-zj-jh-yw',
      });
      expect(all).toHaveLength(4);
      expect(all.find((o) => o.measure === 'increase')).toEqual(stored[3]);
      expect(
        await t.store.observations.series({ indicatorCode: 'gdp', jurisdictionCode: 'cn-zj' }),
      ).toEqual([]);
    });

    it('keep a document source and its item link', async () => {
      await seed();
      const { documentId } = await t.store.documents.ingestReading(sampleIngest());
      const item = (await t.store.items.list({ documentId, kind: 'actual', limit: 1 }))[0];
      if (item === undefined) throw new Error('sample has actuals');
      const observation: Observation = {
        ...gdpObservation(2025, 2693.3e8),
        source: {
          type: 'document',
          document_id: documentId,
          item_id: item.id,
          text: item.text,
          start: item.start,
          end: item.end,
        },
      };
      const [stored] = await t.store.observations.addMany([observation]);
      expect(stored).toMatchObject({ ...observation, item_id: item.id });
      const [read] = await t.store.observations.series({
        indicatorCode: 'gdp',
        jurisdictionCode: 'cn-zj-jh-yw',
      });
      expect(read?.source).toEqual(observation.source);
    });

    it('store nothing from a batch with one unknown code or bad value', async () => {
      await seed();
      const good = [gdpObservation(2020, 1), gdpObservation(2021, 2)];
      const batches: Observation[][] = [
        [...good, { ...gdpObservation(2022, 3), indicator_code: 'cpi' }],
        [...good, { ...gdpObservation(2022, 3), jurisdiction: 'cn-bj' }],
        [...good, { ...gdpObservation(2022, 3), value: Number.POSITIVE_INFINITY }],
        [...good, { ...gdpObservation(2022, 3), source: { type: 'rumour' } as never }],
      ];
      for (const batch of batches) {
        await expect(t.store.observations.addMany(batch)).rejects.toMatchObject({
          code: 'INPUT_INVALID',
        });
      }
      expect((await countRows(t.raw)).observations).toBe(0);
    });

    it('roll the whole batch back when the database fails after earlier rows went in', async () => {
      await seed();
      // 250 rows are written in two statements; the refused row is in the second.
      const batch = Array.from({ length: 250 }, (_, index) => gdpObservation(2000 + index, index));
      await failInsertsWhere(t.raw, dialect, {
        table: 'observations',
        column: 'year',
        value: 2000 + 240,
      });
      await expect(t.store.observations.addMany(batch)).rejects.toMatchObject({
        code: 'INTERNAL',
        message: expect.stringContaining('forced failure') as unknown,
      });
      expect((await countRows(t.raw)).observations).toBe(0);
    });
  });
}

const REVIEWER = { userId: 'u-rev', name: '发改局审核员', role: 'reviewer', unitId: null } as const;

for (const dialect of DIALECTS) {
  describe(`figures people enter (${dialect})`, () => {
    const t = useStore(dialect, { now: () => new Date('2026-03-01T00:00:00.000Z') });

    it('enters, corrects and withdraws a figure, each step in history with its author', async () => {
      await t.store.jurisdictions.seedDefaults();
      await t.store.indicators.upsert([GDP], { builtin: true });
      const manual = {
        ...gdpObservation(2025, 2600e8),
        source: { type: 'manual', actor: '发改局审核员', note: '统计公报' },
      } as const;
      const entered = await t.store.observations.enter(manual, REVIEWER);
      expect(await t.store.observations.listBySource('manual')).toMatchObject([
        { id: entered.id, value: 2600e8 },
      ]);
      const corrected = await t.store.observations.correct(
        entered.id,
        { ...manual, value: 2693.3e8 },
        REVIEWER,
      );
      expect(corrected.value).toBe(2693.3e8);
      expect((await t.store.observations.get(entered.id)).value).toBe(2693.3e8);
      await t.store.observations.withdraw(entered.id, REVIEWER);
      await expect(t.store.observations.get(entered.id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(t.store.observations.withdraw(entered.id, REVIEWER)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const history = await t.store.history.list({ entity: 'observation', entityId: entered.id });
      expect(history.map((h) => [h.action, h.actor, h.actor_id])).toEqual([
        ['enter', '发改局审核员', 'u-rev'],
        ['correct', '发改局审核员', 'u-rev'],
        ['withdraw', '发改局审核员', 'u-rev'],
      ]);
      expect(history[1]?.before).toMatchObject({ value: 2600e8 });
      expect(history[1]?.after).toMatchObject({ value: 2693.3e8 });
    });

    it('refuses a figure of an unknown indicator, storing nothing', async () => {
      await t.store.jurisdictions.seedDefaults();
      await expect(
        t.store.observations.enter(
          { ...gdpObservation(2025, 1), source: { type: 'manual', actor: 'x' } },
          REVIEWER,
        ),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      expect(await t.store.observations.listBySource('manual')).toEqual([]);
    });
  });
}
