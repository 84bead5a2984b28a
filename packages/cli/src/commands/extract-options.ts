import { LantuError, type DocumentMeta } from '@lantu/core';
import * as z from 'zod';
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

/**
 * The DocumentMeta flags (--title, --kind, --date, --horizon, --jurisdiction, --issuer),
 * shared by every command that reads documents. Commander hands every option value over
 * as a string (or true for bare flags).
 */
export const metaFlagShape = {
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
};

const flagsSchema = z.object({
  out: z.string().min(1).optional(),
  manifest: z.string().min(1).optional(),
  json: z.boolean().default(false),
  ...metaFlagShape,
});

/** Commander's camelCase key as the flag is typed: asOf → as-of. */
function kebab(key: PropertyKey): string {
  return String(key).replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);
}

/** INPUT_INVALID naming each offending flag: `--horizon: expected a whole year`. */
export function flagError(error: z.ZodError): LantuError {
  const problems = error.issues.map(
    (issue) => `--${issue.path.map(kebab).join('.')}: ${issue.message}`,
  );
  return new LantuError('INPUT_INVALID', problems.join('; '));
}

/**
 * Validates commander's parsed flags for `extract`. Throws LantuError
 * INPUT_INVALID naming the flag, e.g. `--horizon: expected a whole year`.
 */
export function parseExtractOptions(inputs: readonly string[], flags: unknown): ExtractOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) throw flagError(result.error);
  const { out, manifest, json, title, jurisdiction, issuer, kind, date, horizon } = result.data;
  return {
    inputs,
    out,
    manifest,
    json,
    meta: { title, jurisdiction, issuer, kind, date, horizon },
  };
}
