/**
 * Loads the Yiwu fixture corpus (texts, manifest metadata, gold readings) from
 * fixtures/yiwu. Node I/O lives here, outside core/src, so the golden test,
 * scripts/score-corpus.ts and the benchmarks share one loader.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentMeta } from '../../src/model/document.js';
import { parseGoldFile, type GoldFile } from '../../src/score/index.js';

/** The repository root, found from this file's place in packages/core/test/support. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the corpus texts and the manifest live. */
export const YIWU_CORPUS_DIR = join(REPO_ROOT, 'fixtures/yiwu/corpus');
export const YIWU_GOLD_DIR = join(REPO_ROOT, 'fixtures/yiwu/gold');

/** The golden test's bar, from the issue; the grammar must reach it. */
export const GOLDEN_THRESHOLDS = { valueF1: 0.95, fullF1: 0.85 } as const;

export interface Fixture {
  readonly file: string;
  /** The text exactly as decoded from the file (offsets index into this). */
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly gold: GoldFile;
}

/** Every manifest entry with its text and gold reading, in manifest order. */
export function loadYiwuFixtures(): Fixture[] {
  const manifest: unknown = JSON.parse(
    readFileSync(join(YIWU_CORPUS_DIR, 'manifest.json'), 'utf8'),
  );
  if (!Array.isArray(manifest)) throw new Error('manifest.json: expected an array');
  return manifest.map((entry: unknown, i) => {
    const meta = manifestEntry(entry, `manifest.json[${i}]`);
    const goldPath = join(YIWU_GOLD_DIR, meta.file.replace(/\.txt$/u, '.json'));
    const gold = parseGoldFile(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
    return {
      file: meta.file,
      text: readFileSync(join(YIWU_CORPUS_DIR, meta.file), 'utf8'),
      meta: meta.meta,
      gold,
    };
  });
}

/** One manifest entry checked: its file name and the document metadata. */
export function manifestEntry(entry: unknown, where: string): { file: string; meta: DocumentMeta } {
  if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: expected an object`);
  const e = entry as Record<string, unknown>;
  const str = (key: string): string | undefined =>
    typeof e[key] === 'string' ? e[key] : undefined;
  const file = str('file');
  if (file === undefined) throw new Error(`${where}.file: expected a string`);
  const kind = str('kind');
  if (kind !== undefined && !DOCUMENT_KINDS.includes(kind as DocumentKind)) {
    throw new Error(`${where}.kind: unknown kind ${kind}`);
  }
  return {
    file,
    meta: {
      title: str('title'),
      jurisdiction: str('jurisdiction'),
      issuer: str('issuer'),
      kind: kind as DocumentKind | undefined,
      date: str('date'),
      horizon: typeof e['horizon'] === 'number' ? e['horizon'] : undefined,
    },
  };
}
