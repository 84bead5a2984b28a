import { basename } from 'node:path';
import type { ImportResult } from '@lantu/app';
import type { ErrorCode } from '@lantu/core';
import { EXIT_FILES_FAILED, exitCodeFor } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { formatJson } from '../output/reading-json.js';
import { toLantuError } from '../to-lantu-error.js';
import { readBytes, withoutFilePrefix } from './file-input.js';
import type { ImportOptions } from './import-options.js';
import { withApp } from './open-app.js';

/**
 * `lantu import`: adds observations from statistical tables (CSV or XLSX). A file is
 * imported whole or not at all: with any bad row, each row's problems are printed as
 * `lantu: <file>: row <n>: <problem>`, nothing of that file is stored, and the run exits
 * 1; the other files are still imported.
 */
export async function runImport(options: ImportOptions, io: CliIo): Promise<number> {
  const failures: ErrorCode[] = [];
  let rowsFailed = false;
  const results: (ImportResult & { path: string })[] = [];
  await withApp({ db: options.db }, async (app) => {
    for (const file of options.files) {
      try {
        const bytes = await readBytes(file, io);
        const result = await app.importObservations(basename(file), bytes, {
          actor: options.actor,
        });
        results.push({ ...result, path: file });
        for (const { row, message } of result.errors)
          io.stderr.write(`lantu: ${file}: row ${row}: ${message}\n`);
        if (result.errors.length > 0) rowsFailed = true;
      } catch (error) {
        const lantuError = toLantuError(error);
        io.stderr.write(`lantu: ${file}: ${withoutFilePrefix(lantuError.message, file)}\n`);
        failures.push(lantuError.code);
      }
    }
  });
  if (options.json) {
    io.stdout.write(formatJson(results));
  } else {
    for (const r of results) {
      io.stdout.write(
        r.errors.length > 0
          ? `${r.path}: nothing imported, ${r.errors.length} problems\n`
          : `${r.path}: imported ${r.imported} observations${r.skipped ? `, ${r.skipped} already there` : ''}\n`,
      );
    }
  }
  return Math.max(exitCodeFor(failures), rowsFailed ? EXIT_FILES_FAILED : 0);
}
