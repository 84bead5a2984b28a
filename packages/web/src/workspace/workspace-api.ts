/** The workspace's calls: session, users and units (docs/api.md). */
import { getJson, sendJson } from '../api/client.js';
import { LIST_LIMIT } from '../api/endpoints.js';
import type { Role, SessionAnswer, UserAccount } from '../session/session-types.js';

export interface Unit {
  readonly id: string;
  readonly jurisdiction_code: string;
  readonly parent_id: string | null;
  readonly name: string;
  readonly kind: string;
  readonly sort: number;
}

export interface OneTimePassword {
  readonly user: UserAccount;
  readonly one_time_password: string;
}

export const workspaceApi = {
  signIn: (email: string, password: string) =>
    sendJson<SessionAnswer>('POST', '/session', { email, password }),
  changePassword: (current: string, next: string) =>
    sendJson<SessionAnswer>('POST', '/session/password', {
      current_password: current,
      new_password: next,
    }),
  users: () => getJson<UserAccount[]>('/admin/users', { limit: LIST_LIMIT }),
  createUser: (user: { email: string; name: string; role: Role; unit_id: string | null }) =>
    sendJson<OneTimePassword>('POST', '/admin/users', user),
  updateUser: (
    id: string,
    change: Partial<{ name: string; role: Role; unit_id: string | null; disabled: boolean }>,
  ) => sendJson<UserAccount>('PATCH', `/admin/users/${encodeURIComponent(id)}`, change),
  resetPassword: (id: string) =>
    sendJson<OneTimePassword>('POST', `/admin/users/${encodeURIComponent(id)}/reset-password`, {}),
  units: () => getJson<Unit[]>('/units'),
  createUnit: (unit: {
    jurisdiction: string;
    parent_id: string | null;
    name: string;
    kind: string;
  }) => sendJson<Unit>('POST', '/units', unit),
  updateUnit: (id: string, change: Partial<{ name: string; parent_id: string | null }>) =>
    sendJson<Unit>('PATCH', `/units/${encodeURIComponent(id)}`, change),
  deleteUnit: (id: string) =>
    sendJson<{ deleted: string }>('DELETE', `/units/${encodeURIComponent(id)}`, {}),
};
