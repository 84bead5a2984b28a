import {
  createFirstAdmin,
  DEMO_ACCOUNTS,
  ensureDemoAccounts,
  type Accounts,
  type LantuApp,
} from '@lantu/app';
import { isBundledDemoStore } from './bundled-corpus.js';

/** The jurisdiction of the bundled demo's units. */
const DEMO_JURISDICTION = '义乌市';
const FIRST_ADMIN = { email: 'admin@lantu.local', name: '管理员' } as const;

/**
 * Who can sign in after this start, printed for the person starting the server:
 * - the bundled demo store (with LANTU_DEMO_ACCOUNTS on): demo units and an account for
 *   each role, printed every start and marked 演示账号;
 * - any other store without users: a first admin with a one-time password;
 * - LANTU_DEMO_ACCOUNTS=off: demo accounts that exist are disabled.
 */
export async function startAccounts(
  app: LantuApp,
  accounts: Accounts,
  demoAccounts: boolean,
  print: (line: string) => void = console.log,
): Promise<void> {
  const demoEmails = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  if (!demoAccounts) {
    for (const user of await accounts.users.list()) {
      if (demoEmails.has(user.email) && !user.disabled) {
        await accounts.users.update(user.id, { disabled: true }, 'lantu-server');
        print(`演示账号已停用 (LANTU_DEMO_ACCOUNTS=off): ${user.email}`);
      }
    }
  } else if (await isBundledDemoStore(app)) {
    const demo = await ensureDemoAccounts(app.store, accounts, DEMO_JURISDICTION);
    print('');
    print(
      '演示账号 DEMO ACCOUNTS — only for the bundled demo data; LANTU_DEMO_ACCOUNTS=off disables them',
    );
    for (const account of demo) {
      print(
        `  演示 ${account.role.padEnd(10)} ${account.email.padEnd(24)} ${account.password}  ${account.name}`,
      );
    }
    print('');
    return;
  }
  const admin = await createFirstAdmin(accounts, FIRST_ADMIN);
  if (admin !== null) {
    print('');
    print('First start: an admin account was created. Sign in and choose a new password.');
    print(
      `  首个管理员 e-mail: ${admin.email}   一次性密码 one-time password: ${admin.oneTimePassword}`,
    );
    print('');
  }
}
