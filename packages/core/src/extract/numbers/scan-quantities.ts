import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.js';
import { MAGNITUDE_WORDS, UNIT_WORDS, unitInfo } from './units.js';

/**
 * A number with its magnitude and unit as written: `2693.3亿元`, `7.9%`,
 * `3-5个`, `百分之五`, `十万人`. Offsets are into the scanned string.
 */
export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueMax: number | null;
  /** Magnitude + unit as written (`亿元`, `万`, `%`), '' when none. */
  readonly unit: string;
  readonly baseUnit: string | null;
  /** value × factor = the value in the base unit. */
  readonly factor: number;
  readonly chineseNumeral: boolean;
  /**
   * 多/余 inside the quantity (`1270多万人`, `2.7万余件`, `9000多处`): more than the number.
   * The unit is written without it.
   */
  readonly more?: boolean;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NUM = `\\d+(?:\\.\\d+)?`;
// Bounded: a Chinese numeral is never longer than a dozen characters, and an unbounded
// repeat would rescan a long run of 一 from every position.
const CNUM = `[${CHINESE_NUMERAL_CHARS.replace(/[万亿]/g, '')}]{1,12}`;
const MAG = `(?:${MAGNITUDE_WORDS.map(escape).join('|')})`;
const UNIT = `(?:${UNIT_WORDS.map(escape).join('|')})`;

// A Chinese numeral only counts before a magnitude, percent or multiple (十万人, 五成, 三倍),
// or after 百分之: the lookahead keeps the scanner from trying every 一 of 一体化.
const QUANTITY_RE = new RegExp(
  `(百分之)?(${NUM}|${CNUM}(?=[万亿成%倍]|个百分点|(?<=百分之${CNUM})))(%)?(?:\\s*[-~—–至到]\\s*(${NUM}|${CNUM}))?(?:([多余])(?=${MAG}|${UNIT}))?(${MAG})?(?:([多余])(?=${UNIT}))?(${UNIT}|成(?![为立功效果本绩]))?`,
  'g',
);

/** Units a Chinese numeral must carry to count as a quantity (`十万人`, `三千亿元`). */
const CHINESE_NUMERAL_OK_UNITS = /^(?:万|亿|万亿|千万|百万)|^(?:%|个百分点|倍)$/;

/** What may not follow a number that is an item: dates, ordinals, classes, versions. */
const NOT_AFTER = /^(?:年(?!均)|月|日|号|时(?!间)|届|代|级|型|版|期|季度|周年|强|[A-Za-z])/;

function parseNumber(text: string): number | null {
  if (/^\d/.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  eachQuantity(text, (quantity) => {
    out.push(quantity);
    return false;
  });
  return out;
}

/**
 * Whether the text holds a quantity with a unit: `scanQuantities(text).some(q => q.unit !== '')`
 * that stops at the first one (a whole sentence is scanned, and one line can be a whole document).
 */
export function hasQuantityWithUnit(text: string): boolean {
  return eachQuantity(text, (quantity) => quantity.unit !== '');
}

/** Visits the quantities of the text in order until `visit` returns true; returns whether it did. */
function eachQuantity(text: string, visit: (quantity: Quantity) => boolean): boolean {
  QUANTITY_RE.lastIndex = 0;
  for (let m = QUANTITY_RE.exec(text); m !== null; m = QUANTITY_RE.exec(text)) {
    if (m[0].length === 0) {
      QUANTITY_RE.lastIndex++;
      continue;
    }
    const quantity = toQuantity(text, m);
    if (quantity && visit(quantity)) return true;
  }
  return false;
}

function toQuantity(text: string, m: RegExpExecArray): Quantity | null {
  const [
    whole,
    percentWord,
    first = '',
    percentSign,
    second,
    moreBefore,
    magnitude = '',
    moreAfter,
    unitWord = '',
  ] = m;
  // A minus sign after 为/是/: (`增速为-12.9%`, `自然增长率为-0.23‰`) makes the figure negative;
  // after a digit it is a range or a date (`3-5个`), left alone.
  const negative =
    /[为是：:（(，,]$/.test(text.slice(Math.max(0, m.index - 2), m.index - 1)) &&
    /[-－−]/.test(text.charAt(m.index - 1));
  const start = negative ? m.index - 1 : m.index;
  const end = m.index + whole.length;
  const chinese = !/^\d/.test(first);
  let unit = percentSign || percentWord ? '%' : magnitude + unitWord;
  if (chinese) {
    if (percentWord) unit = '%';
    else if (!CHINESE_NUMERAL_OK_UNITS.test(magnitude + unitWord) && unitWord !== '成') return null;
  }
  const after = text.slice(end, end + 3);
  const before = text.charAt(m.index - 1);
  if (!unit && isYearsMeasure(text, m.index, first, after)) {
    return { ...yearsOf(first, start, end + 1), chineseNumeral: false };
  }
  if (!unit && NOT_AFTER.test(after)) return null;
  if (unitWord === '' && magnitude === '' && !percentSign && !percentWord) {
    // A bare number: only a year-free count followed by 以上/以下 … is kept by callers.
    if (/^\d{4}$/.test(first) || chinese) return null;
  }
  if (/[A-Za-z]/.test(before) && !unit) return null;
  if (/^[A-Za-z]/.test(after) && !unitWord) return null;
  if (before === '第' || before === '.' || /\d/.test(before)) return null;
  let value = parseNumber(first);
  if (value !== null && negative) value = -value;
  let valueMax = second ? parseNumber(second) : null;
  if (value === null) return null;
  if (unitWord === '成' && chinese) {
    value *= 10;
    if (valueMax !== null) valueMax *= 10;
    unit = '%';
  }
  const info = unit === '%' ? { base: '%', factor: 1 } : unitInfo(magnitude, unitWord);
  return {
    start,
    end,
    value,
    valueMax,
    unit,
    baseUnit: info.base,
    factor: info.factor,
    chineseNumeral: chinese,
    ...(moreBefore || moreAfter ? { more: true } : {}),
  };
}

/**
 * Years as a measure, not a date (`平均受教育年限从13.5年提高到14年`, `人均受教育年限达到10.8年`):
 * a decimal before 年, or a whole number under 100 with 年限 shortly before it in the clause.
 */
function isYearsMeasure(text: string, at: number, first: string, after: string): boolean {
  if (!after.startsWith('年') || after.startsWith('年均') || !/^\d/.test(first)) return false;
  if (/^\d+\.\d+$/.test(first)) return true;
  return (
    /^\d{1,2}$/.test(first) && /年限[^，。；]{0,10}$/.test(text.slice(Math.max(0, at - 16), at))
  );
}

function yearsOf(first: string, start: number, end: number): Omit<Quantity, 'chineseNumeral'> {
  const value = Number(first);
  return { start, end, value, valueMax: null, unit: '年', baseUnit: '年', factor: 1 };
}

/** value × factor without binary noise: 2693.3 × 1e8 = 269330000000, not …0.00003. */
export function baseValueOf(quantity: Pick<Quantity, 'value' | 'factor'>): number {
  const product = quantity.value * quantity.factor;
  // An integer of at most 12 digits is what toPrecision(12) would give back: skip its string.
  // (+ 0 turns -0 into 0, as the string round trip does.)
  if (Number.isInteger(product) && Math.abs(product) < 1e12) return product + 0;
  return Number(product.toPrecision(12));
}
