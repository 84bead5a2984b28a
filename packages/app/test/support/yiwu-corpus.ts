import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentMeta } from '@lantu/core';
import type { IngestInput } from '../../src/index.js';

const CORPUS = fileURLToPath(new URL('../../../../fixtures/yiwu/corpus/', import.meta.url));

interface ManifestEntry extends DocumentMeta {
  readonly file: string;
  readonly note?: string;
}

/** The five Yiwu documents with their manifest metadata, as ingest inputs. */
export function yiwuInputs(): IngestInput[] {
  const manifest = JSON.parse(readFileSync(`${CORPUS}manifest.json`, 'utf8')) as ManifestEntry[];
  return manifest.map(({ file, note: _note, ...meta }) => ({
    fileName: file,
    bytes: new Uint8Array(readFileSync(`${CORPUS}${file}`)),
    meta,
  }));
}
