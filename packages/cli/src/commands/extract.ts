import { basename, join } from 'node:path';
import { LantuError, readDocument, type ErrorCode, type ReadText, type Reading } from '@lantu/core';
import { supportedExtensions, type ReadPool } from '@lantu/readers';
import { mergeMeta } from '../document-meta.js';
import { exitCodeFor } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { loadManifest } from '../manifest.js';
import { readingJsonChunks } from '../output/reading-json.js';
import { renderReadingTable } from '../output/reading-table.js';
import { createTimings, timingsWanted, type Timings } from '../timings.js';
import { describeFsError, toLantuError } from '../to-lantu-error.js';
import { assertDistinctOutputs, expandInputs, outputFileName } from './extract-inputs.js';
import { metaFor, readBytes, withoutFilePrefix } from './file-input.js';
import { createTextFirstPool } from './text-first-pool.js';
import type { ExtractOptions } from './extract-options.js';

/** The text of one file; throws LantuError for files that cannot be read. */
async function readText(
  file: string,
  io: CliIo,
  source: ReadPool,
  timings: Timings,
): Promise<ReadText> {
  const bytes = await readBytes(file, io);
  timings.lap('read file');
  const { read } = await source.read(bytes, basename(file));
  timings.lap('decode');
  return read;
}

/**
 * Writes a reading as JSON. A failed write is not the input's fault and not a
 * code the core defines, so it is INTERNAL, with the path and the reason.
 */
async function writeReading(
  path: string,
  reading: Reading,
  io: CliIo,
  timings: Timings,
): Promise<void> {
  try {
    await io.writeChunks(path, readingJsonChunks(reading));
    timings.lap('json and write');
  } catch (error) {
    throw new LantuError('INTERNAL', `cannot write ${path}: ${describeFsError(error)}`, {
      cause: error,
    });
  }
}

async function prepareOutDir(dir: string, io: CliIo): Promise<void> {
  try {
    await io.makeDir(dir);
  } catch (error) {
    // Usually --out names an existing file: a usage mistake, not a broken input.
    const reason = describeFsError(error);
    throw new LantuError('INPUT_INVALID', `--out ${dir}: cannot create: ${reason}`, {
      cause: error,
    });
  }
}

/**
 * `lantu extract`: reads each input and writes or prints its Reading. A file
 * that cannot be read is reported on stderr as `lantu: <file>: <message>` and
 * the run carries on; the result is the exit code for the run (see
 * exit-codes.ts). Problems that stop the whole run (bad manifest, unusable
 * --out, clashing outputs) are thrown as LantuError before any file is read.
 */
export async function runExtract(options: ExtractOptions, io: CliIo): Promise<number> {
  const timings = createTimings(io.stderr, timingsWanted());
  timings.lap('start');
  const manifest = options.manifest === undefined ? [] : await loadManifest(options.manifest, io);
  const { files, problems } = await expandInputs(options.inputs, io, supportedExtensions);
  const failures: ErrorCode[] = [];
  for (const { input, error } of problems) {
    io.stderr.write(`lantu: ${input}: ${error.message}\n`);
    failures.push(error.code);
  }
  if (options.meta.title !== undefined && files.length > 1) {
    throw new LantuError(
      'INPUT_INVALID',
      `--title names one document, but ${files.length} files were given`,
    );
  }
  if (options.out !== undefined) {
    assertDistinctOutputs(files);
    await prepareOutDir(options.out, io);
  }

  // No bar while the same terminal shows the tables: it would tear them apart.
  // A progress for 0 files draws nothing but still prints log lines.
  const barAllowed = options.out !== undefined || io.stdout.isTTY !== true;
  const progress = io.startProgress(barAllowed ? files.length : 0);
  const readings: Reading[] = [];
  let written = 0;
  // Text on this thread, PDF/DOCX/HTML in one capped worker (text-first-pool.ts).
  const source = createTextFirstPool({ threads: 1 });
  try {
    for (const file of files) {
      try {
        const read = await readText(file, io, source, timings);
        // After the read, so a file that failed gets its error and not also this warning.
        const meta = metaFor(file, options, manifest, progress.log);
        // The title a file carries (HTML <title>) is the fallback when nobody gave one.
        const reading = readDocument({
          text: read.text,
          meta: mergeMeta({ title: read.title }, meta),
        });
        timings.lap('grammar');
        if (options.out !== undefined) {
          await writeReading(join(options.out, outputFileName(file)), reading, io, timings);
          written += 1;
        } else if (options.json) {
          readings.push(reading);
        } else {
          io.stdout.write(
            `${renderReadingTable(reading, { fileName: file, width: io.stdout.columns })}\n`,
          );
        }
      } catch (error) {
        const lantuError = toLantuError(error);
        progress.log(`lantu: ${file}: ${withoutFilePrefix(lantuError.message, file)}`);
        failures.push(lantuError.code);
      }
      progress.tick(basename(file));
    }
  } finally {
    await source.close();
  }
  progress.stop();
  timings.lap('close');

  if (options.out !== undefined) {
    // On stderr: it is a status note, and stdout stays empty for scripts.
    io.stderr.write(`lantu: wrote ${written} of ${files.length} readings to ${options.out}\n`);
  } else if (options.json) {
    // One array even for one file, so scripts see the same shape whatever they pass.
    for (const chunk of readingJsonChunks(readings)) io.stdout.write(chunk);
    timings.lap('json and write');
  }
  timings.print();
  return exitCodeFor(failures);
}
