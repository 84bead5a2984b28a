/** The signed-in user as /api/session gives it (types only from @lantu/app). */
import type { UserAccount } from '@lantu/app';
import type { Role } from '@lantu/core';

export type { Role, UserAccount };

export interface Portal {
  /** Unreviewed items: marked 未经审核, or hidden from visitors. */
  readonly unreviewed: 'mark' | 'hide';
}

export interface SessionAnswer {
  readonly user: UserAccount | null;
  readonly portal?: Portal;
}
