import { posix } from 'node:path';
import type { CliIo, PathKind, Writer } from '../src/io.js';
import { plainProgress } from '../src/progress.js';

/** A Writer that keeps what was written. */
export interface CapturingWriter extends Writer {
  readonly text: () => string;
}

export function capturingWriter(
  options: { isTTY?: boolean; columns?: number } = {},
): CapturingWriter {
  const chunks: string[] = [];
  return {
    ...options,
    write: (chunk: string) => chunks.push(chunk),
    text: () => chunks.join(''),
  };
}

export interface MemoryIo extends CliIo {
  readonly stdout: CapturingWriter;
  readonly stderr: CapturingWriter;
  /** Every file, including those the command wrote, by POSIX path. */
  readonly files: Map<string, Uint8Array>;
  readonly dirs: Set<string>;
  /** Sizes passed to startProgress, to check when a bar may be drawn. */
  readonly progressTotals: number[];
  /** Text of a file the command wrote; throws when there is none. */
  written(path: string): string;
}

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/**
 * An in-memory CliIo for in-process command tests. Paths are POSIX; a
 * directory exists when listed in `dirs` or when some file lies under it.
 */
export function memoryIo(
  initial: Record<string, string | Uint8Array> = {},
  options: { stdoutTTY?: boolean; columns?: number } = {},
): MemoryIo {
  const files = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(initial)) {
    files.set(
      posix.normalize(path),
      typeof content === 'string' ? new TextEncoder().encode(content) : content,
    );
  }
  const dirs = new Set<string>();
  const isDir = (path: string): boolean => {
    const dir = posix.normalize(path).replace(/\/$/u, '');
    return dirs.has(dir) || [...files.keys()].some((file) => file.startsWith(`${dir}/`));
  };
  const stdout = capturingWriter({ isTTY: options.stdoutTTY ?? false, columns: options.columns });
  const stderr = capturingWriter();
  const progressTotals: number[] = [];
  return {
    stdout,
    stderr,
    files,
    dirs,
    progressTotals,
    readFile: (path) => {
      const bytes = files.get(posix.normalize(path));
      if (bytes !== undefined) return Promise.resolve(bytes);
      return Promise.reject(fsError(isDir(path) ? 'EISDIR' : 'ENOENT', path));
    },
    writeFile: (path, text) => {
      files.set(posix.normalize(path), new TextEncoder().encode(text));
      return Promise.resolve();
    },
    writeChunks: (path, chunks) => {
      files.set(posix.normalize(path), new TextEncoder().encode([...chunks].join('')));
      return Promise.resolve();
    },
    writeBytes: (path, bytes) => {
      files.set(posix.normalize(path), bytes);
      return Promise.resolve();
    },
    makeDir: (path) => {
      if (files.has(posix.normalize(path))) return Promise.reject(fsError('EEXIST', path));
      dirs.add(posix.normalize(path));
      return Promise.resolve();
    },
    pathKind: (path): Promise<PathKind> => {
      if (files.has(posix.normalize(path))) return Promise.resolve('file');
      return Promise.resolve(isDir(path) ? 'directory' : 'missing');
    },
    readDir: (path) => {
      const dir = posix.normalize(path).replace(/\/$/u, '');
      const names = new Set<string>();
      for (const file of files.keys()) {
        if (file.startsWith(`${dir}/`)) names.add(file.slice(dir.length + 1).split('/')[0] ?? '');
      }
      return Promise.resolve([...names].reverse());
    },
    startProgress: (total) => {
      progressTotals.push(total);
      return plainProgress(stderr);
    },
    written: (path) => {
      const bytes = files.get(posix.normalize(path));
      if (bytes === undefined) throw new Error(`nothing written to ${path}`);
      return new TextDecoder().decode(bytes);
    },
  };
}
