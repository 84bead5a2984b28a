import type { DocumentMeta } from '@lantu/core';
import * as z from 'zod';
import { appFlagShape } from './app-flags.js';
import { flagError, metaFlagShape } from './extract-options.js';

/** What `lantu ingest` was asked to do, validated. */
export interface IngestOptions {
  readonly inputs: readonly string[];
  readonly manifest?: string | undefined;
  readonly db?: string | undefined;
  readonly actor: string;
  readonly json: boolean;
  /** Flag values that override the manifest entry of every file. */
  readonly meta: DocumentMeta;
}

const flagsSchema = z.object({
  manifest: z.string().min(1).optional(),
  json: z.boolean().default(false),
  ...appFlagShape,
  ...metaFlagShape,
});

/** Validates commander's flags for `ingest`; INPUT_INVALID naming the flag. */
export function parseIngestOptions(inputs: readonly string[], flags: unknown): IngestOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) throw flagError(result.error);
  const { manifest, json, db, actor, title, jurisdiction, issuer, kind, date, horizon } =
    result.data;
  return {
    inputs,
    manifest,
    db,
    actor,
    json,
    meta: { title, jurisdiction, issuer, kind, date, horizon },
  };
}
