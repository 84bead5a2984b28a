/**
 * The upload card's requests: read a file for a preview (nothing stored), store it, replace
 * a document by a new version, delete one. Multipart bodies go through fetch directly
 * (client.ts sends JSON); errors become the same ApiError.
 */
import { ApiError, apiUrl, sendJson } from '../api/client.js';
import type { DocumentSummary } from '../api/types.js';
import type { PreviewCounts } from './words.js';

export interface MetaValues {
  readonly title?: string;
  readonly kind?: DocumentSummary['kind'];
  readonly date?: string;
  readonly horizon?: number;
}

export interface DocumentPreview {
  readonly fileName: string;
  readonly title: string;
  readonly kind: DocumentSummary['kind'];
  readonly date: string | null;
  readonly horizon: number | null;
  readonly jurisdiction: string | null;
  readonly chars: number;
  readonly counts: PreviewCounts;
  readonly firstItems: readonly { kind: string; metric: string; text: string }[];
  readonly storedAs: string | null;
}

export interface StoredUpload {
  readonly documentId: string;
  readonly status: 'created' | 'unchanged';
  readonly items: number;
  readonly linked: number;
}

export interface Replacement {
  readonly status: 'replaced' | 'unchanged';
  readonly documentId: string;
  readonly keptDecisions: number;
  readonly droppedDecisions: number;
}

function uploadForm(file: File, meta: MetaValues): FormData {
  const form = new FormData();
  form.set('file', file);
  for (const [key, value] of Object.entries(meta)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') {
      form.set(key, String(value));
    }
  }
  return form;
}

async function sendForm<T>(method: 'POST' | 'PUT', path: string, form: FormData): Promise<T> {
  const response = await fetch(apiUrl(path), {
    method,
    body: form,
    headers: { accept: 'application/json' },
  });
  const body = (await response.json().catch(() => ({}))) as
    T | { error?: { code?: string; message?: string } };
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } }).error;
    throw new ApiError(
      response.status,
      error?.code ?? 'INTERNAL',
      error?.message ?? response.statusText,
    );
  }
  return body as T;
}

export const previewDocument = (file: File, meta: MetaValues) =>
  sendForm<DocumentPreview>('POST', '/documents/preview', uploadForm(file, meta));

export const storeDocument = (file: File, meta: MetaValues) =>
  sendForm<StoredUpload>('POST', '/documents', uploadForm(file, meta));

export const replaceDocument = (id: string, file: File) =>
  sendForm<Replacement>('PUT', `/documents/${encodeURIComponent(id)}/file`, uploadForm(file, {}));

export const deleteDocument = (id: string) =>
  sendJson<{ deleted: string }>('DELETE', `/documents/${encodeURIComponent(id)}`, {});
