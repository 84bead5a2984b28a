/** Units as select options, each indented under its parent (the API lists parents first). */
import type { Unit } from './workspace-api.js';

export function depthOf(unit: Unit, byId: ReadonlyMap<string, Unit>): number {
  let depth = 0;
  let parent = unit.parent_id === null ? undefined : byId.get(unit.parent_id);
  while (parent !== undefined && depth < 20) {
    depth += 1;
    parent = parent.parent_id === null ? undefined : byId.get(parent.parent_id);
  }
  return depth;
}

export function unitOptions(units: readonly Unit[]): { value: string; label: string }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return units.map((unit) => ({
    value: unit.id,
    label: `${'　'.repeat(depthOf(unit, byId))}${unit.name}`,
  }));
}
