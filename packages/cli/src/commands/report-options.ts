import { LantuError } from '@lantu/core';
import * as z from 'zod';
import { appFlagShape, asOfFlag } from './app-flags.js';
import { flagError } from './extract-options.js';

/** What `lantu report` was asked to write, validated. */
export interface ReportOptions {
  readonly out: string;
  readonly format: 'docx' | 'pdf';
  readonly plan?: string | undefined;
  readonly asOf?: string | undefined;
  readonly db?: string | undefined;
}

const flagsSchema = z.object({
  out: z.string().min(1, { message: 'expected a file name ending in .docx or .pdf' }),
  plan: z.string().min(1).optional(),
  asOf: asOfFlag,
  db: appFlagShape.db,
});

/** Validates commander's flags for `report`; the format comes from --out's extension. */
export function parseReportOptions(flags: unknown): ReportOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) throw flagError(result.error);
  const extension = /\.(docx|pdf)$/iu.exec(result.data.out)?.[1]?.toLowerCase();
  if (extension !== 'docx' && extension !== 'pdf') {
    throw new LantuError('INPUT_INVALID', `--out must end in .docx or .pdf: ${result.data.out}`);
  }
  return { ...result.data, format: extension };
}
