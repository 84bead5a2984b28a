import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredItem } from '../../src/api/types.js';
import { I18nProvider } from '../../src/i18n/i18n-context.js';
import { ItemPanel } from '../../src/reader/item-panel.js';
import { SessionProvider } from '../../src/session/session-context.js';

/** A signed-in reviewer: review controls are theirs (who changed it is the session's). */
const REVIEWER = {
  user: {
    id: 'u1',
    name: '王芳',
    email: 'wf@example.org',
    role: 'reviewer' as const,
    unit_id: null,
    unit_name: null,
    disabled: false,
    must_change_password: false,
    created_at: '2026-01-01T00:00:00.000Z',
  },
};
import { item } from '../fixtures/rows.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ItemPanel when someone else changed the item meanwhile', () => {
  it('sends the version it shows, then shows the current item and lets the person retry', async () => {
    const shown = item({ version: 1 });
    const theirs = item({ version: 2, value: 2100, review_state: 'corrected' });
    const sent: unknown[] = [];
    const answers = [
      new Response(
        JSON.stringify({
          error: { code: 'CONFLICT', message: 'item changed since version 1' },
          current: theirs,
        }),
        { status: 409 },
      ),
      new Response(JSON.stringify({ ...theirs, version: 3, review_state: 'confirmed' }), {
        status: 200,
      }),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init?: RequestInit) => {
        if (url.includes('/history')) return Promise.resolve(new Response('[]'));
        sent.push(JSON.parse(init?.body as string));
        return Promise.resolve(answers.shift());
      }),
    );
    const onSaved = vi.fn<(saved: StoredItem) => void>();
    const { rerender } = render(
      <I18nProvider initial="zh">
        <SessionProvider initial={REVIEWER}>
          <ItemPanel
            item={shown}
            others={[]}
            onSelect={vi.fn()}
            onSaved={onSaved}
            onClose={vi.fn()}
          />
        </SessionProvider>
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/他人修改/));
    expect(sent[0]).toMatchObject({ version: 1 });
    expect(onSaved).toHaveBeenCalledWith(theirs);

    // The reader passes the current item back in; the retry is made from its version.
    rerender(
      <I18nProvider initial="zh">
        <SessionProvider initial={REVIEWER}>
          <ItemPanel
            item={theirs}
            others={[]}
            onSelect={vi.fn()}
            onSaved={onSaved}
            onClose={vi.fn()}
          />
        </SessionProvider>
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(2));
    expect(sent[1]).toMatchObject({ version: 2 });
  });
});
