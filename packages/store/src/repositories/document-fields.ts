import type { DocumentMeta, Reading } from '@lantu/core';
import type { DocumentsTable } from '../schema.js';

/** The descriptive columns of a document row, before ids, text and timestamps are added. */
export type DocumentFields = Pick<
  DocumentsTable,
  'title' | 'issuer' | 'kind' | 'date' | 'horizon'
> & { readonly jurisdiction: string | null };

/**
 * Merges what the reading says about its document with the caller's metadata. The reading
 * wins where it has a value (it was made from that metadata plus the text); the metadata
 * fills what the reading left empty, and is the only source of the issuer.
 */
export function documentFields(reading: Reading, meta: DocumentMeta = {}): DocumentFields {
  const { document } = reading;
  return {
    title: document.title !== '' ? document.title : (meta.title ?? ''),
    issuer: meta.issuer ?? null,
    kind: document.kind === 'other' && meta.kind !== undefined ? meta.kind : document.kind,
    date: document.date ?? meta.date ?? null,
    horizon: document.horizon ?? meta.horizon ?? null,
    jurisdiction: document.jurisdiction ?? meta.jurisdiction ?? null,
  };
}
