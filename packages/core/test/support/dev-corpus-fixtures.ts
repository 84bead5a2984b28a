/**
 * Loads the development corpus of real non-Yiwu documents (issue 9, point 9)
 * from fixtures/corpus: manifest.json, the texts in docs/, the gold readings in
 * gold/<name>.json, and the published target sentences. Node I/O lives here,
 * outside core/src, like the Yiwu loader it mirrors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoldFile, parseTargetSentences, type TargetSentence } from '../../src/score/index.js';
import { manifestEntry, REPO_ROOT, type Fixture } from './yiwu-fixtures.js';

export const DEV_CORPUS_DIR = join(REPO_ROOT, 'fixtures/corpus');

/** Every manifest entry of the development corpus with its text and gold reading. */
export function loadDevCorpusFixtures(): Fixture[] {
  const manifest: unknown = JSON.parse(readFileSync(join(DEV_CORPUS_DIR, 'manifest.json'), 'utf8'));
  if (!Array.isArray(manifest)) throw new Error('fixtures/corpus/manifest.json: expected an array');
  return manifest.map((entry: unknown, i) => {
    const meta = manifestEntry(entry, `fixtures/corpus/manifest.json[${i}]`);
    const goldPath = join(DEV_CORPUS_DIR, 'gold', meta.file.replace(/\.[^.]+$/u, '.json'));
    return {
      file: meta.file,
      text: readFileSync(join(DEV_CORPUS_DIR, 'docs', meta.file), 'utf8'),
      meta: meta.meta,
      gold: parseGoldFile(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath),
    };
  });
}

/** The published target sentences with their expected readings. */
export function loadTargetSentences(): TargetSentence[] {
  const path = join(DEV_CORPUS_DIR, 'target-sentences.json');
  return parseTargetSentences(JSON.parse(readFileSync(path, 'utf8')), path);
}
