import type { Jurisdiction } from '@lantu/core';

/**
 * The jurisdictions of the first corpus, 全国 ⊃ 浙江省 ⊃ 金华市 ⊃ 义乌市. Data, not schema:
 * `store.jurisdictions.seedDefaults()` upserts them, and callers add others the same way.
 */
export const DEFAULT_JURISDICTIONS: readonly Jurisdiction[] = [
  { code: 'cn', name_zh: '全国', name_en: 'China', level: 'country', parent_code: null },
  {
    code: 'cn-zj',
    name_zh: '浙江省',
    name_en: 'Zhejiang Province',
    level: 'province',
    parent_code: 'cn',
    gb_code: '330000',
  },
  {
    code: 'cn-zj-jh',
    name_zh: '金华市',
    name_en: 'Jinhua',
    level: 'prefecture',
    parent_code: 'cn-zj',
    gb_code: '330700',
  },
  {
    code: 'cn-zj-jh-yw',
    name_zh: '义乌市',
    name_en: 'Yiwu',
    level: 'county',
    parent_code: 'cn-zj-jh',
    gb_code: '330782',
  },
];
