import type { Role } from '@lantu/core';
import type { Store } from '@lantu/store';
import type { Accounts } from './create-accounts.js';

/** Who the accounts made at start are recorded as in history. */
const STARTER = 'lantu-server';

/** One demo account; the password is printed at start and never has to be changed. */
export interface DemoAccount {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly role: Role;
  readonly unit: string;
}

/** The demo government of 义乌市: its units under 市政府, in the order it lists them. */
const DEMO_UNITS = [
  { name: '发改局', kind: 'department' },
  { name: '商务局', kind: 'department' },
  { name: '统计局', kind: 'department' },
  { name: '督查室', kind: 'office' },
] as const;

const DEMO_PASSWORD = 'lantu-demo-2026';

/** An account for each role (reporters in two departments), clearly named as demo. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'reviewer@lantu.demo', name: '发改局审核员（演示）', role: 'reviewer', unit: '发改局' },
  { email: 'commerce@lantu.demo', name: '商务局填报员（演示）', role: 'reporter', unit: '商务局' },
  { email: 'stats@lantu.demo', name: '统计局填报员（演示）', role: 'reporter', unit: '统计局' },
  {
    email: 'supervisor@lantu.demo',
    name: '督查室督办员（演示）',
    role: 'supervisor',
    unit: '督查室',
  },
  { email: 'admin@lantu.demo', name: '系统管理员（演示）', role: 'admin', unit: '市政府' },
].map((account) => ({ ...account, password: DEMO_PASSWORD }) as DemoAccount);

/**
 * Makes the demo units of `jurisdiction` (市政府 → 发改局, 商务局, 统计局, 督查室) and a demo
 * account for each role, where they are missing. Only for the bundled demo store.
 */
export async function ensureDemoAccounts(
  store: Store,
  accounts: Accounts,
  jurisdiction: string,
): Promise<readonly DemoAccount[]> {
  const units = await store.units.list(jurisdiction);
  const unitId = new Map(units.map((u) => [u.name, u.id]));
  let government = unitId.get('市政府');
  if (government === undefined) {
    government = (
      await store.units.create({ jurisdiction, name: '市政府', kind: 'government' }, STARTER)
    ).id;
    unitId.set('市政府', government);
  }
  for (const unit of DEMO_UNITS) {
    if (unitId.has(unit.name)) continue;
    const created = await store.units.create(
      { jurisdiction, parentId: government, name: unit.name, kind: unit.kind },
      STARTER,
    );
    unitId.set(unit.name, created.id);
  }
  const existing = new Set((await accounts.users.list()).map((u) => u.email));
  for (const account of DEMO_ACCOUNTS) {
    if (existing.has(account.email)) continue;
    await accounts.users.create(
      {
        email: account.email,
        name: account.name,
        role: account.role,
        unitId: unitId.get(account.unit) ?? null,
        password: account.password,
        mustChangePassword: false,
      },
      STARTER,
    );
  }
  return DEMO_ACCOUNTS;
}

/**
 * The first admin of a store without users: an account with a one-time password that must
 * be changed at the first sign-in. Returns null when the store has users already.
 */
export async function createFirstAdmin(
  accounts: Accounts,
  admin: { readonly email: string; readonly name: string },
  author: string = STARTER,
): Promise<{ email: string; oneTimePassword: string } | null> {
  if ((await accounts.users.count()) > 0) return null;
  const { user, oneTimePassword } = await accounts.users.create(
    { email: admin.email, name: admin.name, role: 'admin' },
    author,
  );
  return { email: user.email, oneTimePassword: oneTimePassword ?? '' };
}
