import type { Jurisdiction } from '@lantu/core';
import divisions from './gb2260.json' with { type: 'json' };

/** One entry of the bundled GB/T 2260 catalog (built by scripts/build-divisions.ts). */
interface Division {
  readonly gb: string;
  readonly zh: string;
  readonly en: string;
  readonly level: 'province' | 'prefecture' | 'county';
  readonly parent: string | null;
}

const CATALOG = divisions as readonly Division[];

/** How many divisions the catalog holds (34 provinces, ~340 prefectures, ~3,300 counties). */
export const DIVISION_COUNT = CATALOG.length;

/**
 * The catalog as jurisdictions under 全国 (`cn`). A division already stored under a slug
 * (浙江省 as `cn-zj`, found by its GB code) keeps that slug, and its children hang under it;
 * the others get `cn-<GB code>`.
 */
export function catalogJurisdictions(slugByGb: ReadonlyMap<string, string>): Jurisdiction[] {
  const codeOf = (gb: string) => slugByGb.get(gb) ?? `cn-${gb}`;
  return CATALOG.map((d) => ({
    code: codeOf(d.gb),
    name_zh: d.zh,
    name_en: d.en,
    level: d.level,
    parent_code: d.parent === null ? 'cn' : codeOf(d.parent),
    gb_code: d.gb,
  }));
}
