import { randomBytes } from 'node:crypto';
import { createAccounts } from '@lantu/app';
import type { CliIo } from '../io.js';
import { formatJson } from '../output/reading-json.js';
import type { AdminCreateOptions } from './admin-options.js';
import { withApp } from './open-app.js';

/**
 * `lantu admin create`: a new admin with a one-time password, printed once; it must be
 * changed at the first sign-in. Works on a store with or without users (the first admin,
 * or another one). CONFLICT when the e-mail address has an account already.
 */
export async function runAdminCreate(options: AdminCreateOptions, io: CliIo): Promise<number> {
  await withApp({ db: options.db }, async (app) => {
    // Creating an account signs nothing: the secret only has to satisfy the library.
    const accounts = createAccounts(app.store, {
      baseUrl: 'http://localhost',
      secret: randomBytes(32).toString('base64url'),
    });
    const { user, oneTimePassword } = await accounts.users.create(
      { email: options.email, name: options.name, role: 'admin' },
      options.actor,
    );
    io.stdout.write(
      options.json
        ? formatJson({ user, one_time_password: oneTimePassword })
        : [
            `admin created: ${user.name} <${user.email}>`,
            `one-time password (shown once; change it at the first sign-in): ${oneTimePassword ?? ''}`,
            '',
          ].join('\n'),
    );
  });
  return 0;
}
