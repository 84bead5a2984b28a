/**
 * Normalisation of indicator names as documents write them, so that
 * `全市 GDP 增速`, `“全市生产总值”` and `地区生产总值` meet on one string.
 * Applied to metrics and aliases alike, so every rule is symmetric.
 */

/** Quote marks, Markdown emphasis and whitespace carry no meaning in a metric. */
const NOISE = /[\s"'“”‘’「」『』《》〈〉*_`]/gu;
/** A parenthetical (`快递送达时间（全国）`, `细颗粒物(PM2.5)`) qualifies, it does not name. */
const PARENTHETICAL = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/gu;

/**
 * Spellings of one concept that documents use interchangeably. Order matters:
 * the longer GDP spellings go first so `国内生产总值` does not leave `国内`.
 */
const CANONICAL: readonly (readonly [RegExp, string])[] = [
  [/(?:地区|国内)?生产总值/gu, 'gdp'],
  [/规模以上/gu, '规上'],
  [/研究与试验发展|研发/gu, 'r&d'],
  // `占…的比重`: the particle adds nothing.
  [/的/gu, ''],
];

/**
 * Scope words in front of a metric say where, not what: 全市生产总值 is GDP of
 * the document's jurisdiction. 地区 is here because 地区GDP reads as GDP.
 */
const SCOPE_PREFIX =
  /^(?:全市|全省|全县|全区|全州|全盟|全旗|全国|全社会|全体|我市|我省|我县|我区|我州|本市|本省|本县|本区|地区)/u;

/**
 * Words after the indicator that give the measure (a growth rate, a total, a
 * ranking), not a different indicator: 全市GDP增速 is GDP, measured as growth.
 */
const MEASURE_SUFFIX = /(?:年均)?(?:增速|增长率|增幅|增长|增量)$|(?:总量|规模|排名|排位|位次)$/u;

/** A leading place name: two or three characters and a level word (金华市…). */
const GENERIC_PLACE_PREFIX = /^[\u4e00-\u9fff]{2,3}(?:省|市|县|区|州)/u;

/** Lower case, half-width, no quotes or spaces or parentheticals, canonical spellings. */
export function normaliseMetric(text: string): string {
  let out = text.normalize('NFKC').toLowerCase().replace(NOISE, '');
  // Nested parentheses are rare; two passes cover 教育（“教育倍增”）.
  out = out.replace(PARENTHETICAL, '').replace(PARENTHETICAL, '');
  for (const [pattern, replacement] of CANONICAL) out = out.replace(pattern, replacement);
  return out;
}

const NAME_FORMS = new Map<string, readonly string[]>();
/** Place names are few and asked about for every metric: their forms are kept. */
const MAX_KEPT_NAMES = 20_000;

/** Short forms of a jurisdiction name: 义乌市 → 义乌市, 义乌; 浙江省 → 浙江省, 浙江. */
export function jurisdictionNameForms(name: string): readonly string[] {
  const kept = NAME_FORMS.get(name);
  if (kept !== undefined) return kept;
  const full = normaliseMetric(name);
  const short = full.replace(/(?:特别行政区|自治区|自治州|自治县|省|市|县|区|州|旗)$/u, '');
  const forms = Object.freeze(short.length >= 2 && short !== full ? [full, short] : [full]);
  if (name.length <= 64 && NAME_FORMS.size < MAX_KEPT_NAMES) NAME_FORMS.set(name, forms);
  return forms;
}

/** One way of reading a metric, and what was taken off to get it. */
export interface MetricForm {
  readonly text: string;
  /** The pieces removed, for the linker's reason text. */
  readonly removed: readonly string[];
  /** Only for exact matching: made by guessing that a leading X市 is a place. */
  readonly guessed: boolean;
}

function stripPrefixes(
  text: string,
  names: readonly string[],
): { text: string; removed: string[] } {
  const removed: string[] = [];
  let out = text;
  // Prefixes stack (义乌市全市…), so strip until nothing more comes off.
  for (let changed = true; changed;) {
    changed = false;
    for (const name of names) {
      if (name.length > 0 && out.startsWith(name) && out.length > name.length) {
        removed.push(name);
        out = out.slice(name.length);
        changed = true;
      }
    }
    const scope = SCOPE_PREFIX.exec(out);
    if (scope !== null && out.length > scope[0].length) {
      removed.push(scope[0]);
      out = out.slice(scope[0].length);
      changed = true;
    }
  }
  return { text: out, removed };
}

/**
 * The readings of a metric worth matching, most faithful first: as written,
 * without scope/jurisdiction prefixes, without measure suffixes, both, and a
 * last guess that drops a leading place name nobody told us about.
 */
export function metricForms(
  metric: string,
  jurisdictionNames: readonly string[] = [],
): MetricForm[] {
  const names = jurisdictionNames
    .flatMap(jurisdictionNameForms)
    .sort((a, b) => b.length - a.length);
  const full = normaliseMetric(metric);
  const forms: MetricForm[] = [];
  const add = (text: string, removed: readonly string[], guessed: boolean): void => {
    if (text.length > 0 && !forms.some((f) => f.text === text))
      forms.push({ text, removed, guessed });
  };
  add(full, [], false);
  const prefixed = stripPrefixes(full, names);
  add(prefixed.text, prefixed.removed, false);
  for (const base of [{ text: full, removed: [] as string[] }, prefixed]) {
    const suffix = MEASURE_SUFFIX.exec(base.text);
    if (suffix !== null && base.text.length > suffix[0].length) {
      add(base.text.slice(0, -suffix[0].length), [...base.removed, suffix[0]], false);
    }
  }
  const place = GENERIC_PLACE_PREFIX.exec(prefixed.text);
  if (place !== null) {
    const rest = stripPrefixes(prefixed.text.slice(place[0].length), names);
    const suffix = MEASURE_SUFFIX.exec(rest.text);
    const removed = [...prefixed.removed, place[0], ...rest.removed];
    add(rest.text, removed, true);
    if (suffix !== null && rest.text.length > suffix[0].length) {
      add(rest.text.slice(0, -suffix[0].length), [...removed, suffix[0]], true);
    }
  }
  return forms;
}
