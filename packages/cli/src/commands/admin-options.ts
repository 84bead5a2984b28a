import * as z from 'zod';
import { appFlagShape } from './app-flags.js';
import { flagError } from './extract-options.js';

/** What `lantu admin create` was asked to do. */
export interface AdminCreateOptions {
  readonly db?: string | undefined;
  readonly actor: string;
  readonly email: string;
  readonly name: string;
  readonly json: boolean;
}

const flagsSchema = z.object({
  email: z.email({ message: 'expected an e-mail address' }),
  name: z.string().trim().min(1, { message: 'expected a name' }).max(100),
  json: z.boolean().default(false),
  ...appFlagShape,
});

/** Validates commander's flags for `admin create`; INPUT_INVALID naming the flag. */
export function parseAdminCreateOptions(flags: unknown): AdminCreateOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) throw flagError(result.error);
  return result.data;
}
