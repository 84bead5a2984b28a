import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresBinaries } from './postgres-binaries.js';
import { runPostgresProgram } from './postgres-process.js';

/** Every test server folder starts with this, under the OS temp folder. */
export const SERVER_DIR_PREFIX = 'lantu-pg-';
const OWNER_FILE = 'owner.pid';

/** Records which test run owns a server folder. */
export function claimServerDir(root: string): void {
  writeFileSync(join(root, OWNER_FILE), String(process.pid));
}

/** Stops the server in `root`, if it runs, and deletes the folder. */
export async function removeServerDir(binaries: PostgresBinaries, root: string): Promise<void> {
  const data = join(root, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    await runPostgresProgram(binaries, binaries.pgCtl, [
      '-D',
      data,
      '-m',
      'immediate',
      '-w',
      'stop',
    ]);
  }
  rmSync(root, { recursive: true, force: true });
}

/**
 * A killed test run never reaches its teardown and leaves its server running. Each run
 * therefore first removes servers whose owning run is gone; live runs' servers are kept.
 */
export async function sweepStaleServers(binaries: PostgresBinaries): Promise<void> {
  const roots = readdirSync(tmpdir())
    .filter((name) => name.startsWith(SERVER_DIR_PREFIX))
    .map((name) => join(tmpdir(), name));
  for (const root of roots) {
    const ownerFile = join(root, OWNER_FILE);
    if (!existsSync(ownerFile)) continue;
    if (isAlive(Number(readFileSync(ownerFile, 'utf8')))) continue;
    await removeServerDir(binaries, root).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
