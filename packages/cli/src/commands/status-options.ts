import { STATUS_CODES, type StatusCode } from '@lantu/core';
import * as z from 'zod';
import { appFlagShape, asOfFlag } from './app-flags.js';
import { flagError } from './extract-options.js';

/** What `lantu status` was asked to show, validated. */
export interface StatusOptions {
  readonly db?: string | undefined;
  readonly asOf?: string | undefined;
  readonly json: boolean;
  readonly jurisdiction?: string | undefined;
  readonly document?: string | undefined;
  readonly status?: StatusCode | undefined;
  readonly year?: number | undefined;
}

const flagsSchema = z.object({
  json: z.boolean().default(false),
  asOf: asOfFlag,
  jurisdiction: z.string().min(1).optional(),
  document: z.string().min(1).optional(),
  status: z.enum(STATUS_CODES as [StatusCode, ...StatusCode[]]).optional(),
  year: z
    .string()
    .regex(/^\d{4}$/u, { message: 'expected a four-digit year' })
    .transform(Number)
    .optional(),
  db: appFlagShape.db,
});

/** Validates commander's flags for `status`; INPUT_INVALID naming the flag. */
export function parseStatusOptions(flags: unknown): StatusOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) throw flagError(result.error);
  return result.data;
}
