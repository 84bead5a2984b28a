import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../src/api/types.js';
import { I18nProvider } from '../../src/i18n/i18n-context.js';
import { ScorecardFilters } from '../../src/scorecard/scorecard-filters.js';
import type { ScorecardView } from '../../src/scorecard/scorecard-query.js';

afterEach(cleanup);

const documents = [
  { id: 'd1', title: '一图读懂2026义乌市政府工作报告' },
  { id: 'd2', title: '聚焦“138”，奋楫扬帆行致远' },
] as DocumentSummary[];

function setup(view: ScorecardView = { query: {}, sort: 'status', direction: 'asc' }) {
  const onChange = vi.fn<(next: ScorecardView) => void>();
  render(
    <I18nProvider initial="zh">
      <ScorecardFilters
        view={view}
        documents={documents}
        indicators={[]}
        years={[2026, 2025]}
        onChange={onChange}
        debounceMs={0}
      />
    </I18nProvider>,
  );
  return onChange;
}

describe('ScorecardFilters', () => {
  it('filters by status with the Chinese status words', () => {
    const onChange = setup();
    const select = screen.getByLabelText('状态');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toContain('未完成');
    fireEvent.change(select, { target: { value: 'missed' } });
    expect(onChange).toHaveBeenLastCalledWith({
      query: { status: 'missed' },
      sort: 'status',
      direction: 'asc',
    });
  });

  it('filters by document and year, keeping the other filters', () => {
    const onChange = setup({ query: { status: 'missed' }, sort: 'year', direction: 'desc' });
    fireEvent.change(screen.getByLabelText('文件'), { target: { value: 'd2' } });
    expect(onChange).toHaveBeenLastCalledWith({
      query: { status: 'missed', document: 'd2' },
      sort: 'year',
      direction: 'desc',
    });
    const years = [...screen.getByLabelText('目标年份').querySelectorAll('option')].map(
      (o) => o.textContent,
    );
    expect(years).toEqual(['全部', '2025', '2026']);
  });

  it('commits typed text after the pause, trimmed', async () => {
    const onChange = setup();
    fireEvent.change(screen.getByLabelText('关键词'), { target: { value: ' 快递 ' } });
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        query: { q: '快递' },
        sort: 'status',
        direction: 'asc',
      }),
    );
  });

  it('changes the sort order and clears everything', () => {
    const onChange = setup({
      query: { status: 'missed', q: '快递' },
      sort: 'status',
      direction: 'asc',
    });
    fireEvent.change(screen.getByLabelText('排序'), { target: { value: 'progress' } });
    expect(onChange).toHaveBeenLastCalledWith({
      query: { status: 'missed', q: '快递' },
      sort: 'progress',
      direction: 'asc',
    });
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(onChange).toHaveBeenLastCalledWith({ query: {}, sort: 'status', direction: 'asc' });
    expect(screen.getByLabelText<HTMLInputElement>('关键词').value).toBe('');
  });
});
