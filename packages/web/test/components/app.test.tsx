import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Overview } from '../../src/api/types.js';
import { App } from '../../src/app.js';
import { fakeApi, type FakeApi } from '../support/fake-api.js';

const overview: Overview = {
  as_of: '2026-06-30',
  totals: {
    achieved: 3,
    'on-track': 0,
    'at-risk': 0,
    'off-track': 0,
    missed: 1,
    'not-yet-due': 35,
    'no-data': 128,
  },
  headline: [],
  frameworks: [],
  documents: [],
};

let api: FakeApi;
beforeEach(() => {
  window.location.hash = '#/';
  window.localStorage.clear();
  api = fakeApi({ '/api/overview': overview, '/api/health': { ok: true, as_of: '2026-06-30' } });
});
afterEach(() => {
  cleanup();
  api.restore();
});

describe('App', () => {
  it('shows the status counts, each linking to the filtered scorecard', async () => {
    render(<App lang="zh" />);
    const missed = await screen.findByRole('link', { name: /未完成/ });
    expect(within(missed).getByText('1')).toBeTruthy();
    expect(missed.getAttribute('href')).toBe('#/scorecard?status=missed');
    expect(screen.getByText('2026年6月30日')).toBeTruthy();
    expect(api.requests).toContain('/api/overview');
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    render(<App lang="zh" />);
    await screen.findByRole('link', { name: /未完成/ });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.getByRole('link', { name: 'Scorecard' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /missed/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('lantu.lang')).toBe('en');
  });

  it('marks the current page in the navigation', async () => {
    render(<App lang="zh" />);
    await waitFor(() =>
      expect(screen.getByRole('link', { name: '概览' }).getAttribute('aria-current')).toBe('page'),
    );
    expect(screen.getByRole('link', { name: '目标清单' }).getAttribute('aria-current')).toBeNull();
  });

  it('shows a not-found page for unknown routes', async () => {
    window.location.hash = '#/nowhere';
    render(<App lang="zh" />);
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeTruthy();
  });
});
