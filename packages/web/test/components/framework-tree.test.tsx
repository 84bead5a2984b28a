import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentFramework } from '../../src/api/types.js';
import { FrameworkTree } from '../../src/components/framework-tree.js';
import { I18nProvider } from '../../src/i18n/i18n-context.js';

afterEach(cleanup);

const frameworks: DocumentFramework[] = [
  {
    document_id: 'd1',
    document_title: '一图读懂2026义乌市政府工作报告',
    framework: {
      name: '八个典范',
      text: '',
      start: 10,
      end: 20,
      parts: [{ count: 8, label: '典范', items: ['全球市场典范', '改革创新典范'] }],
    },
  },
  {
    document_id: 'd1',
    document_title: '一图读懂2026义乌市政府工作报告',
    framework: {
      name: '五个坚持',
      text: '',
      start: 30,
      end: 40,
      parts: [{ count: 5, label: '坚持', items: [] }],
    },
  },
];

describe('FrameworkTree', () => {
  it('groups by document and lists each framework with its counts', () => {
    render(
      <I18nProvider initial="zh">
        <FrameworkTree frameworks={frameworks} />
      </I18nProvider>,
    );
    const group = screen.getByRole('region', { name: '一图读懂2026义乌市政府工作报告' });
    const summaries = [...group.querySelectorAll('summary')].map((s) => s.textContent);
    expect(summaries).toEqual(['八个典范8典范数目不符', '五个坚持5坚持']);
    expect(within(group).getByText('全球市场典范')).toBeTruthy();
    const links = within(group).getAllByRole('link', { name: '在原文中查看', hidden: true });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/documents/d1?at=10&end=20',
      '#/documents/d1?at=30&end=40',
    ]);
  });

  it('flags a list shorter than its count, and only that one', () => {
    const { container } = render(
      <I18nProvider initial="zh">
        <FrameworkTree frameworks={frameworks} />
      </I18nProvider>,
    );
    expect(screen.getAllByText('数目不符')).toHaveLength(1);
    expect(screen.getByText('文中说 8 个，列出 2 个')).toBeTruthy();
    expect(screen.getByText('原文未列出具体名称')).toBeTruthy();
    expect(container.querySelectorAll('[data-mismatch]')).toHaveLength(1);
  });
});
