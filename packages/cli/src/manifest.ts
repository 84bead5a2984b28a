import { basename } from 'node:path';
import { LantuError, type DocumentMeta } from '@lantu/core';
import * as z from 'zod';
import type { CliIo } from './io.js';
import { documentKindSchema, formatIssues, horizonSchema, isoDateSchema } from './meta-fields.js';
import { describeFsError } from './to-lantu-error.js';

/**
 * One manifest entry. Strict, because a misspelt key (`horizn`) would
 * otherwise be dropped without a word and silently change the reading.
 */
export const manifestEntrySchema = z.strictObject({
  file: z.string().min(1, { message: 'expected a file name' }),
  title: z.string().optional(),
  jurisdiction: z.string().optional(),
  issuer: z.string().optional(),
  kind: documentKindSchema.optional(),
  date: isoDateSchema.optional(),
  horizon: horizonSchema.optional(),
  /** Free text for people; never read by the extractor. */
  note: z.string().optional(),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** The manifest: what is known about each file of a corpus, matched by base name. */
export const manifestSchema = z.array(manifestEntrySchema).superRefine((entries, ctx) => {
  // Entries are looked up by base name, so two entries for one name would be ambiguous.
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const name = basename(entry.file);
    const first = seen.get(name);
    if (first === undefined) seen.set(name, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [index, 'file'],
        message: `duplicate of entry [${first}] (${name})`,
      });
  });
});

export type Manifest = readonly ManifestEntry[];

/**
 * Parses manifest JSON text. Throws LantuError MANIFEST_INVALID naming
 * `source` and, for schema problems, the path of each offending value.
 */
export function parseManifest(text: string, source: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new LantuError('MANIFEST_INVALID', `${source}: not valid JSON: ${detail}`);
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    throw new LantuError('MANIFEST_INVALID', `${source}: ${formatIssues(result.error)}`);
  }
  return result.data;
}

/** Reads and parses the manifest at `path`; an unreadable manifest is MANIFEST_INVALID too. */
export async function loadManifest(path: string, io: Pick<CliIo, 'readFile'>): Promise<Manifest> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new LantuError('MANIFEST_INVALID', `${path}: cannot read: ${describeFsError(error)}`, {
      cause: error,
    });
  }
  // TextDecoder drops a leading BOM, which JSON.parse would otherwise reject.
  return parseManifest(new TextDecoder().decode(bytes), path);
}

/** The entry for a file, matched on base name so the manifest works from any directory. */
export function findManifestEntry(manifest: Manifest, filePath: string): ManifestEntry | undefined {
  const name = basename(filePath);
  return manifest.find((entry) => basename(entry.file) === name);
}

/** The DocumentMeta part of an entry (drops `file` and `note`). */
export function metaFromEntry(entry: ManifestEntry | undefined): DocumentMeta {
  if (entry === undefined) return {};
  const { title, jurisdiction, issuer, kind, date, horizon } = entry;
  return { title, jurisdiction, issuer, kind, date, horizon };
}
