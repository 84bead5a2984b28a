/**
 * Chinese numerals to numbers: 十七 = 17, 两 = 2, 一百二十 = 120, 二〇三五 = 2035
 * (digit-by-digit form), 三千五百万 = 35000000. Returns null for anything else.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  // Digit-by-digit (years, codes): every char a digit, no units.
  if (text.length >= 2 && [...text].every((ch) => ch in DIGITS) && text !== '两') {
    let value = 0;
    for (const ch of text) value = value * 10 + (DIGITS[ch] ?? 0);
    return value;
  }
  // yi: the part already multiplied by 亿; wan: by 万; section: below 万.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    if (ch === '万') {
      const part = section + (digit ?? 0);
      wan += (part === 0 ? 1 : part) * 1e4;
      section = 0;
      digit = null;
      continue;
    }
    if (ch === '亿') {
      const part = wan + section + (digit ?? 0);
      yi = (yi + (part === 0 ? 1 : part)) * 1e8;
      wan = 0;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return yi + wan + section + (digit ?? 0);
}
