import { describe, expect, it } from 'vitest';
import { CHINA_EUROPE_TRAINS, GDP } from './catalog.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

for (const dialect of DIALECTS) {
  describe(`indicators (${dialect})`, () => {
    const t = useStore(dialect);

    it('upsert the catalog and read it back, aliases included', async () => {
      await t.store.indicators.upsert([GDP, CHINA_EUROPE_TRAINS], { builtin: true });
      expect(await t.store.indicators.list()).toEqual([
        { ...CHINA_EUROPE_TRAINS, is_builtin: true },
        { ...GDP, is_builtin: true },
      ]);
      const renamed = { ...GDP, name_en: 'GDP', aliases: ['GDP'] };
      await t.store.indicators.upsert([renamed]);
      expect(await t.store.indicators.get('gdp')).toEqual({ ...renamed, is_builtin: false });
      expect(await t.store.indicators.list()).toHaveLength(2);
    });

    it('refuse a batch with a bad or repeated indicator, storing none of it', async () => {
      const bad = [
        [GDP, { ...CHINA_EUROPE_TRAINS, code: 'Not A Slug' }],
        [GDP, { ...CHINA_EUROPE_TRAINS, polarity: 'sideways' }],
        [GDP, { ...CHINA_EUROPE_TRAINS, unit_family: 'feelings' }],
        [GDP, GDP],
      ] as const;
      for (const batch of bad) {
        await expect(t.store.indicators.upsert(batch as never)).rejects.toMatchObject({
          code: 'INPUT_INVALID',
        });
      }
      expect((await countRows(t.raw)).indicators).toBe(0);
    });

    it('answer NOT_FOUND for an unknown code', async () => {
      await expect(t.store.indicators.get('cpi')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
