import { addDays, dayNumber, lastDayOfMonth } from './dates.js';
import type { ReportingFrequency } from './types.js';

/** One reporting period of an assignment and the day its report is due. */
export interface ReportingPeriod {
  /** `2026`, `2026-H1`, `2026-Q3`, `2026-M07`: what a report names as its period. */
  readonly key: string;
  readonly start: string;
  readonly end: string;
  /** The period's end (or the assignment's due date, if earlier) plus the reporting lag. */
  readonly reportDue: string;
}

const MONTHS_PER_PERIOD: Readonly<Record<ReportingFrequency, number>> = {
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  yearly: 12,
};

function periodKey(frequency: ReportingFrequency, year: number, index: number): string {
  switch (frequency) {
    case 'monthly':
      return `${year}-M${String(index + 1).padStart(2, '0')}`;
    case 'quarterly':
      return `${year}-Q${index + 1}`;
    case 'half-yearly':
      return `${year}-H${index + 1}`;
    case 'yearly':
      return String(year);
  }
}

/**
 * The calendar periods an assignment running from `start` to `due` reports on: every
 * month, quarter, half-year or year that overlaps the window. A period that runs past the
 * due date is reported on by the due date (plus the lag), not at its calendar end.
 */
export function reportingPeriods(
  frequency: ReportingFrequency,
  start: string,
  due: string,
  lagDays: number,
): ReportingPeriod[] {
  const months = MONTHS_PER_PERIOD[frequency];
  const first = Number(start.slice(0, 4));
  const last = Number(due.slice(0, 4));
  const periods: ReportingPeriod[] = [];
  for (let year = first; year <= last; year++) {
    for (let index = 0; index < 12 / months; index++) {
      const fromMonth = index * months + 1;
      const periodStart = `${year}-${String(fromMonth).padStart(2, '0')}-01`;
      const periodEnd = lastDayOfMonth(year, fromMonth + months - 1);
      if (dayNumber(periodEnd) < dayNumber(start) || dayNumber(periodStart) > dayNumber(due)) {
        continue;
      }
      const closes = dayNumber(periodEnd) > dayNumber(due) ? due : periodEnd;
      periods.push({
        key: periodKey(frequency, year, index),
        start: periodStart,
        end: periodEnd,
        reportDue: addDays(closes, lagDays),
      });
    }
  }
  return periods;
}

/** Whether `key` names a period of this frequency (`2026-Q3` for quarterly …). */
export function isPeriodKey(frequency: ReportingFrequency, key: string): boolean {
  const patterns: Record<ReportingFrequency, RegExp> = {
    monthly: /^\d{4}-M(0[1-9]|1[0-2])$/u,
    quarterly: /^\d{4}-Q[1-4]$/u,
    'half-yearly': /^\d{4}-H[12]$/u,
    yearly: /^\d{4}$/u,
  };
  return patterns[frequency].test(key);
}

/** A period key in words: 2026年第三季度 / Q3 2026. */
export function periodWords(key: string): { zh: string; en: string } {
  const [year = key, part] = key.split('-');
  if (part === undefined) return { zh: `${year}年`, en: year };
  const n = Number(part.slice(1));
  if (part.startsWith('M')) return { zh: `${year}年${n}月`, en: `${year}-${part.slice(1)}` };
  if (part.startsWith('Q')) {
    return { zh: `${year}年第${'一二三四'[n - 1] ?? n}季度`, en: `Q${n} ${year}` };
  }
  return { zh: `${year}年${n === 1 ? '上' : '下'}半年`, en: `H${n} ${year}` };
}
