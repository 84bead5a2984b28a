import { describe, expect, it } from 'vitest';
import { DIALECTS, useStore } from './use-store.js';

for (const dialect of DIALECTS) {
  describe(`GB/T 2260 catalog (${dialect})`, () => {
    const t = useStore(dialect);

    it('adds every province, prefecture and county once, keeping stored slugs', async () => {
      await t.store.jurisdictions.seedDefaults();
      const added = await t.store.jurisdictions.seedCatalog();
      expect(added).toBeGreaterThan(3600);
      expect(await t.store.jurisdictions.seedCatalog()).toBe(0);
      const all = await t.store.jurisdictions.list();
      expect(all.filter((j) => j.level === 'province')).toHaveLength(34);
      // 义乌市 keeps its slug and gains its official code; 金华's other counties sit beside it.
      const yiwu = await t.store.jurisdictions.get('cn-zj-jh-yw');
      expect(yiwu.gb_code).toBe('330782');
      const dongyang = await t.store.jurisdictions.resolve('东阳市');
      expect(dongyang).toMatchObject({
        code: 'cn-330783',
        parent_code: 'cn-zj-jh',
        level: 'county',
      });
      const hangzhou = await t.store.jurisdictions.resolve('杭州市');
      expect(hangzhou).toMatchObject({
        parent_code: 'cn-zj',
        gb_code: '330100',
        name_en: 'Hangzhou',
      });
      const guangdong = await t.store.jurisdictions.resolve('广东省');
      expect(guangdong.parent_code).toBe('cn');
      expect((await t.store.jurisdictions.ancestors(dongyang.code)).map((j) => j.code)).toEqual([
        'cn-330783',
        'cn-zj-jh',
        'cn-zj',
        'cn',
      ]);
    });
  });
}
