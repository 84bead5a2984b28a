import { describe, expect, it } from 'vitest';
import { createStore } from '../src/create-store.js';
import { DIALECTS, useStore } from './use-store.js';

const DONGYANG = {
  code: 'cn-zj-jh-dy',
  name_zh: '东阳市',
  name_en: 'Dongyang',
  level: 'county',
  parent_code: 'cn-zj-jh',
} as const;

for (const dialect of DIALECTS) {
  describe(`the jurisdiction list kept between calls (${dialect})`, () => {
    const t = useStore(dialect);

    it('is read once while nothing changes, and again after this or another store writes', async () => {
      await t.store.jurisdictions.seedDefaults();
      const first = await t.store.jurisdictions.list();
      expect(await t.store.jurisdictions.list()).toBe(first); // the same list, not read again

      // a rename through this store is seen at once
      await t.store.jurisdictions.upsert([{ ...DONGYANG, name_zh: '东阳' }]);
      await t.store.jurisdictions.upsert([DONGYANG]);
      expect((await t.store.jurisdictions.list()).map((j) => j.name_zh)).toContain('东阳市');

      // a place added by another process on the same database is seen on the next call
      const other = await createStore({ url: t.url });
      try {
        await other.jurisdictions.upsert([
          {
            code: 'cn-zj-jh-pj',
            name_zh: '浦江县',
            name_en: 'Pujiang',
            level: 'county',
            parent_code: 'cn-zj-jh',
          },
        ]);
      } finally {
        await other.close();
      }
      expect((await t.store.jurisdictions.list()).map((j) => j.name_zh)).toContain('浦江县');
    });

    it('drops stored statuses and raises the data version in one write', async () => {
      const before = await t.store.dataVersion.current();
      expect(await t.store.dataVersion.bumpDroppingStatuses()).toBe(before + 1);
      expect(await t.store.dataVersion.current()).toBe(before + 1);
    });
  });
}
