/** 消息: the signed-in user's notifications, newest first. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, List } from 'antd';
import { useI18n } from '../i18n/i18n-context.js';
import { WorkspaceFrame } from '../workspace/workspace-frame.js';
import { SignedInGate } from './signed-in-gate.js';
import { loopApi } from './supervision-api.js';
import { wordsFor } from './words.js';

function Inbox() {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  const client = useQueryClient();
  const inbox = useQuery({ queryKey: ['inbox'], queryFn: loopApi.inbox });
  const read = useMutation({
    mutationFn: () =>
      loopApi.markRead((inbox.data?.items ?? []).filter((n) => !n.read).map((n) => n.id)),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['inbox'] }),
  });
  return (
    <>
      <Button onClick={() => read.mutate()} disabled={(inbox.data?.unread ?? 0) === 0}>
        {w.markAllRead}
      </Button>
      <List
        loading={inbox.isLoading}
        dataSource={[...(inbox.data?.items ?? [])]}
        locale={{ emptyText: w.none }}
        renderItem={(n) => (
          <List.Item key={n.id}>
            <Badge dot={!n.read}>
              <span className={n.read ? 'muted' : ''}>{n.title[lang]}</span>
            </Badge>
            <span className="muted">{n.created_at.slice(0, 10)}</span>
          </List.Item>
        )}
      />
    </>
  );
}

export function InboxPage() {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  return (
    <SignedInGate title={w.inbox}>
      <WorkspaceFrame>
        <h1>{w.inbox}</h1>
        <Inbox />
      </WorkspaceFrame>
    </SignedInGate>
  );
}
