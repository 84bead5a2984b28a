import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import type { CliIo, PathKind } from './io.js';
import { createProgress } from './progress.js';
import { writeTextPieces } from './write-text-pieces.js';

async function pathKind(path: string): Promise<PathKind> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'directory';
    return 'file';
  } catch {
    // Unstat-able paths are reported when the read fails, with the real reason.
    return 'missing';
  }
}

/** The real process streams and file system, for main.ts. */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: async (path) => {
      const buffer = await readFile(path);
      // A plain Uint8Array view, not the Buffer subclass: pdf.js rejects Buffers.
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    writeChunks: writeTextPieces,
    writeBytes: (path, bytes) => writeFile(path, bytes),
    makeDir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    pathKind,
    readDir: (path) => readdir(path),
    startProgress: (total) => createProgress(process.stderr, total),
  };
}
