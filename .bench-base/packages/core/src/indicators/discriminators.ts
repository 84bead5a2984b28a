/**
 * Hard separations. A discriminator is a word that turns one indicator into a
 * different one: 规上 (above designated size only), 增加值 vs 产值, 人均, a share
 * (占…比重). Outside an exact alias match, a metric and a candidate name must
 * agree on every discriminator, so 工业总产值 never reaches 规上工业总产值 and a
 * share never reaches the level it is a share of. Patterns run on normalised
 * text (see `normaliseMetric`: 规模以上 → 规上, 生产总值 → gdp, 研发 → r&d).
 */
export interface Discriminator {
  readonly id: string;
  readonly pattern: RegExp;
  /** Why the word separates indicators, for the linker's reason text. */
  readonly why: string;
}

export const DISCRIMINATORS: readonly Discriminator[] = [
  {
    id: 'share',
    pattern: /占|比重|比例|比率|强度/u,
    why: 'a share or intensity (占…比重) is never the level it is a share of',
  },
  { id: 'per-capita', pattern: /人均/u, why: '人均 divides by population' },
  { id: 'per-unit', pattern: /单位|每万|每千|万元gdp/u, why: 'a per-unit figure is a ratio' },
  {
    id: 'above-scale',
    pattern: /规上/u,
    why: '规上 counts only enterprises above designated size',
  },
  { id: 'value-added', pattern: /增加值/u, why: '增加值 (value added) is not 产值 (gross output)' },
  { id: 'output', pattern: /产值/u, why: '产值 (gross output) is not 增加值 (value added)' },
  { id: 'two-way-trade', pattern: /进出口/u, why: '进出口 is both directions, not 出口 or 进口' },
  { id: 'urban', pattern: /城镇(?!化)/u, why: '城镇 restricts to urban residents or jobs' },
  { id: 'rural', pattern: /农村|农民|乡村/u, why: '农村 restricts to rural residents' },
  { id: 'urbanisation', pattern: /城镇化/u, why: '城镇化率 is a share of the population' },
  { id: 'core', pattern: /核心/u, why: '核心产业 is a defined subset' },
  { id: 'manufacturing', pattern: /制造业/u, why: '制造业 is a subset of industry' },
  { id: 'enterprises', pattern: /企业/u, why: 'a count of enterprises is not their output' },
];

/** The discriminators on which two normalised names disagree (empty when they agree). */
export function discriminatorConflicts(a: string, b: string): Discriminator[] {
  return DISCRIMINATORS.filter((d) => d.pattern.test(a) !== d.pattern.test(b));
}
