import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { PostgresBinaries } from './postgres-binaries.js';

/**
 * Runs a program (as the server user when we are root). Waits for 'exit', not 'close':
 * pg_ctl leaves a daemon behind, and only its own exit matters.
 */
export function runPostgresProgram(
  binaries: PostgresBinaries,
  program: string,
  args: readonly string[],
): Promise<void> {
  const [command, argv] =
    binaries.runAs === null
      ? [program, args]
      : ['runuser', ['-u', binaries.runAs.user, '--', program, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${program} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}
