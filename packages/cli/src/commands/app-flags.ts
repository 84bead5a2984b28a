import * as z from 'zod';
import { isoDateSchema } from '../meta-fields.js';

/**
 * Flags every command over the store shares: `--db URL` (default: the embedded SQLite
 * file under .data/) and `--actor NAME` (who history records; default `cli`).
 */
export const appFlagShape = {
  db: z.string().min(1, { message: 'expected a store URL or file path' }).optional(),
  actor: z.string().trim().min(1, { message: 'expected a name' }).default('cli'),
};

/** `--as-of DATE`: the date statuses are computed for. */
export const asOfFlag = isoDateSchema.optional();
