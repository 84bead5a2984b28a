import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Overview } from '../../src/api/types.js';
import { App } from '../../src/app.js';
import type { UserAccount } from '../../src/session/session-types.js';
import { fakeApi, type FakeApi } from '../support/fake-api.js';

const overview: Overview = {
  as_of: '2026-06-30',
  totals: {
    achieved: 0,
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
    missed: 0,
    'not-yet-due': 0,
    'no-data': 0,
  },
  headline: [],
  frameworks: [],
  documents: [],
};

function user(role: UserAccount['role']): UserAccount {
  return {
    id: 'u1',
    name: '张三',
    email: 'zs@example.org',
    role,
    unit_id: null,
    unit_name: null,
    disabled: false,
    must_change_password: false,
    created_at: '2026-01-01T00:00:00.000Z',
  };
}

let api: FakeApi;
beforeEach(() => {
  window.location.hash = '#/';
  api = fakeApi({ '/api/overview': overview, '/api/health': { ok: true, as_of: '2026-06-30' } });
});
afterEach(() => {
  cleanup();
  api.restore();
});

describe('the header knows who is signed in', () => {
  it('offers a visitor the sign-in link and no workspace', async () => {
    render(<App lang="zh" session={{ user: null }} />);
    expect((await screen.findByRole('link', { name: '登录' })).getAttribute('href')).toBe(
      '#/sign-in',
    );
    expect(screen.queryByRole('link', { name: '用户管理' })).toBeNull();
    expect(screen.queryByRole('button', { name: '退出登录' })).toBeNull();
  });

  it('shows an admin their name, role, sign-out and the admin pages', async () => {
    render(<App lang="zh" session={{ user: user('admin') }} />);
    expect(await screen.findByText('张三')).toBeTruthy();
    expect(screen.getByText('管理员')).toBeTruthy();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '用户管理' }).getAttribute('href')).toBe(
      '#/admin/users',
    );
    expect(screen.getByRole('link', { name: '单位管理' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '登录' })).toBeNull();
  });

  it('shows a reviewer no admin pages', async () => {
    render(<App lang="en" session={{ user: user('reviewer') }} />);
    expect(await screen.findByText('Reviewer')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
  });
});
