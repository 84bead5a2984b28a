import { LantuError, type Actor } from '@lantu/core';
import type { StoredAssignment } from '@lantu/store';

/** Whether the assignment is given to the unit (as lead or supporting unit). */
export function isUnitsAssignment(assignment: StoredAssignment, unitId: string | null): boolean {
  return (
    unitId !== null &&
    (assignment.lead_unit_id === unitId || assignment.supporting_unit_ids.includes(unitId))
  );
}

/** A reporter sees only what is assigned to its unit; every other role sees everything. */
export function canSee(actor: Actor, assignment: StoredAssignment): boolean {
  return actor.role !== 'reporter' || isUnitsAssignment(assignment, actor.unitId);
}

/** FORBIDDEN unless the actor's unit holds the assignment. */
export function assertOwnUnit(actor: Actor, assignment: StoredAssignment): string {
  if (actor.unitId === null || !isUnitsAssignment(assignment, actor.unitId)) {
    throw new LantuError(
      'FORBIDDEN',
      `“${assignment.title}”未交办给本单位，不能填报 (this assignment is not given to your unit)`,
    );
  }
  return actor.unitId;
}

/** FORBIDDEN for a reporter acting on another unit's thing. */
export function assertReporterUnit(actor: Actor, unitId: string, what: string): void {
  if (actor.role === 'reporter' && actor.unitId !== unitId) {
    throw new LantuError('FORBIDDEN', `不能查看或处理其他单位的${what} (another unit's ${what})`);
  }
}
