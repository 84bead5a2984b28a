import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/i18n-context.js';
import { ScorecardTable } from '../../src/scorecard/scorecard-table.js';
import { row, status } from '../fixtures/rows.js';
import { fakeApi, type FakeApi } from '../support/fake-api.js';

const TEXT = '上一句。快递量跃居全\n国第一，建成200个海外仓。下一句。';
const start = TEXT.indexOf('快递量');
const end = TEXT.indexOf('第一') + 2;

const missed = row(
  {
    id: 'express',
    metric: '快递量',
    measure: 'rank',
    comparator: '=',
    value: 1,
    unit: '位',
    base_value: 1,
    base_unit: '位',
    text: TEXT.slice(start, end),
    start,
    end,
  },
  {
    ...status(
      'missed',
      { latest_value: 2, latest_year: 2025, target_value: 1, target_year: 2025 },
      'rank',
    ),
    label: { zh: '未完成', en: 'missed' },
    explanation: {
      zh: '2025年快递量居全国第2位，2025年目标第1位，未完成。',
      en: 'Ranked 2nd; target 1st: missed.',
    },
  },
);

let api: FakeApi;
beforeEach(() => {
  api = fakeApi({
    '/api/documents/doc-1': {
      document: { id: 'doc-1', text: TEXT },
      outline: [],
      frameworks: [],
      items: [],
    },
  });
});
afterEach(() => {
  cleanup();
  api.restore();
});

describe('ScorecardTable', () => {
  it('shows status, target, latest figure, progress and explanation', () => {
    render(
      <I18nProvider initial="zh">
        <ScorecardTable rows={[missed]} />
      </I18nProvider>,
    );
    const tableRow = screen.getByRole('row', { name: /快递量/ });
    expect(within(tableRow).getByText('未完成')).toBeTruthy();
    expect(within(tableRow).getByText('第1位')).toBeTruthy();
    expect(within(tableRow).getByText('第2位')).toBeTruthy();
    // A rank target's progress reads as ranks, not a 50 % bar (2nd is not half of 1st).
    expect(within(tableRow).queryByRole('progressbar')).toBeNull();
    expect(within(tableRow).getByText('第2位（目标第1位）')).toBeTruthy();
    expect(within(tableRow).getByText(/未完成。$/)).toBeTruthy();
  });

  it('opens the source sentence with the clause marked, and links to the reader', async () => {
    render(
      <I18nProvider initial="zh">
        <ScorecardTable rows={[missed]} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '查看“快递量”的原文' }));
    const dialog = await screen.findByRole('dialog', { name: '原文出处' });
    // The print's line break inside the clause is joined for reading.
    await waitFor(() =>
      expect(dialog.querySelector('mark')?.textContent).toBe('快递量跃居全国第一'),
    );
    expect(dialog.querySelector('blockquote')?.textContent).toBe(
      '快递量跃居全国第一，建成200个海外仓。',
    );
    expect(within(dialog).getByRole('link', { name: '在原文中查看' }).getAttribute('href')).toBe(
      '#/documents/doc-1?item=express',
    );
    expect(api.requests).toContain('/api/documents/doc-1');
  });
});
