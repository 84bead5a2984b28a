/** The people loop's calls (docs/api.md: assignments, reports, notices, inbox). */
import { ApiError, apiUrl, getJson, sendJson } from '../api/client.js';
import { LIST_LIMIT } from '../api/endpoints.js';

export type Light = 'green' | 'yellow' | 'red' | 'grey';
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}
export interface Report {
  readonly id: string;
  readonly assignment_id: string;
  readonly item_id: string | null;
  readonly unit_id: string;
  readonly period: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly completion: number | null;
  readonly progress: string;
  readonly problems: string;
  readonly next_steps: string;
  readonly state: 'draft' | 'submitted' | 'returned' | 'resubmitted' | 'accepted';
  readonly return_reason: string | null;
  readonly author: string;
  readonly submitted_at: string | null;
  readonly reviewer: string | null;
  readonly version: number;
}
export interface AssignmentView {
  readonly id: string;
  readonly title: string;
  readonly lead_unit_id: string;
  readonly lead_unit_name: string;
  readonly supporting_unit_names: readonly string[];
  readonly start_date: string;
  readonly due_date: string;
  readonly frequency: 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';
  readonly version: number;
  readonly items: readonly {
    id: string;
    metric: string;
    value: number | null;
    unit: string | null;
    year: number | null;
  }[];
  readonly reports: readonly Report[];
  readonly light: {
    readonly light: Light;
    readonly state: string;
    readonly label: Bilingual;
    readonly explanation: Bilingual;
    readonly nextReport: { key: string; reportDue: string } | null;
    readonly overdue: readonly { key: string; reportDue: string }[];
  };
}
export interface BoardRow {
  readonly unit_id: string;
  readonly unit_name: string;
  readonly assigned: number;
  readonly reported_on_time: number;
  readonly overdue: number;
  readonly lights: Readonly<Record<Light, number>>;
  readonly score: number;
  readonly rank: number;
}
export interface Board {
  readonly as_of: string;
  readonly totals: Readonly<Record<Light, number>>;
  readonly units: readonly BoardRow[];
}
export interface Notice {
  readonly id: string;
  readonly unit_id: string;
  readonly title: string;
  readonly body: string;
  readonly deadline: string;
  readonly state: 'opened' | 'assigned' | 'in-progress' | 'responded' | 'closed' | 'escalated';
  readonly issued_by: string;
  readonly version: number;
  readonly steps: readonly { state: Notice['state']; body: string; actor: string; at: string }[];
}
export interface Notification {
  readonly id: number;
  readonly kind: string;
  readonly title: Bilingual;
  readonly created_at: string;
  readonly read: boolean;
}
export interface HistoryEntry {
  readonly id: number;
  readonly action: string;
  readonly actor: string;
  readonly at: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}
export interface TargetOption {
  readonly id: string;
  readonly metric: string;
  readonly year: number | null;
  readonly kind: string;
}

async function send204(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<void> {
  const response = await fetch(apiUrl(path), {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw await errorOf(response);
}

async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as {
    error?: { code?: string; message?: string };
  };
  return new ApiError(
    response.status,
    body.error?.code ?? 'INTERNAL',
    body.error?.message ?? response.statusText,
  );
}

/** Rows per request for the target picker: the most the API gives in one page. */
const TARGETS_PAGE = 200;
/** The picker stops after this many targets (a province would rather search). */
const TARGETS_MAX = 5000;

/** Every target (up to `TARGETS_MAX`), read page by page since each request is bounded. */
async function allTargets(): Promise<TargetOption[]> {
  const all: TargetOption[] = [];
  for (let offset = 0; offset < TARGETS_MAX; offset += TARGETS_PAGE) {
    const page = await getJson<{ total: number; items: TargetOption[] }>('/items', {
      kind: 'target',
      limit: TARGETS_PAGE,
      offset,
    });
    all.push(...page.items);
    if (page.items.length < TARGETS_PAGE || all.length >= page.total) break;
  }
  return all;
}

export const loopApi = {
  assignments: () => getJson<AssignmentView[]>('/assignments', { limit: LIST_LIMIT }),
  assign: (body: {
    subject: { type: 'item'; id: string };
    lead_unit_id: string;
    supporting_unit_ids: string[];
    due_date: string;
    start_date?: string;
    frequency: string;
  }) => sendJson<{ id: string }>('POST', '/assignments', body),
  board: () => getJson<Board>('/supervision/board'),
  targets: () => allTargets(),
  submit: (body: Record<string, unknown>) => sendJson<Report>('POST', '/reports', body),
  edit: (id: string, body: Record<string, unknown>) =>
    sendJson<Report>('PATCH', `/reports/${encodeURIComponent(id)}`, body),
  accept: (r: Report) =>
    sendJson<Report>('POST', `/reports/${encodeURIComponent(r.id)}/accept`, { version: r.version }),
  returnReport: (r: Report, reason: string) =>
    sendJson<Report>('POST', `/reports/${encodeURIComponent(r.id)}/return`, {
      version: r.version,
      reason,
    }),
  reportHistory: (id: string) =>
    getJson<HistoryEntry[]>(`/reports/${encodeURIComponent(id)}/history`),
  async attach(reportId: string, file: File): Promise<void> {
    const form = new FormData();
    form.set('file', file);
    const response = await fetch(apiUrl(`/reports/${encodeURIComponent(reportId)}/attachments`), {
      method: 'POST',
      body: form,
    });
    if (!response.ok) throw await errorOf(response);
  },
  notices: () => getJson<Notice[]>('/notices', { limit: LIST_LIMIT }),
  issueNotice: (body: { unit_id: string; title: string; body: string; deadline: string }) =>
    sendJson<Notice>('POST', '/notices', body),
  stepNotice: (n: Notice, to: Notice['state'], body: string) =>
    sendJson<Notice>('POST', `/notices/${encodeURIComponent(n.id)}/steps`, {
      version: n.version,
      to,
      body,
    }),
  inbox: () => getJson<{ items: Notification[]; unread: number }>('/inbox'),
  markRead: (ids: number[]) => send204('POST', '/inbox/read', { ids }),
};
