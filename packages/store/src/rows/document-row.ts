import type { DocumentKind } from '@lantu/core';
import type { Selectable } from 'kysely';
import type { DocumentSummary, StoredDocument } from '../records.js';
import type { DocumentsTable } from '../schema.js';

/** The columns of a document summary: everything but the text. */
export const DOCUMENT_SUMMARY_COLUMNS = [
  'id',
  'file_name',
  'title',
  'jurisdiction_code',
  'issuer',
  'kind',
  'date',
  'horizon',
  'content_hash',
  'chars',
  'created_at',
  'version',
] as const;

/** Row (without text) → DocumentSummary. */
export function toDocumentSummary(row: Omit<Selectable<DocumentsTable>, 'text'>): DocumentSummary {
  return {
    id: row.id,
    file_name: row.file_name,
    title: row.title,
    jurisdiction_code: row.jurisdiction_code,
    issuer: row.issuer,
    kind: row.kind as DocumentKind,
    date: row.date,
    horizon: row.horizon,
    content_hash: row.content_hash,
    chars: row.chars,
    created_at: row.created_at,
    version: row.version,
  };
}

/** Row → StoredDocument. */
export function toStoredDocument(row: Selectable<DocumentsTable>): StoredDocument {
  return { ...toDocumentSummary(row), text: row.text };
}
