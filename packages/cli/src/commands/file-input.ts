import { basename } from 'node:path';
import { LantuError, type DocumentMeta } from '@lantu/core';
import { mergeMeta } from '../document-meta.js';
import type { CliIo } from '../io.js';
import { findManifestEntry, metaFromEntry, type Manifest } from '../manifest.js';
import { describeFsError } from '../to-lantu-error.js';

/** A file's bytes; FILE_UNREADABLE with the reason when it cannot be read. */
export async function readBytes(file: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new LantuError('FILE_UNREADABLE', `cannot read: ${describeFsError(error)}`, {
      cause: error,
    });
  }
}

/**
 * Readers start their messages with the file's base name; we print the path as
 * given in front already, so drop theirs instead of saying it twice.
 */
export function withoutFilePrefix(message: string, file: string): string {
  const prefix = `${basename(file)}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** The file's manifest entry overlaid with the flags, warning when a manifest lacks the file. */
export function metaFor(
  file: string,
  options: { readonly manifest?: string | undefined; readonly meta: DocumentMeta },
  manifest: Manifest,
  warn: (line: string) => void,
): DocumentMeta {
  const entry = findManifestEntry(manifest, file);
  // Usually a renamed file: without its entry the reading loses title and horizon.
  if (options.manifest !== undefined && entry === undefined) {
    warn(`lantu: ${file}: warning: no entry in ${options.manifest}`);
  }
  return mergeMeta(metaFromEntry(entry), options.meta);
}
