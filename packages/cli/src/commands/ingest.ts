import { basename } from 'node:path';
import type { IngestInput, IngestResult } from '@lantu/app';
import { LantuError, type ErrorCode } from '@lantu/core';
import { supportedExtensions } from '@lantu/readers';
import { exitCodeFor } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { loadManifest } from '../manifest.js';
import { formatJson } from '../output/reading-json.js';
import { createTimings, timingsWanted } from '../timings.js';
import { toLantuError } from '../to-lantu-error.js';
import { expandInputs } from './extract-inputs.js';
import { metaFor, readBytes, withoutFilePrefix } from './file-input.js';
import type { IngestOptions } from './ingest-options.js';
import { inOrderWithConcurrency } from './concurrency.js';
import { withApp } from './open-app.js';

/** One result line: `created  plan.txt  56 items, 1 linked`. */
function resultLine(file: string, result: IngestResult): string {
  if (!result.ok) return `failed     ${file}: ${withoutFilePrefix(result.message, file)}`;
  return `${result.status.padEnd(10)} ${file}  ${result.items} items, ${result.linked} linked`;
}

/** Files read and stored at once: the pool's threads plus one being written. */
const INGEST_CONCURRENCY = 3;

/**
 * `lantu ingest`: reads each file and stores it with its reading, links and figures, one
 * transaction per document (see @lantu/app). A file already stored is `unchanged`. A file
 * that cannot be read or stored is reported as `lantu: <file>: <reason>` and the others
 * still go in; the exit code says whether any failed (exit-codes.ts). A progress bar is
 * drawn on a terminal for several files.
 */
export async function runIngest(options: IngestOptions, io: CliIo): Promise<number> {
  // Phases under LANTU_TIMINGS=1: start, open store, read file, read, link and store, close.
  const timings = createTimings(io.stderr, timingsWanted());
  const manifest = options.manifest === undefined ? [] : await loadManifest(options.manifest, io);
  const { files, problems } = await expandInputs(options.inputs, io, supportedExtensions);
  if (options.meta.title !== undefined && files.length > 1) {
    throw new LantuError(
      'INPUT_INVALID',
      `--title names one document, but ${files.length} files were given`,
    );
  }
  const failures: ErrorCode[] = [];
  for (const { input, error } of problems) {
    io.stderr.write(`lantu: ${input}: ${error.message}\n`);
    failures.push(error.code);
  }
  const progress = io.startProgress(files.length);
  const results = await withApp({ db: options.db, readFiles: true, timings }, async (app) => {
    const ingestOne = async (file: string): Promise<{ file: string; result: IngestResult }> => {
      let input: IngestInput;
      try {
        input = {
          fileName: basename(file),
          bytes: await readBytes(file, io),
          meta: metaFor(file, options, manifest, progress.log),
        };
      } catch (error) {
        const lantuError = toLantuError(error);
        progress.log(`lantu: ${file}: ${withoutFilePrefix(lantuError.message, file)}`);
        progress.tick(basename(file));
        const result: IngestResult = {
          ok: false,
          fileName: basename(file),
          code: lantuError.code,
          message: lantuError.message,
        };
        return { file, result };
      }
      // One file per call, so the bar moves per file and a failure is reported as it happens.
      const [result] = await app.ingest([input], { actor: options.actor });
      timings.lap('link and store');
      if (result === undefined) throw new LantuError('INTERNAL', `no result for ${file}`);
      if (!result.ok) progress.log(`lantu: ${file}: ${withoutFilePrefix(result.message, file)}`);
      progress.tick(basename(file));
      return { file, result };
    };
    // A few files in flight, so the pool's workers read while the store writes; results
    // keep the order of the inputs.
    return inOrderWithConcurrency(files, INGEST_CONCURRENCY, ingestOne);
  });
  progress.stop();
  timings.print();
  for (const { result } of results) if (!result.ok) failures.push(result.code);

  if (options.json) {
    io.stdout.write(formatJson(results.map(({ file, result }) => ({ ...result, path: file }))));
  } else {
    for (const { file, result } of results) io.stdout.write(`${resultLine(file, result)}\n`);
    const count = (status: string): number =>
      results.filter(({ result }) => (result.ok ? result.status : 'failed') === status).length;
    io.stdout.write(
      `ingested ${files.length} files: ${count('created')} created, ${count('unchanged')} unchanged, ${count('failed')} failed\n`,
    );
  }
  return exitCodeFor(failures);
}
