/**
 * The real Lantu server (packages/server/src/main.ts) as a child process on a free loopback
 * port, over a fresh SQLite file, serving a given web build. On first start it reads the
 * bundled Yiwu corpus. Statuses are pinned to one date so the test does not age.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../../server/src/main.ts', import.meta.url));

export const AS_OF = '2026-06-30';

export interface RunningServer {
  readonly url: string;
  /** What the server printed, for a failing test's message. */
  readonly output: () => string;
  stop(): Promise<void>;
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(options: {
  readonly dbFile: string;
  readonly webDist: string;
  /** More environment (LANTU_DEMO_ACCOUNTS=off …). */
  readonly env?: Readonly<Record<string, string>>;
}): Promise<RunningServer> {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LANTU_DB: `sqlite:${options.dbFile}`,
      LANTU_AS_OF: AS_OF,
      LANTU_WEB_DIST: options.webDist,
      // Beside the test's database, never the repository's .data folder.
      LANTU_AUTH_SECRET_FILE: join(dirname(options.dbFile), 'auth-secret'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const output = () => log;
  try {
    await waitForHealth(url, child, output, 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
