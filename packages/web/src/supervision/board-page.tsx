/** 督查看板 (supervisor): lights by unit with a ranking, reports to review, and assigning targets. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Statistic,
  Table,
} from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { WorkspaceFrame } from '../workspace/workspace-frame.js';
import { workspaceApi } from '../workspace/workspace-api.js';
import { ReportHistory } from './history-list.js';
import { LightTag } from './light-tag.js';
import { SignedInGate } from './signed-in-gate.js';
import { loopApi, type AssignmentView, type BoardRow, type Report } from './supervision-api.js';
import { wordsFor } from './words.js';

interface AssignValues {
  readonly target: string;
  readonly lead: string;
  readonly supporting?: string[];
  readonly due: { format: (f: string) => string };
  /** When reporting starts (the first period due); the server takes today when empty. */
  readonly start?: { format: (f: string) => string } | null;
  readonly frequency: string;
}

function AssignDialog({ onClose }: { readonly onClose: () => void }) {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<AssignValues>();
  const targets = useQuery({ queryKey: ['targets'], queryFn: loopApi.targets });
  const units = useQuery({ queryKey: ['units'], queryFn: workspaceApi.units });
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const assign = useMutation({
    mutationFn: (v: AssignValues) =>
      loopApi.assign({
        subject: { type: 'item', id: v.target },
        lead_unit_id: v.lead,
        supporting_unit_ids: v.supporting ?? [],
        due_date: v.due.format('YYYY-MM-DD'),
        ...(v.start ? { start_date: v.start.format('YYYY-MM-DD') } : {}),
        frequency: v.frequency,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['assignments'] });
      void client.invalidateQueries({ queryKey: ['board'] });
      onClose();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  return (
    <Modal
      open
      title={w.newAssignment}
      okText={w.assign}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => assign.mutate(v))}
      confirmLoading={assign.isPending}
    >
      <Form<AssignValues> form={form} layout="vertical" initialValues={{ frequency: 'quarterly' }}>
        <Form.Item name="target" label={w.target} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(targets.data ?? []).map((t) => ({
              value: t.id,
              label: `${t.metric}${t.year ? `（${t.year}年）` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="lead" label={w.leadUnit} rules={[{ required: true }]}>
          <Select options={unitOptions} />
        </Form.Item>
        <Form.Item name="supporting" label={w.supportingUnits}>
          <Select mode="multiple" options={unitOptions} />
        </Form.Item>
        <Form.Item name="due" label={w.dueDate} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="start" label={w.startDate}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="frequency" label={w.frequency}>
          <Select
            options={Object.entries(w.frequencies).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReviewDialog({
  report,
  title,
  onClose,
}: {
  readonly report: Report;
  readonly title: string;
  readonly onClose: () => void;
}) {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const done = () => {
    void client.invalidateQueries({ queryKey: ['assignments'] });
    void client.invalidateQueries({ queryKey: ['board'] });
    onClose();
  };
  const fail = (error: Error) => void message.error(error.message);
  const accept = useMutation({
    mutationFn: () => loopApi.accept(report),
    onSuccess: done,
    onError: fail,
  });
  const back = useMutation({
    mutationFn: () => loopApi.returnReport(report, reason),
    onSuccess: done,
    onError: fail,
  });
  return (
    <Modal open title={`${title}（${report.period}）`} onCancel={onClose} footer={null}>
      <dl className="report-view">
        <dt>{w.value}</dt>
        <dd>
          {report.value === null
            ? w.none
            : `${report.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 4 })} ${report.unit ?? ''}`}
        </dd>
        <dt>{w.progress}</dt>
        <dd>{report.progress || w.none}</dd>
        <dt>{w.problems}</dt>
        <dd>{report.problems || w.none}</dd>
        <dt>{w.nextSteps}</dt>
        <dd>{report.next_steps || w.none}</dd>
      </dl>
      <h3>{w.history}</h3>
      <ReportHistory reportId={report.id} />
      <Input.TextArea
        rows={2}
        placeholder={w.returnedReason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-label={w.returnedReason}
      />
      <Space className="review-actions">
        <Button
          danger
          disabled={reason.trim() === ''}
          loading={back.isPending}
          onClick={() => back.mutate()}
        >
          {w.return}
        </Button>
        <Button type="primary" loading={accept.isPending} onClick={() => accept.mutate()}>
          {w.accept}
        </Button>
      </Space>
    </Modal>
  );
}

function Board() {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  const board = useQuery({ queryKey: ['board'], queryFn: loopApi.board });
  const assignments = useQuery({ queryKey: ['assignments'], queryFn: loopApi.assignments });
  const [assigning, setAssigning] = useState(false);
  const [reviewing, setReviewing] = useState<{ report: Report; title: string } | null>(null);
  const totals = board.data?.totals;
  const pending = (assignments.data ?? []).flatMap((a) =>
    a.reports
      .filter((r) => r.state === 'submitted' || r.state === 'resubmitted')
      .map((r) => ({ a, r })),
  );
  return (
    <>
      <Space className="workspace-toolbar">
        <Button type="primary" onClick={() => setAssigning(true)}>
          {w.newAssignment}
        </Button>
      </Space>
      <div className="light-totals" style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        {(['red', 'yellow', 'green', 'grey'] as const).map((light) => (
          <Card
            key={light}
            size="small"
            className={`light-card light-${light}`}
            style={{ flex: '1 1 140px' }}
          >
            <Statistic title={w.lights[light]} value={totals?.[light] ?? 0} />
          </Card>
        ))}
      </div>
      <h2>{w.units}</h2>
      <Table<BoardRow>
        rowKey="unit_id"
        loading={board.isLoading}
        dataSource={[...(board.data?.units ?? [])]}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: w.rank, dataIndex: 'rank', key: 'rank', width: 64 },
          { title: w.units, dataIndex: 'unit_name', key: 'unit' },
          { title: w.assigned, dataIndex: 'assigned', key: 'assigned' },
          { title: w.onTime, dataIndex: 'reported_on_time', key: 'onTime' },
          { title: w.overdue, dataIndex: 'overdue', key: 'overdue' },
          { title: w.lights.red, key: 'red', render: (_, r) => r.lights.red },
          { title: w.lights.yellow, key: 'yellow', render: (_, r) => r.lights.yellow },
          { title: w.lights.green, key: 'green', render: (_, r) => r.lights.green },
          { title: w.score, dataIndex: 'score', key: 'score' },
        ]}
      />
      <h2>{w.pendingReview}</h2>
      <Table
        rowKey={(row) => row.r.id}
        dataSource={pending}
        pagination={false}
        locale={{ emptyText: w.none }}
        columns={[
          { title: w.target, key: 't', render: (_, row) => row.a.title },
          { title: w.leadUnit, key: 'u', render: (_, row) => row.a.lead_unit_name },
          { title: w.period, key: 'p', render: (_, row) => row.r.period },
          {
            title: w.value,
            key: 'v',
            render: (_, row) =>
              row.r.value === null ? w.none : `${row.r.value} ${row.r.unit ?? ''}`,
          },
          {
            title: w.actions,
            key: 'x',
            render: (_, row) => (
              <Button
                size="small"
                onClick={() => setReviewing({ report: row.r, title: row.a.title })}
              >
                {w.accept} / {w.return}
              </Button>
            ),
          },
        ]}
      />
      <h2>{w.allTasks}</h2>
      <Table<AssignmentView>
        rowKey="id"
        loading={assignments.isLoading}
        dataSource={assignments.data ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 640 }}
        columns={[
          { title: w.target, dataIndex: 'title', key: 'title' },
          { title: w.leadUnit, dataIndex: 'lead_unit_name', key: 'lead' },
          { title: w.dueDate, dataIndex: 'due_date', key: 'due' },
          { title: w.light, key: 'light', render: (_, a) => <LightTag light={a.light} /> },
          {
            title: '',
            key: 'why',
            render: (_, a) => <span className="muted">{a.light.explanation[lang]}</span>,
          },
        ]}
      />
      {assigning ? <AssignDialog onClose={() => setAssigning(false)} /> : null}
      {reviewing ? (
        <ReviewDialog
          report={reviewing.report}
          title={reviewing.title}
          onClose={() => setReviewing(null)}
        />
      ) : null}
    </>
  );
}

export function BoardPage() {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  return (
    <SignedInGate title={w.board} roles={['supervisor', 'reviewer', 'admin']}>
      <WorkspaceFrame>
        <h1>{w.board}</h1>
        <Board />
      </WorkspaceFrame>
    </SignedInGate>
  );
}
