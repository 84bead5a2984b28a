/**
 * The workspace's frame: Ant Design in the reader's language (zh_CN or en_US) and one
 * TanStack Query client. Only the workspace pages load this chunk, so the public portal
 * stays light.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

export function WorkspaceFrame({ children }: { readonly children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      // Darker than Ant Design's defaults where its text would fail WCAG AA contrast.
      theme={{
        token: {
          colorPrimary: '#1d4ed8',
          colorError: '#b21c1c',
          colorTextDescription: '#4b5563',
          colorTextSecondary: '#4b5563',
          borderRadius: 6,
        },
      }}
      // Buttons say 登录, not 登 录: the same words as everywhere else on the page.
      button={{ autoInsertSpace: false }}
    >
      <QueryClientProvider client={queryClient}>
        <AntApp>
          <div className="workspace">{children}</div>
        </AntApp>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
