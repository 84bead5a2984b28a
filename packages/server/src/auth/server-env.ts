import type { UserAccount } from '@lantu/app';
import type { Actor } from '@lantu/core';

/** What the auth middleware puts on every request's context. */
export interface ServerEnv {
  Variables: {
    /** The signed-in person, or null for a public visitor. Identity comes only from here. */
    actor: Actor | null;
    /** Their account (role, unit, must-change-password), or null. */
    user: UserAccount | null;
  };
}
