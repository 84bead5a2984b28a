import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's postgresql package puts one server version's programs. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The programs to run a throwaway server, and the OS user to run them as. */
export interface PostgresBinaries {
  readonly initdb: string;
  readonly pgCtl: string;
  /** Set when we are root: initdb refuses to run as root, so the server runs as this user. */
  readonly runAs: { readonly user: string; readonly uid: number; readonly gid: number } | null;
}

/**
 * Finds the newest installed PostgreSQL. Throws, never skips: a missing server must fail
 * the store tests loudly rather than let them pass on SQLite alone.
 */
export function findPostgresBinaries(): PostgresBinaries {
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const bin = versions
    .map((version) => join(DEBIAN_ROOT, version, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (bin === undefined) {
    throw new Error(
      `PostgreSQL binaries not found (${DEBIAN_ROOT}/*/bin/initdb, pg_ctl). The store tests run ` +
        'on PostgreSQL as well as SQLite: run scripts/ensure-system-deps.sh to install it, or ' +
        'set LANTU_TEST_PG_URL=postgres://user@host:port/db to use a running server.',
    );
  }
  return { initdb: join(bin, 'initdb'), pgCtl: join(bin, 'pg_ctl'), runAs: serverUser() };
}

function serverUser(): PostgresBinaries['runAs'] {
  if (process.getuid?.() !== 0) return null;
  const user = 'postgres';
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
    return { user, uid: id('-u'), gid: id('-g') };
  } catch (error) {
    throw new Error(
      'Running as root, and there is no `postgres` OS user to run the test server as ' +
        '(initdb refuses root). Install the postgresql package or run the tests as another user.',
      { cause: error },
    );
  }
}
