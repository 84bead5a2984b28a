import { describe, expect, it } from 'vitest';
import { DEFAULT_JURISDICTIONS } from '../src/default-jurisdictions.js';
import { countRows, DIALECTS, useStore } from './use-store.js';

const DONGYANG = {
  code: 'cn-zj-jh-dy',
  name_zh: '东阳市',
  name_en: 'Dongyang',
  level: 'county',
  parent_code: 'cn-zj-jh',
} as const;

for (const dialect of DIALECTS) {
  describe(`jurisdictions (${dialect})`, () => {
    const t = useStore(dialect);

    it('seed 全国 ⊃ 浙江省 ⊃ 金华市 ⊃ 义乌市 and walk the hierarchy both ways', async () => {
      await t.store.jurisdictions.seedDefaults();
      await t.store.jurisdictions.seedDefaults();
      await t.store.jurisdictions.upsert([DONGYANG]);
      expect(await t.store.jurisdictions.list()).toHaveLength(5);
      const names = (list: readonly { name_zh: string }[]) => list.map((j) => j.name_zh);
      expect(names(await t.store.jurisdictions.ancestors('cn-zj-jh-yw'))).toEqual([
        '义乌市',
        '金华市',
        '浙江省',
        '全国',
      ]);
      expect(names(await t.store.jurisdictions.descendants('cn-zj'))).toEqual([
        '浙江省',
        '金华市',
        '东阳市',
        '义乌市',
      ]);
      expect(await t.store.jurisdictions.descendants('cn-zj-jh-yw')).toEqual([
        DEFAULT_JURISDICTIONS[3],
      ]);
    });

    it('resolve a code or a Chinese name', async () => {
      await t.store.jurisdictions.seedDefaults();
      expect((await t.store.jurisdictions.resolve('义乌市')).code).toBe('cn-zj-jh-yw');
      expect((await t.store.jurisdictions.resolve('cn-zj')).name_zh).toBe('浙江省');
      await expect(t.store.jurisdictions.resolve('东阳市')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('accept children before parents in one batch, but refuse orphans and cycles', async () => {
      await t.store.jurisdictions.upsert([...DEFAULT_JURISDICTIONS].reverse());
      expect(await t.store.jurisdictions.list()).toHaveLength(4);
      const before = await countRows(t.raw);
      await expect(
        t.store.jurisdictions.upsert([{ ...DONGYANG, parent_code: 'cn-xx' }]),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      // 浙江省 under 义乌市 would make 义乌市 its own ancestor.
      const zhejiang = await t.store.jurisdictions.get('cn-zj');
      const cycle = { ...zhejiang, parent_code: 'cn-zj-jh-yw' };
      await expect(t.store.jurisdictions.upsert([cycle])).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringContaining('cycle') as unknown,
      });
      await expect(
        t.store.jurisdictions.upsert([{ ...DONGYANG, level: 'village' as never }]),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      expect(await countRows(t.raw)).toEqual(before);
      expect((await t.store.jurisdictions.get('cn-zj')).parent_code).toBe('cn');
    });

    it('answer NOT_FOUND for unknown codes', async () => {
      await expect(t.store.jurisdictions.get('cn-xx')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(t.store.jurisdictions.ancestors('cn-xx')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(t.store.jurisdictions.descendants('cn-xx')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
}
