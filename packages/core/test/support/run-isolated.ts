/**
 * Runs read-fixed-input.ts in a child process so that a test timeout really
 * stops a runaway read: `killRunning()` (from afterEach) ends any child still
 * going when vitest gives up on a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './yiwu-fixtures.js';

const ENTRY = fileURLToPath(new URL('./read-fixed-input.ts', import.meta.url));
const running = new Set<ChildProcess>();

/** The offset violations of readDocument on the named fixed input; rejects if the child fails. */
export function offsetViolationsIsolated(name: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // cwd at the repository root so that `--import tsx` resolves from its node_modules.
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, name], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code !== 0) {
        reject(new Error(`reading "${name}" failed (${signal ?? `exit ${code}`}): ${err.trim()}`));
        return;
      }
      try {
        resolve(JSON.parse(out) as string[]);
      } catch {
        reject(new Error(`reading "${name}" printed no result: ${out.slice(0, 200)}`));
      }
    });
  });
}

/** Kills every child still running, e.g. after a test timed out. */
export function killRunning(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
