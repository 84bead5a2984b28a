import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The secret that signs session cookies: LANTU_AUTH_SECRET when set (required when several
 * instances share a database), else the one kept in a file beside the data, made on first
 * start (readable by the owner only) so that restarts keep people signed in.
 */
export async function authSecret(configured: string | undefined, file: string): Promise<string> {
  if (configured !== undefined) return configured;
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length >= 32) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
