/**
 * Five-year plan periods. From the fourth plan (1971–1975) on, plans follow each other
 * every five years, so the period ending in `end` is the ((end − 1975) / 5 + 4)-th:
 * 2025 → 十四五 (2021–2025), 2030 → 十五五 (2026–2030).
 */
export interface PlanPeriod {
  readonly startYear: number;
  readonly endYear: number;
  /** `十四五`; null for periods before the fourth plan or not on the five-year grid. */
  readonly nameZh: string | null;
  /** `14th Five-Year Plan`; null as above. */
  readonly nameEn: string | null;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 as Chinese numerals: 14 → 十四, 20 → 二十. */
function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[ones] ?? ''}`;
}

function englishOrdinal(n: number): string {
  const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${tail}`;
}

/** The five-year period whose last year is `endYear`. */
export function fiveYearPeriod(endYear: number): PlanPeriod {
  const onGrid = endYear >= 1975 && (endYear - 1975) % 5 === 0;
  const n = onGrid ? (endYear - 1975) / 5 + 4 : null;
  return {
    startYear: endYear - 4,
    endYear,
    nameZh: n === null ? null : `${chineseOrdinal(n)}五`,
    nameEn: n === null ? null : `${englishOrdinal(n)} Five-Year Plan`,
  };
}

/** The five-year period that contains `year` (2023 → 2021–2025). */
export function fiveYearPeriodOf(year: number): PlanPeriod {
  const offset = (((year - 1971) % 5) + 5) % 5;
  return fiveYearPeriod(year - offset + 4);
}
