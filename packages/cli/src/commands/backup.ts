import { backupStore, defaultStoreUrl, restoreStore } from '@lantu/app';
import * as z from 'zod';
import type { CliIo } from '../io.js';
import { flagError } from './extract-options.js';

/** What `lantu backup FILE` / `lantu restore FILE` were asked to do. */
export interface BackupOptions {
  readonly file: string;
  readonly db?: string | undefined;
}

const flagsSchema = z.object({
  db: z.string().min(1, { message: 'expected a store URL or file path' }).optional(),
});

/** Validates commander's flags; INPUT_INVALID naming the flag. */
export function parseBackupOptions(file: string, flags: unknown): BackupOptions {
  const result = flagsSchema.safeParse(flags);
  if (!result.success) throw flagError(result.error);
  return { file, db: result.data.db };
}

/** `lantu backup FILE`: a consistent copy of the store while it stays in use. */
export async function runBackup(options: BackupOptions, io: CliIo): Promise<number> {
  const result = await backupStore(options.db ?? defaultStoreUrl(), options.file);
  io.stdout.write(`backed up the ${result.dialect} store to ${result.file}\n`);
  return 0;
}

/** `lantu restore FILE`: replaces the store with a backup and migrates it to this version. */
export async function runRestore(options: BackupOptions, io: CliIo): Promise<number> {
  const result = await restoreStore(options.db ?? defaultStoreUrl(), options.file);
  io.stdout.write(`restored the ${result.dialect} store from ${result.file}\n`);
  return 0;
}
