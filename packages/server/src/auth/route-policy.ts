import type { Role } from '@lantu/core';

/**
 * Who may call a route:
 * - `public`: anyone, signed in or not (sign-in itself);
 * - `signed-in`: any signed-in user, whatever the role (their own password);
 * - a list of roles: only signed-in users with one of them.
 */
export type RoutePolicy = 'public' | 'signed-in' | readonly Role[];

/**
 * THE policy table: every state-changing route (and every read that is not public), keyed
 * `METHOD /openapi/path`. The server refuses a state-changing route that is missing here
 * (fail closed), and test/route-policy.test.ts walks the OpenAPI document to prove each
 * one answers 401 to a visitor and 403 to a wrong role. Reads not listed are public.
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  // Signing in and out.
  'POST /api/session': 'public',
  'DELETE /api/session': 'public',
  'POST /api/session/password': 'signed-in',
  // better-auth's own endpoints (single sign-on start and callbacks, sign-out); each
  // checks its own session, and sign-up is switched off.
  'POST /api/auth/*': 'public',
  // The planning office: documents and the review of what was read.
  'POST /api/documents': ['reviewer'],
  'POST /api/documents/preview': ['reviewer'],
  'PUT /api/documents/{id}/file': ['reviewer'],
  'DELETE /api/documents/{id}': ['reviewer'],
  'PATCH /api/documents/{id}': ['reviewer'],
  'PUT /api/documents/{id}/plan': ['reviewer'],
  'PATCH /api/items/{id}': ['reviewer'],
  'POST /api/items/{id}/confirm': ['reviewer'],
  'POST /api/items/{id}/reject': ['reviewer'],
  // Figures the planning office enters or imports (a reporter's figures come through reports).
  'GET /api/figures': ['reviewer'],
  'POST /api/figures': ['reviewer'],
  'PUT /api/figures/{id}': ['reviewer'],
  'DELETE /api/figures/{id}': ['reviewer'],
  'POST /api/figures/import': ['reviewer'],
  // Admin: users and units.
  'GET /api/admin/users': ['admin'],
  'POST /api/admin/users': ['admin'],
  'PATCH /api/admin/users/{id}': ['admin'],
  'POST /api/admin/users/{id}/reset-password': ['admin'],
  'POST /api/units': ['admin'],
  'PATCH /api/units/{id}': ['admin'],
  'DELETE /api/units/{id}': ['admin'],
  // The people loop (docs/supervision.md). Reads are for signed-in users only: a reporter
  // sees its own unit's (the app checks the unit), the others everything.
  'GET /api/assignments': 'signed-in',
  'GET /api/assignments/{id}': 'signed-in',
  'GET /api/assignments/{id}/history': 'signed-in',
  'POST /api/assignments': ['supervisor'],
  'POST /api/assignments/import': ['supervisor'],
  'PATCH /api/assignments/{id}': ['supervisor'],
  'GET /api/supervision/board': ['supervisor', 'reviewer', 'admin'],
  'GET /api/reports/{id}': 'signed-in',
  'GET /api/reports/{id}/history': 'signed-in',
  'POST /api/reports': ['reporter'],
  'PATCH /api/reports/{id}': ['reporter'],
  'POST /api/reports/{id}/attachments': ['reporter'],
  'POST /api/reports/{id}/accept': ['supervisor'],
  'POST /api/reports/{id}/return': ['supervisor'],
  'GET /api/attachments/{id}': 'signed-in',
  'DELETE /api/attachments/{id}': ['reporter'],
  'GET /api/notices': 'signed-in',
  'GET /api/notices/{id}': 'signed-in',
  'POST /api/notices': ['supervisor'],
  'POST /api/notices/{id}/steps': ['supervisor', 'reporter'],
  'GET /api/inbox': 'signed-in',
  'POST /api/inbox/read': 'signed-in',
};

/** Routes a user who still has a one-time password may call (to change it, or leave). */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  'POST /api/session/password',
  'DELETE /api/session',
  'POST /api/session',
  'POST /api/auth/*',
]);

/** Methods that change nothing; everything else is state-changing. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Hono's `/api/items/:id` → OpenAPI's `/api/items/{id}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
}

/** The table key of a route. */
export function policyKey(method: string, openApiRoutePath: string): string {
  return `${method.toUpperCase()} ${openApiRoutePath}`;
}
