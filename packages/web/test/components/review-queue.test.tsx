import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatConfidence, leastCertainFirst } from '../../src/format/confidence.js';
import { I18nProvider } from '../../src/i18n/i18n-context.js';
import { ReviewQueue } from '../../src/reader/review-queue.js';
import { item } from '../fixtures/rows.js';

afterEach(cleanup);

const sure = item({ id: 'a', start: 0, confidence: 0.9, text: '国内生产总值增长5%左右' });
const doubtful = item({ id: 'b', start: 40, confidence: 0.35, text: '增长6.5%左右' });
const middling = item({ id: 'c', start: 20, confidence: 0.6, text: '赤字率拟按3%安排' });
const old = item({ id: 'd', start: 10, text: '城镇新增就业1206万人' });

describe('least certain first', () => {
  it('orders by confidence, then reading order; items without one are left out', () => {
    expect(leastCertainFirst([sure, doubtful, old, middling]).map((i) => i.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(formatConfidence(0.354)).toBe('35%');
  });

  it('lists the doubtful first and selects an item on click', () => {
    const onSelect = vi.fn();
    render(
      <I18nProvider initial="zh">
        <ReviewQueue items={[sure, doubtful, middling, old]} onSelect={onSelect} />
      </I18nProvider>,
    );
    expect(screen.getByText('待核对：把握最低的在前')).toBeTruthy();
    const entries = screen.getAllByRole('listitem');
    expect(entries).toHaveLength(3);
    expect(within(entries[0] as HTMLElement).getByText('35%')).toBeTruthy();
    fireEvent.click(within(entries[0] as HTMLElement).getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith('b');
  });

  it('shows nothing when no item has a confidence', () => {
    const { container } = render(
      <I18nProvider initial="zh">
        <ReviewQueue items={[old]} onSelect={() => undefined} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
