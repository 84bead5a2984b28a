import type { DocumentMeta } from '@lantu/core';
import type { UploadForm } from '../schemas/ingest.js';

/** The metadata fields of an upload form; absent fields stay absent so the reader infers them. */
export function uploadMeta(form: UploadForm): DocumentMeta {
  const { title, kind, date, horizon, jurisdiction } = form;
  const meta: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = {};
  if (title !== undefined) meta.title = title;
  if (kind !== undefined) meta.kind = kind;
  if (date !== undefined) meta.date = date;
  if (horizon !== undefined) meta.horizon = horizon;
  if (jurisdiction !== undefined) meta.jurisdiction = jurisdiction;
  return meta;
}
