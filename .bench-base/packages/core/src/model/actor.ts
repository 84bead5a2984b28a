/**
 * Who may do what. Public visitors have no role (no session); every signed-in user has exactly
 * one role, and reporters (and usually reviewers and supervisors) belong to a unit.
 * - reviewer: the planning office (发改局) — documents, plans, reading review, data entry
 * - reporter: a department — sees and reports only what is assigned to its unit
 * - supervisor: the supervision office (督查室) — assigns, sets deadlines, accepts/returns, 督办
 * - admin: users, units, settings
 */
export const ROLES = ['reviewer', 'reporter', 'supervisor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** The signed-in person behind a change; always taken from the session, never from a request body. */
export interface Actor {
  readonly userId: string;
  /** Display name, written into history. */
  readonly name: string;
  readonly role: Role;
  /** The unit (部门) the user belongs to, or null. */
  readonly unitId: string | null;
}
