import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IngestInput } from '@lantu/app';
import type { DocumentMeta } from '@lantu/core';

const CORPUS = fileURLToPath(new URL('../../../fixtures/yiwu/corpus/', import.meta.url));

/** The five Yiwu documents with their manifest metadata, as ingest inputs. */
export function yiwuInputs(): IngestInput[] {
  const manifest = JSON.parse(readFileSync(`${CORPUS}manifest.json`, 'utf8')) as (DocumentMeta & {
    readonly file: string;
    readonly note?: string;
  })[];
  return manifest.map(({ file, note: _note, ...meta }) => ({
    fileName: file,
    bytes: new Uint8Array(readFileSync(`${CORPUS}${file}`)),
    meta,
  }));
}
