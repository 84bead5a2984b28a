import { LantuError } from '@lantu/core';
import type { ChangeAuthor, DocumentSummary, StoredDocument, StoredReading } from '../records.js';
import {
  DOCUMENT_SUMMARY_COLUMNS,
  toDocumentSummary,
  toStoredDocument,
} from '../rows/document-row.js';
import type { StoreContext } from '../store-context.js';
import {
  ingestReading,
  type IngestReadingInput,
  type IngestReadingResult,
} from './ingest-reading.js';
import { changeDocumentMeta, type DocumentMetaPatch } from './document-meta-change.js';
import type { WriteOptions } from './expected-version.js';
import { deleteDocument, replaceDocument, type ReplacementResult } from './document-removal.js';
import { readStoredReading } from './read-stored-reading.js';

/** Documents and their readings. */
export interface DocumentRepository {
  /** Stores a document and its reading atomically; see IngestReadingInput. */
  ingestReading(input: IngestReadingInput): Promise<IngestReadingResult>;
  /** Summaries (no text), oldest first; optionally of one jurisdiction. */
  list(filter?: { readonly jurisdictionCode?: string }): Promise<DocumentSummary[]>;
  /** The document with its text; NOT_FOUND for an unknown id. */
  get(id: string): Promise<StoredDocument>;
  /** The document without its text (which may be megabytes); NOT_FOUND for an unknown id. */
  summary(id: string): Promise<DocumentSummary>;
  /** The document's outline, frameworks and items as stored; NOT_FOUND for an unknown id. */
  getReading(id: string): Promise<StoredReading>;
  /**
   * Corrects title, issuer, kind, date or horizon, with a history entry; CONFLICT when
   * `expectedVersion` is stale (see document-meta-change.ts).
   */
  updateMeta(
    id: string,
    patch: DocumentMetaPatch,
    actor: ChangeAuthor,
    options?: WriteOptions,
  ): Promise<DocumentSummary>;
  /** Deletes a document and all read from it, with a history entry; see document-removal.ts. */
  delete(id: string, actor: ChangeAuthor): Promise<void>;
  /** Replaces `oldId` by the stored new version `newId`, keeping unchanged decisions. */
  replace(oldId: string, newId: string, actor: ChangeAuthor): Promise<ReplacementResult>;
}

/** The document repository over a store connection. */
export function createDocumentRepository(ctx: StoreContext): DocumentRepository {
  const summary = async (id: string): Promise<DocumentSummary> => {
    const row = await ctx.db
      .selectFrom('documents')
      .select(DOCUMENT_SUMMARY_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) throw new LantuError('NOT_FOUND', `no document ${id}`);
    return toDocumentSummary(row);
  };
  return {
    ingestReading: (input) => ingestReading(ctx, input),
    async list(filter = {}) {
      let query = ctx.db.selectFrom('documents').select(DOCUMENT_SUMMARY_COLUMNS);
      if (filter.jurisdictionCode !== undefined) {
        query = query.where('jurisdiction_code', '=', filter.jurisdictionCode);
      }
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(toDocumentSummary);
    },
    async get(id) {
      const row = await ctx.db
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (row === undefined) throw new LantuError('NOT_FOUND', `no document ${id}`);
      return toStoredDocument(row);
    },
    summary: (id) => summary(id),
    async getReading(id) {
      return readStoredReading(ctx.db, await summary(id));
    },
    updateMeta: (id, patch, actor, options) => changeDocumentMeta(ctx, id, patch, actor, options),
    delete: (id, actor) => deleteDocument(ctx, id, actor),
    replace: (oldId, newId, actor) => replaceDocument(ctx, oldId, newId, actor),
  };
}
