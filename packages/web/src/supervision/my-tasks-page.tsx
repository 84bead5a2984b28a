/** 我的任务 (reporter): what is assigned to the unit, deadlines, lights, the report form, returned reports. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { WorkspaceFrame } from '../workspace/workspace-frame.js';
import { LightTag } from './light-tag.js';
import { ReportForm } from './report-form.js';
import { SignedInGate } from './signed-in-gate.js';
import { loopApi, type AssignmentView, type Report } from './supervision-api.js';
import { wordsFor } from './words.js';

function Tasks() {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  const assignments = useQuery({ queryKey: ['assignments'], queryFn: loopApi.assignments });
  const [open, setOpen] = useState<{ assignment: AssignmentView; report: Report | null } | null>(
    null,
  );
  const rows = assignments.data ?? [];
  const returned = rows.flatMap((a) =>
    a.reports.filter((r) => r.state === 'returned').map((r) => ({ a, r })),
  );
  return (
    <>
      {returned.map(({ a, r }) => (
        <Alert
          key={r.id}
          type="error"
          showIcon
          className="returned-alert"
          message={`${a.title}（${r.period}）${w.reportStates.returned}`}
          description={`${w.returnedReason}：${r.return_reason ?? ''}`}
          action={
            <Button size="small" onClick={() => setOpen({ assignment: a, report: r })}>
              {w.resubmit}
            </Button>
          }
        />
      ))}
      <Table<AssignmentView>
        rowKey="id"
        loading={assignments.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: w.noTasks }}
        scroll={{ x: 720 }}
        columns={[
          { title: w.target, dataIndex: 'title', key: 'title' },
          { title: w.light, key: 'light', render: (_, a) => <LightTag light={a.light} /> },
          { title: w.dueDate, dataIndex: 'due_date', key: 'due' },
          { title: w.frequency, key: 'frequency', render: (_, a) => w.frequencies[a.frequency] },
          {
            title: w.nextReport,
            key: 'next',
            render: (_, a) => <span className="muted">{a.light.explanation[lang]}</span>,
          },
          {
            title: w.reports,
            key: 'reports',
            render: (_, a) =>
              a.reports.map((r) => (
                <Tag
                  key={r.id}
                  color={r.state === 'accepted' ? 'green' : r.state === 'returned' ? 'red' : 'blue'}
                >
                  {r.period} {w.reportStates[r.state]}
                </Tag>
              )),
          },
          {
            title: w.actions,
            key: 'actions',
            render: (_, a) => {
              const editable =
                a.reports.find((r) => r.state === 'draft' || r.state === 'returned') ?? null;
              return (
                <Button
                  type="primary"
                  size="small"
                  onClick={() => setOpen({ assignment: a, report: editable })}
                >
                  {w.report}
                </Button>
              );
            },
          },
        ]}
      />
      {open ? (
        <ReportForm
          assignment={open.assignment}
          editing={open.report}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}

export function MyTasksPage() {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  return (
    <SignedInGate title={w.myTasks}>
      <WorkspaceFrame>
        <h1>{w.myTasks}</h1>
        <Tasks />
      </WorkspaceFrame>
    </SignedInGate>
  );
}
