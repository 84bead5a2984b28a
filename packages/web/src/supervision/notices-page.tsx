/** 督办单: a supervisor issues and closes them; the unit handles and answers. Every step is shown. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
} from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { useSession } from '../session/session-context.js';
import { WorkspaceFrame } from '../workspace/workspace-frame.js';
import { workspaceApi } from '../workspace/workspace-api.js';
import { SignedInGate } from './signed-in-gate.js';
import { loopApi, type Notice } from './supervision-api.js';
import { wordsFor } from './words.js';

interface IssueValues {
  readonly unit_id: string;
  readonly title: string;
  readonly body?: string;
  readonly deadline: { format: (f: string) => string };
}

function Notices() {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  const session = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const notices = useQuery({ queryKey: ['notices'], queryFn: loopApi.notices });
  const units = useQuery({ queryKey: ['units'], queryFn: workspaceApi.units });
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const [issuing, setIssuing] = useState(false);
  const [stepping, setStepping] = useState<{ notice: Notice; to: Notice['state'] } | null>(null);
  const [words, setWords] = useState('');
  const [form] = Form.useForm<IssueValues>();
  const refresh = () => void client.invalidateQueries({ queryKey: ['notices'] });
  const fail = (error: Error) => void message.error(error.message);
  const issue = useMutation({
    mutationFn: (v: IssueValues) =>
      loopApi.issueNotice({
        unit_id: v.unit_id,
        title: v.title,
        body: v.body ?? '',
        deadline: v.deadline.format('YYYY-MM-DD'),
      }),
    onSuccess: () => {
      setIssuing(false);
      refresh();
    },
    onError: fail,
  });
  const step = useMutation({
    mutationFn: ({ notice, to }: { notice: Notice; to: Notice['state'] }) =>
      loopApi.stepNotice(notice, to, words),
    onSuccess: () => {
      setStepping(null);
      setWords('');
      refresh();
    },
    onError: fail,
  });
  const supervisor = session.can('supervisor');
  const nextSteps = (n: Notice): Notice['state'][] => {
    if (n.state === 'closed') return [];
    if (supervisor)
      return n.state === 'responded' ? ['closed', 'in-progress'] : ['closed', 'escalated'];
    return n.state === 'responded' ? [] : ['in-progress', 'responded'];
  };
  const stepWord = (to: Notice['state']) =>
    to === 'responded'
      ? w.respond
      : to === 'closed'
        ? w.close
        : to === 'escalated'
          ? w.escalate
          : w.handle;
  return (
    <>
      {supervisor ? (
        <Space className="workspace-toolbar">
          <Button type="primary" onClick={() => setIssuing(true)}>
            {w.issue}
          </Button>
        </Space>
      ) : null}
      <Table<Notice>
        rowKey="id"
        loading={notices.isLoading}
        dataSource={notices.data ?? []}
        pagination={false}
        locale={{ emptyText: w.none }}
        scroll={{ x: 640 }}
        expandable={{
          expandedRowRender: (n) => (
            <Timeline
              items={n.steps.map((s, i) => ({
                key: i,
                children: `${w.noticeStates[s.state]} · ${s.actor} · ${s.at.slice(0, 10)}${s.body ? `：${s.body}` : ''}`,
              }))}
            />
          ),
        }}
        columns={[
          { title: w.title, dataIndex: 'title', key: 'title' },
          { title: w.units, key: 'unit', render: (_, n) => unitName.get(n.unit_id) ?? '' },
          { title: w.deadline, dataIndex: 'deadline', key: 'deadline' },
          { title: w.state, key: 'state', render: (_, n) => <Tag>{w.noticeStates[n.state]}</Tag> },
          {
            title: w.actions,
            key: 'actions',
            render: (_, n) => (
              <Space size="small">
                {nextSteps(n).map((to) => (
                  <Button key={to} size="small" onClick={() => setStepping({ notice: n, to })}>
                    {stepWord(to)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {issuing ? (
        <Modal
          open
          title={w.issue}
          onCancel={() => setIssuing(false)}
          onOk={() => void form.validateFields().then((v) => issue.mutate(v))}
          confirmLoading={issue.isPending}
        >
          <Form<IssueValues> form={form} layout="vertical">
            <Form.Item name="unit_id" label={w.units} rules={[{ required: true }]}>
              <Select options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
            </Form.Item>
            <Form.Item name="title" label={w.title} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="body" label={w.body}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="deadline" label={w.deadline} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
      {stepping ? (
        <Modal
          open
          title={`${stepWord(stepping.to)}：${stepping.notice.title}`}
          onCancel={() => setStepping(null)}
          onOk={() => step.mutate(stepping)}
          confirmLoading={step.isPending}
        >
          <Input.TextArea
            rows={3}
            value={words}
            onChange={(e) => setWords(e.target.value)}
            aria-label={w.body}
          />
        </Modal>
      ) : null}
    </>
  );
}

export function NoticesPage() {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  return (
    <SignedInGate title={w.notices}>
      <WorkspaceFrame>
        <h1>{w.notices}</h1>
        <Notices />
      </WorkspaceFrame>
    </SignedInGate>
  );
}
