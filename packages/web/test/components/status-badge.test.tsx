import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge } from '../../src/components/status-badge.js';
import { I18nProvider } from '../../src/i18n/i18n-context.js';

afterEach(cleanup);

describe('StatusBadge', () => {
  it('shows the Chinese word with its colour, and no English code as a tooltip', () => {
    render(
      <I18nProvider initial="zh">
        <StatusBadge status="missed" />
      </I18nProvider>,
    );
    const badge = screen.getByText('未完成');
    expect(badge.dataset['status']).toBe('missed');
    expect(badge.getAttribute('title')).toBeNull();
    expect(badge.style.color).toMatch(/#b21c1c|rgb\(178, 28, 28\)/i);
  });

  it('shows the English word and the method’s finer word when it differs', () => {
    render(
      <I18nProvider initial="en">
        <StatusBadge status="on-track" label={{ zh: '超序时', en: 'ahead of schedule' }} />
      </I18nProvider>,
    );
    expect(screen.getByText('on track')).toBeTruthy();
    expect(screen.getByText('ahead of schedule')).toBeTruthy();
  });

  it('does not repeat the word when the method uses the same one', () => {
    const { container } = render(
      <I18nProvider initial="zh">
        <StatusBadge status="achieved" label={{ zh: '已完成', en: 'achieved' }} />
      </I18nProvider>,
    );
    expect(container.querySelector('.status-detail')).toBeNull();
  });
});
