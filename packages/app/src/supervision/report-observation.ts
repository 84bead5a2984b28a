import type { Observation } from '@lantu/core';
import type { StoredAssignment, StoredItem, StoredReport } from '@lantu/store';

/**
 * The observation an accepted report's figure becomes, or null when it cannot be one (no
 * figure, or the item is not linked to an indicator and a jurisdiction). Reports give
 * cumulative figures (累计, as statistics offices publish them), so a period maps to the
 * part of the year it covers: 2026-Q3 → year 2026, `Q1-Q3`; the last period of a year
 * is the whole year. A figure in % on a growth target is a growth rate, a figure on a rank
 * target a rank; otherwise a level.
 */
export function reportObservation(
  report: StoredReport,
  assignment: StoredAssignment,
  item: StoredItem | null,
  acceptedBy: string,
): Observation | null {
  if (item === null || report.base_value === null) return null;
  if (item.indicator_code === null || item.jurisdiction_code === null) return null;
  const { year, period } = observationPeriod(report.period);
  const growth =
    (item.measure === 'increase' || item.measure === 'decrease') && report.base_unit === '%';
  return {
    indicator_code: item.indicator_code,
    jurisdiction: item.jurisdiction_code,
    year,
    period,
    // a place is a rank figure: the rank method reads only those
    measure: item.measure === 'rank' ? 'rank' : growth ? (item.measure ?? 'level') : 'level',
    value: report.base_value,
    base_unit: report.base_unit,
    comparator: '=',
    source: {
      type: 'report',
      report_id: report.id,
      assignment_id: assignment.id,
      unit_id: report.unit_id,
      actor: acceptedBy,
    },
  };
}

/** `2026-Q3` → 2026, `Q1-Q3`; `2026-M01` → `M1`; `2026-H2`, `2026-Q4`, `2026-M12`, `2026` → whole year. */
export function observationPeriod(key: string): { year: number; period: string | null } {
  const [yearText = key, part] = key.split('-');
  const year = Number(yearText);
  if (part === undefined) return { year, period: null };
  const n = Number(part.slice(1));
  if (part.startsWith('Q')) return { year, period: n === 4 ? null : n === 1 ? 'Q1' : `Q1-Q${n}` };
  if (part.startsWith('M')) return { year, period: n === 12 ? null : n === 1 ? 'M1' : `M1-M${n}` };
  return { year, period: n === 1 ? 'H1' : null };
}
