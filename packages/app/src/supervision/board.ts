import { reportingPeriods } from '@lantu/core';
import type { StoredUnit } from '@lantu/store';
import type { AssignmentView, SupervisionBoard, UnitBoardRow } from './types.js';

type LightCounts = Record<'green' | 'yellow' | 'red' | 'grey', number>;
const noLights = (): LightCounts => ({ green: 0, yellow: 0, red: 0, grey: 0 });

/**
 * The supervisor's board: per lead unit, how many assignments, reports in on time, reports
 * overdue (逾期未报) and lights; ranked by a score (on-time share of due reports, 10
 * points off per red light), best first, ties by name.
 */
export function buildBoard(
  views: readonly AssignmentView[],
  units: readonly StoredUnit[],
  today: string,
  reportLagDays: number,
): SupervisionBoard {
  const totals = noLights();
  const rows = new Map<
    string,
    { assigned: number; onTime: number; overdue: number; lights: LightCounts }
  >();
  for (const view of views) {
    const row = rows.get(view.lead_unit_id) ?? {
      assigned: 0,
      onTime: 0,
      overdue: 0,
      lights: noLights(),
    };
    row.assigned++;
    row.lights[view.light.light]++;
    totals[view.light.light]++;
    row.overdue += view.light.overdue.length;
    const dueBy = new Map(
      reportingPeriods(view.frequency, view.start_date, view.due_date, reportLagDays).map((p) => [
        p.key,
        p.reportDue,
      ]),
    );
    row.onTime += view.reports.filter((r) => {
      const due = dueBy.get(r.period);
      const handedIn = r.state !== 'returned' && r.state !== 'draft' && r.submitted_at !== null;
      const by = (r.submitted_at ?? '').slice(0, 10);
      return r.unit_id === view.lead_unit_id && handedIn && due !== undefined && by <= due;
    }).length;
    rows.set(view.lead_unit_id, row);
  }
  const names = new Map(units.map((u) => [u.id, u.name]));
  const scored = [...rows.entries()].map(([unitId, row]) => {
    const due = row.onTime + row.overdue;
    const share = due === 0 ? 100 : (row.onTime / due) * 100;
    return {
      unit_id: unitId,
      unit_name: names.get(unitId) ?? unitId,
      assigned: row.assigned,
      reported_on_time: row.onTime,
      overdue: row.overdue,
      lights: row.lights,
      score: Math.max(0, Math.round(share - 10 * row.lights.red)),
    };
  });
  scored.sort((a, b) => b.score - a.score || a.unit_name.localeCompare(b.unit_name, 'zh-CN'));
  const ranked: UnitBoardRow[] = scored.map((row, i) => ({ ...row, rank: i + 1 }));
  return { as_of: today, units: ranked, totals };
}
