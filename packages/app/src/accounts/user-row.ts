import { ROLES, type Actor, type Role } from '@lantu/core';
import type { Database } from '@lantu/store';
import type { Selectable } from 'kysely';

/** A flag column: a boolean on PostgreSQL, 0/1 on SQLite. */
export function isTruthyFlag(value: number | boolean | null | undefined): boolean {
  return value === true || value === 1;
}

/** A time column: a Date on PostgreSQL, ISO text on SQLite. */
export function isoTime(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** A user as admins and the user see it (never the password hash). */
export interface UserAccount {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly unit_id: string | null;
  readonly unit_name: string | null;
  readonly disabled: boolean;
  /** Signed in with a one-time password: must choose their own before doing anything else. */
  readonly must_change_password: boolean;
  readonly created_at: string;
}

export type UserRow = Selectable<Database['users']> & { unit_name: string | null };

export function toUserAccount(row: UserRow): UserAccount {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    // A role the code does not know is read as the least powerful one.
    role: isRole(row.role) ? row.role : 'reporter',
    unit_id: row.unit_id,
    unit_name: row.unit_name,
    disabled: isTruthyFlag(row.disabled),
    must_change_password: isTruthyFlag(row.must_change_password),
    created_at: isoTime(row.created_at),
  };
}

/** The Actor history and policies see for a user. */
export function actorOf(user: Pick<UserAccount, 'id' | 'name' | 'role' | 'unit_id'>): Actor {
  return { userId: user.id, name: user.name, role: user.role, unitId: user.unit_id };
}
