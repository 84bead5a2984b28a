import * as z from 'zod';
import { appFlagShape } from './app-flags.js';
import { flagError } from './extract-options.js';

/** What `lantu import` was asked to do, validated. */
export interface ImportOptions {
  readonly files: readonly string[];
  readonly db?: string | undefined;
  readonly actor: string;
  readonly json: boolean;
}

const flagsSchema = z.object({ json: z.boolean().default(false), ...appFlagShape });

/** Validates commander's flags for `import`; INPUT_INVALID naming the flag. */
export function parseImportOptions(files: readonly string[], flags: unknown): ImportOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) throw flagError(result.error);
  return { files, ...result.data };
}
