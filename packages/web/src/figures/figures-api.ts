/** The planning office's figure calls (docs/api.md: /api/figures). */
import { ApiError, apiUrl, getJson } from '../api/client.js';

export interface EnteredFigure {
  readonly id: string;
  readonly indicator_code: string;
  readonly indicator_name: string;
  readonly jurisdiction: string;
  readonly year: number;
  readonly period: string | null;
  readonly measure: 'level' | 'increase' | 'decrease' | 'rank';
  readonly value: number;
  readonly base_unit: string | null;
  readonly source: { readonly type: string; readonly actor?: string; readonly note?: string };
  readonly created_at: string;
}
export interface FigureFields {
  readonly period: string;
  readonly value: number;
  readonly unit: string;
  readonly note: string;
}
export interface ImportRow {
  readonly row: number;
  readonly accepted: boolean;
  readonly figures: number;
  readonly reasons: readonly string[];
}
export interface ImportOutcome {
  readonly fileName: string;
  readonly imported: number;
  readonly skipped?: number;
  readonly dryRun?: boolean;
  readonly errors: readonly { row: number; message: string }[];
  readonly rows?: readonly ImportRow[];
}

async function send<T>(
  method: string,
  path: string,
  body?: string | FormData,
  json = true,
): Promise<T> {
  const response = await fetch(apiUrl(path), {
    method,
    headers: json && body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(body === undefined ? {} : { body }),
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => ({}))) as {
      error?: { code?: string; message?: string };
    };
    throw new ApiError(
      response.status,
      error.error?.code ?? 'INTERNAL',
      error.error?.message ?? response.statusText,
    );
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const figuresApi = {
  list: () => getJson<EnteredFigure[]>('/figures'),
  enter: (body: FigureFields & { item_id: string }) =>
    send<EnteredFigure>('POST', '/figures', JSON.stringify(body)),
  correct: (id: string, body: FigureFields) =>
    send<EnteredFigure>('PUT', `/figures/${encodeURIComponent(id)}`, JSON.stringify(body)),
  withdraw: (id: string) => send<undefined>('DELETE', `/figures/${encodeURIComponent(id)}`),
  importTable: (file: File, mode: 'preview' | 'commit') => {
    const form = new FormData();
    form.set('file', file);
    form.set('mode', mode);
    return send<ImportOutcome>('POST', '/figures/import', form, false);
  },
  templateUrl: () => apiUrl('/figures/template.csv'),
};
