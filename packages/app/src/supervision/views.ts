import { assignmentLight, type Actor, type SupervisionRules } from '@lantu/core';
import type { StoredAssignment, StoredItem, StoredReport } from '@lantu/store';
import type { AppContext } from '../app-context.js';
import { canSee } from './access.js';
import { resolveSubject } from './subjects.js';
import type { AssignedItem, AssignmentView } from './types.js';

function assignedItem(item: StoredItem): AssignedItem {
  return {
    id: item.id,
    metric: item.metric,
    kind: item.kind,
    value: item.value,
    unit: item.unit,
    year: item.year,
    text: item.text,
  };
}

/** The assignments the actor may see, each with names, items, reports and its light on `today`. */
export async function assignmentViews(
  ctx: AppContext,
  actor: Actor,
  assignments: readonly StoredAssignment[],
  today: string,
  rules: SupervisionRules,
): Promise<AssignmentView[]> {
  const visible = assignments.filter((a) => canSee(actor, a));
  const units = new Map((await ctx.store.units.list()).map((u) => [u.id, u.name]));
  const reports = await ctx.store.reports.list({ assignmentIds: visible.map((a) => a.id) });
  const byAssignment = new Map<string, StoredReport[]>();
  for (const report of reports) {
    byAssignment.set(report.assignment_id, [
      ...(byAssignment.get(report.assignment_id) ?? []),
      report,
    ]);
  }
  const views: AssignmentView[] = [];
  for (const assignment of visible) {
    const own = byAssignment.get(assignment.id) ?? [];
    const subject = await resolveSubject(ctx, assignment.subject_type, assignment.subject_id).catch(
      () => null,
    );
    views.push({
      ...assignment,
      lead_unit_name: units.get(assignment.lead_unit_id) ?? assignment.lead_unit_id,
      supporting_unit_names: assignment.supporting_unit_ids.map((id) => units.get(id) ?? id),
      items: (subject?.items ?? []).map(assignedItem),
      reports: own,
      light: assignmentLight(
        { start: assignment.start_date, due: assignment.due_date, frequency: assignment.frequency },
        // Only the lead unit's reports keep the schedule; supporting units' add evidence.
        own
          .filter((r) => r.unit_id === assignment.lead_unit_id)
          .map((r) => ({ period: r.period, state: r.state, completion: r.completion })),
        today,
        rules,
      ),
    });
  }
  return views;
}
