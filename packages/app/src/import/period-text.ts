/** A figure's year and part-year period, as observations keep them. */
export interface YearPeriod {
  readonly year: number;
  /** null for a whole year; `H1`, `Q1-Q3`, `M1-M10`; `2021-2025` for a span. */
  readonly period: string | null;
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** `上半年`, `前三季度`, `1-10月`, `H1`, `Q1-Q3`, `M1-M10` … → the canonical period, or undefined. */
function partOfYear(text: string): string | null | undefined {
  if (text === '' || text === '全年' || text === '年') return null;
  const canonical = /^(H[12]|Q[1-4](?:-Q[1-4])?|M(?:[1-9]|1[0-2])(?:-M(?:[1-9]|1[0-2]))?)$/u.exec(
    text,
  );
  if (canonical !== null) return canonical[1] ?? null;
  if (text === '上半年') return 'H1';
  if (text === '下半年') return 'H2';
  const quarter = /^第?([一二三四1-4])季度$/u.exec(text);
  if (quarter !== null) return `Q${CHINESE_DIGITS[quarter[1] ?? ''] ?? quarter[1]}`;
  const firstQuarters = /^前([一二三四1-4])季度$|^1-([1-4])季度$/u.exec(text);
  if (firstQuarters !== null) {
    const last = firstQuarters[1] ?? firstQuarters[2] ?? '';
    const n = CHINESE_DIGITS[last] ?? Number(last);
    return n === 1 ? 'Q1' : `Q1-Q${n}`;
  }
  const months = /^(\d{1,2})(?:-(\d{1,2}))?月(?:份)?$/u.exec(text);
  if (months !== null) {
    const from = Number(months[1]);
    const to = months[2] === undefined ? from : Number(months[2]);
    if (from < 1 || to > 12 || from > to) return undefined;
    return from === to ? `M${from}` : `M${from}-M${to}`;
  }
  return undefined;
}

/**
 * Reads a period as tables write it: `2025`, `2025年`, `2025H1`, `2025年上半年`,
 * `2025Q1-Q3`, `2025年前三季度`, `2025年1-10月`, `2021-2025` (a span: its last year, with
 * the span as period). With a separate `year` cell the period cell may give only the part
 * of the year (`H1`, `上半年`). Returns a message when the text is none of these.
 */
export function parsePeriod(periodCell: string, yearCell: string): YearPeriod | string {
  // NFKC folds full-width digits; dashes of every width become one hyphen.
  const text = periodCell
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[—–~至到]/gu, '-')
    .toUpperCase();
  const yearText = yearCell.normalize('NFKC').trim().replace(/年$/u, '');
  const span = /^(\d{4})年?-(\d{4})年?$/u.exec(text);
  if (span !== null) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    if (from >= to) return `period "${periodCell}" must run from an earlier to a later year`;
    return { year: to, period: `${from}-${to}` };
  }
  const withYear = /^(\d{4})年?-?(.*)$/u.exec(text);
  let year: number | null = null;
  let rest = text;
  if (withYear !== null) {
    year = Number(withYear[1]);
    rest = withYear[2] ?? '';
  }
  if (yearText !== '') {
    if (!/^\d{4}$/u.test(yearText)) return `year "${yearCell}" is not a four-digit year`;
    if (year !== null && year !== Number(yearText)) {
      return `period "${periodCell}" and year "${yearCell}" disagree`;
    }
    year = Number(yearText);
  }
  if (year === null) {
    return periodCell.trim() === ''
      ? 'no year or period given'
      : `period "${periodCell}" names no year (2025, 2025H1, 2025Q1-Q3, 2021-2025)`;
  }
  const period = partOfYear(rest);
  if (period === undefined) {
    return `period "${periodCell}" is not a year, part of a year or span (2025, 2025H1, 2025Q1-Q3, 2021-2025)`;
  }
  return { year, period };
}
