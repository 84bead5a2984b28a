import * as z from 'zod';
import { appFlagShape } from './app-flags.js';
import { flagError } from './extract-options.js';

/** What `lantu link` was asked to do: re-run the linker, or link one item by hand. */
export interface LinkOptions {
  readonly db?: string | undefined;
  readonly actor: string;
  readonly json: boolean;
  /** With `indicator` and/or `jurisdiction`: a person's link of this item. */
  readonly item?: string | undefined;
  /** An indicator code, or `none` to unlink. */
  readonly indicator?: string | undefined;
  readonly jurisdiction?: string | undefined;
}

const flagsSchema = z
  .object({
    json: z.boolean().default(false),
    item: z.string().min(1).optional(),
    indicator: z.string().min(1).optional(),
    jurisdiction: z.string().min(1).optional(),
    ...appFlagShape,
  })
  .refine(
    (f) => (f.item === undefined) === (f.indicator === undefined && f.jurisdiction === undefined),
    {
      message: 'give --item with --indicator and/or --jurisdiction, or none of them',
      path: ['item'],
    },
  );

/** Validates commander's flags for `link`; INPUT_INVALID naming the flag. */
export function parseLinkOptions(flags: unknown): LinkOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) throw flagError(result.error);
  return result.data;
}
