import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { LantuError } from '@lantu/core';
import type { DocumentMeta, ReadText, Reading } from '@lantu/core';
import { DEFAULT_READ_LIMITS } from '../read-limits.js';
import type { ReadLimits } from '../read-limits.js';
import type { ReadOutcome, ReadTask } from './read-task.js';

/** How the pool is sized and what one file may cost. Defaults in DEFAULT_READ_POOL. */
export interface ReadPoolOptions {
  /** Worker threads reading at once. */
  readonly threads: number;
  /** Wall-clock time one file may take to read (ms); past it: FILE_TOO_COMPLEX. */
  readonly timeLimitMs: number;
  /** A worker's JavaScript heap (MB); a file needing more: FILE_TOO_LARGE. */
  readonly memoryLimitMb: number;
  /** The cheap checks made before the expensive work. */
  readonly limits: ReadLimits;
  /**
   * Keep one worker started and loaded (a server): starting one — loading the readers and
   * pdf.js, under tsx when run from source — takes seconds, and a cold worker's start-up
   * counts against the first file's time limit. A CLI run leaves it off and exits freely.
   */
  readonly keepWarm?: boolean;
}

export const DEFAULT_READ_POOL: ReadPoolOptions = {
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  timeLimitMs: 30_000,
  memoryLimitMb: 512,
  limits: DEFAULT_READ_LIMITS,
};

/** A file's text and, when metadata was given, core's reading of it. */
export interface PooledRead {
  readonly read: ReadText;
  readonly reading?: Reading;
}

/** Reads untrusted files off the caller's thread, one worker per file at a time. */
export interface ReadPool {
  /**
   * Reads one file in a worker. With `meta`, the worker also runs core's reading (the other
   * CPU-heavy half), merging the file's own title under the given metadata.
   *
   * @throws LantuError as readDocumentFile does; FILE_TOO_COMPLEX past the time limit;
   *   FILE_TOO_LARGE past the memory limit (the worker is then replaced).
   */
  read(bytes: Uint8Array, fileName: string, meta?: DocumentMeta): Promise<PooledRead>;
  /** Stops every worker; pending reads fail. */
  close(): Promise<void>;
}

/**
 * The worker module: read-worker.mjs sits beside this file in the source tree (it registers
 * tsx) and beside the bundled CLI (compiled), so one relative URL serves both.
 */
const WORKER_URL = new URL('./read-worker.mjs', import.meta.url);

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** Turns a failure of the worker itself (not of the file's reader) into the user's error. */
function workerFailure(error: unknown, fileName: string, options: ReadPoolOptions): LantuError {
  const code = (error as { code?: unknown } | null)?.code;
  const name = error instanceof Error ? error.name : '';
  if (name === 'AbortError') {
    return new LantuError(
      'FILE_TOO_COMPLEX',
      `${fileName}: 文件过于复杂，${seconds(options.timeLimitMs)}内未能读完，已停止读取 / the file took longer than ${seconds(options.timeLimitMs)} to read and was refused`,
    );
  }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new LantuError(
      'FILE_TOO_LARGE',
      `${fileName}: 读取此文件所需内存超过上限（${options.memoryLimitMb} MB），已停止读取 / reading the file needs more than ${options.memoryLimitMb} MB and was refused`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new LantuError(
    'FILE_UNREADABLE',
    `${fileName}: 读取进程意外结束 / the reading worker failed (${detail})`,
    { cause: error },
  );
}

/**
 * A pool of worker threads (piscina) for reading untrusted files. Each file runs with a time
 * limit (the task is aborted and its worker terminated) and a heap cap (`resourceLimits`:
 * the worker dies alone, not the process); piscina starts a fresh worker in its place.
 */
export function createReadPool(overrides: Partial<ReadPoolOptions> = {}): ReadPool {
  const options: ReadPoolOptions = { ...DEFAULT_READ_POOL, ...overrides };
  const piscina = new Piscina<ReadTask, ReadOutcome>({
    filename: WORKER_URL.href,
    minThreads: options.keepWarm === true ? 1 : 0,
    maxThreads: options.threads,
    // An idle worker is kept a while: starting one (and loading pdf.js) is the slow part.
    idleTimeout: 30_000,
    resourceLimits: {
      maxOldGenerationSizeMb: options.memoryLimitMb,
      maxYoungGenerationSizeMb: Math.min(64, Math.max(8, options.memoryLimitMb / 8)),
    },
  });
  return {
    async read(bytes, fileName, meta) {
      // Refused before any copy crosses to a worker.
      if (bytes.byteLength > options.limits.maxFileBytes) {
        const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
        throw new LantuError(
          'FILE_TOO_LARGE',
          `${fileName}: 文件过大（${mb(bytes.byteLength)}，上限 ${mb(options.limits.maxFileBytes)}）/ the file is too large (${mb(bytes.byteLength)}; limit ${mb(options.limits.maxFileBytes)})`,
        );
      }
      const task: ReadTask = {
        bytes,
        fileName,
        limits: options.limits,
        ...(meta === undefined ? {} : { meta }),
      };
      let outcome: ReadOutcome;
      try {
        outcome = await piscina.run(task, { signal: AbortSignal.timeout(options.timeLimitMs) });
      } catch (error) {
        throw workerFailure(error, fileName, options);
      }
      if (!outcome.ok) throw new LantuError(outcome.code, outcome.message);
      return outcome.reading === undefined
        ? { read: outcome.read }
        : { read: outcome.read, reading: outcome.reading };
    },
    close: () => piscina.destroy(),
  };
}
