import type { AppContext } from '../app-context.js';
import { resolveSubject } from '../supervision/subjects.js';

/**
 * The responsible units (牵头单位) of a plan's targets, from the assignments made on its
 * documents (目标 → 责任): an item assignment covers its item, a section assignment every
 * target and task under the section. Supporting units (配合单位) are not responsible for
 * the result, so a roll-up by unit counts lead units only. Item id → unit names, in the
 * order the units are listed.
 */
export async function responsibleUnits(
  ctx: AppContext,
  documentIds: readonly string[],
): Promise<Map<string, string[]>> {
  const units = await ctx.store.units.list();
  const order = new Map(units.map((unit, index) => [unit.id, index]));
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  const leads = new Map<string, Set<string>>();
  for (const documentId of documentIds) {
    const assignments = await ctx.store.assignments.list({ documentId, state: 'active' });
    for (const assignment of assignments) {
      if (assignment.subject_type === 'framework-part') continue; // covers no item
      const subject = await resolveSubject(ctx, assignment.subject_type, assignment.subject_id);
      for (const item of subject.items) {
        const set = leads.get(item.id) ?? new Set<string>();
        set.add(assignment.lead_unit_id);
        leads.set(item.id, set);
      }
    }
  }
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return new Map(
    [...leads].map(([itemId, ids]) => [
      itemId,
      [...ids].sort(byOrder).map((id) => names.get(id) ?? id),
    ]),
  );
}
