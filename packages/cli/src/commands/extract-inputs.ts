import { basename, extname, join, resolve } from 'node:path';
import { LantuError } from '@lantu/core';
import type { CliIo } from '../io.js';

/** An input that yielded no file to read, with why. */
export interface InputProblem {
  readonly input: string;
  readonly error: LantuError;
}

export interface ExpandedInputs {
  /** Files to read, in command-line order, directories expanded in place. */
  readonly files: readonly string[];
  readonly problems: readonly InputProblem[];
}

/** `pdf` for `a.PDF`, '' for no extension; compared lower case like the readers do. */
function extensionOf(fileName: string): string {
  return extname(fileName).slice(1).toLowerCase();
}

/** Readers may list extensions as `pdf` or `.pdf`; compare without the dot. */
function normaliseExtensions(extensions: readonly string[]): ReadonlySet<string> {
  return new Set(extensions.map((ext) => ext.replace(/^\./u, '').toLowerCase()));
}

/**
 * Turns command-line arguments into the files to read. A directory stands for
 * its supported files (not recursive, sorted by name, manifest.json skipped,
 * since it describes the corpus rather than being part of it). Anything else
 * is passed through, even when missing, so the read reports the real reason.
 * A path given twice is read once.
 */
export async function expandInputs(
  inputs: readonly string[],
  io: Pick<CliIo, 'pathKind' | 'readDir'>,
  supportedExtensions: readonly string[],
): Promise<ExpandedInputs> {
  const supported = normaliseExtensions(supportedExtensions);
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    if ((await io.pathKind(input)) !== 'directory') {
      add(input);
      continue;
    }
    // Code-point order, not locale order, so runs are identical on every machine.
    const names = [...(await io.readDir(input))].sort();
    const found: string[] = [];
    for (const name of names) {
      if (name.toLowerCase() === 'manifest.json' || !supported.has(extensionOf(name))) continue;
      const path = join(input, name);
      if ((await io.pathKind(path)) === 'file') found.push(path);
    }
    if (found.length === 0) {
      const list = [...supported].map((ext) => `.${ext}`).join(', ');
      problems.push({
        input,
        error: new LantuError('UNSUPPORTED_FORMAT', `directory holds no supported files (${list})`),
      });
    }
    found.forEach(add);
  }
  return { files, problems };
}

/** `DIR/<name>.json` for an input file: its base name with the extension swapped. */
export function outputFileName(file: string): string {
  return `${basename(file, extname(file))}.json`;
}

/**
 * Throws INPUT_INVALID when two inputs would write the same output file
 * (`a.txt` and `a.pdf`, or two directories each holding `plan.txt`), since
 * the second would silently replace the first.
 */
export function assertDistinctOutputs(files: readonly string[]): void {
  const byOutput = new Map<string, string>();
  const clashes: string[] = [];
  for (const file of files) {
    const name = outputFileName(file);
    const first = byOutput.get(name);
    if (first === undefined) byOutput.set(name, file);
    else clashes.push(`${first} and ${file} would both write ${name}`);
  }
  if (clashes.length > 0) throw new LantuError('INPUT_INVALID', clashes.join('; '));
}
