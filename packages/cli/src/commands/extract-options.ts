import { LantuError, type DocumentMeta } from '@lantu/core';
import { z } from 'zod';
import { documentKindSchema, horizonSchema, isoDateSchema } from '../meta-fields.js';

/** What `lantu extract` was asked to do, validated. */
export interface ExtractOptions {
  /** Files and directories as given on the command line. */
  readonly inputs: readonly string[];
  /** Directory for one JSON file per input; absent means print to stdout. */
  readonly out?: string | undefined;
  readonly manifest?: string | undefined;
  /** Without `out`: print readings as JSON instead of tables. */
  readonly json: boolean;
  /** Flag values that override the manifest entry of every file. */
  readonly meta: DocumentMeta;
}

// Commander hands every option value over as a string (or true for bare flags).
const flagsSchema = z.object({
  out: z.string().min(1).optional(),
  manifest: z.string().min(1).optional(),
  json: z.boolean().default(false),
  title: z.string().optional(),
  jurisdiction: z.string().optional(),
  issuer: z.string().optional(),
  kind: documentKindSchema.optional(),
  date: isoDateSchema.optional(),
  horizon: z
    .string()
    .regex(/^\d+$/u, { message: 'expected a whole year such as 2025' })
    .transform(Number)
    .pipe(horizonSchema)
    .optional(),
});

/**
 * Validates commander's parsed flags for `extract`. Throws LantuError
 * INPUT_INVALID naming the flag, e.g. `--horizon: expected a whole year`.
 */
export function parseExtractOptions(inputs: readonly string[], flags: unknown): ExtractOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `--${issue.path.map(String).join('.')}: ${issue.message}`,
    );
    throw new LantuError('INPUT_INVALID', problems.join('; '));
  }
  const { out, manifest, json, title, jurisdiction, issuer, kind, date, horizon } = result.data;
  return {
    inputs,
    out,
    manifest,
    json,
    meta: { title, jurisdiction, issuer, kind, date, horizon },
  };
}
