/**
 * 数据录入 (reviewer, the planning office): enter an actual figure for a target with its
 * period and source, correct or withdraw it, and import a statistics table with a
 * row-by-row preview before anything is stored.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { formatQuantity } from '../format/number.js';
import { formatYearPeriod } from '../format/period.js';
import type { Lang } from '../i18n/lang.js';
import { useI18n } from '../i18n/i18n-context.js';
import { SignedInGate } from '../supervision/signed-in-gate.js';
import { loopApi } from '../supervision/supervision-api.js';
import { WorkspaceFrame } from '../workspace/workspace-frame.js';
import { DocumentUploadCard } from './document-upload-card.js';
import { editableFigure } from './edit-units.js';
import {
  figuresApi,
  type EnteredFigure,
  type FigureFields,
  type ImportOutcome,
} from './figures-api.js';
import { figureWords } from './words.js';

interface EntryValues extends FigureFields {
  readonly target?: string;
}

function periodText(f: EnteredFigure, lang: Lang): string {
  return formatYearPeriod(f.year, f.period, lang);
}

function EntryDialog({
  figure,
  onClose,
}: {
  readonly figure: EnteredFigure | null;
  readonly onClose: () => void;
}) {
  const { lang } = useI18n();
  const w = figureWords(lang);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<EntryValues>();
  const targets = useQuery({ queryKey: ['targets'], queryFn: loopApi.targets });
  const save = useMutation({
    mutationFn: (v: EntryValues) => {
      const fields = { period: v.period, value: v.value, unit: v.unit, note: v.note };
      return figure === null
        ? figuresApi.enter({ ...fields, item_id: v.target ?? '' })
        : figuresApi.correct(figure.id, fields);
    },
    onSuccess: () => {
      void message.success(w.saved);
      void client.invalidateQueries({ queryKey: ['figures'] });
      onClose();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const initial =
    figure === null
      ? { period: String(new Date().getFullYear() - 1) }
      : {
          period: figure.period === null ? String(figure.year) : String(figure.year),
          ...editableFigure(figure.value, figure.base_unit),
          note: figure.source.note ?? '',
        };
  return (
    <Modal
      open
      title={figure === null ? w.enter : `${w.correct}：${figure.indicator_name}`}
      okText={w.save}
      cancelText={w.cancel}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => save.mutate(v))}
      confirmLoading={save.isPending}
    >
      <Form<EntryValues> form={form} layout="vertical" initialValues={initial}>
        {figure === null ? (
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
        ) : null}
        <Form.Item name="period" label={w.period} extra={w.periodHelp} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="value" label={w.value} rules={[{ required: true }]} style={{ flex: 2 }}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="unit" label={w.unit} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="note" label={w.note} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} placeholder={w.notePlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EnteredFigures() {
  const { lang } = useI18n();
  const w = figureWords(lang);
  const { message } = App.useApp();
  const client = useQueryClient();
  const figures = useQuery({ queryKey: ['figures'], queryFn: figuresApi.list });
  const [editing, setEditing] = useState<EnteredFigure | null | 'new'>(null);
  const withdraw = useMutation({
    mutationFn: (f: EnteredFigure) => figuresApi.withdraw(f.id),
    onSuccess: () => {
      void message.success(w.withdrawn);
      void client.invalidateQueries({ queryKey: ['figures'] });
    },
    onError: (error: Error) => void message.error(error.message),
  });
  return (
    <Card
      title={w.entry}
      extra={
        <Button type="primary" onClick={() => setEditing('new')}>
          {w.enter}
        </Button>
      }
    >
      <Table<EnteredFigure>
        rowKey="id"
        size="small"
        loading={figures.isLoading}
        dataSource={figures.data ?? []}
        locale={{ emptyText: w.none }}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: w.target, dataIndex: 'indicator_name', key: 'name' },
          { title: w.period, key: 'period', render: (_, f) => periodText(f, lang) },
          {
            title: w.value,
            key: 'value',
            render: (_, f) => formatQuantity(f.value, f.base_unit, lang),
          },
          { title: w.note, key: 'note', render: (_, f) => f.source.note ?? '' },
          { title: w.author, key: 'author', render: (_, f) => f.source.actor ?? '' },
          {
            title: w.actions,
            key: 'actions',
            render: (_, f) => (
              <Space size="small">
                <Button size="small" onClick={() => setEditing(f)}>
                  {w.correct}
                </Button>
                <Popconfirm
                  title={w.withdrawConfirm}
                  okText={w.withdraw}
                  cancelText={w.cancel}
                  onConfirm={() => withdraw.mutate(f)}
                >
                  <Button size="small" danger>
                    {w.withdraw}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing === null ? null : (
        <EntryDialog figure={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}

function ImportCard() {
  const { lang } = useI18n();
  const w = figureWords(lang);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportOutcome | null>(null);
  const check = useMutation({
    mutationFn: (f: File) => figuresApi.importTable(f, 'preview'),
    onSuccess: setPreview,
    onError: (error: Error) => {
      setPreview(null);
      void message.error(error.message);
    },
  });
  const commit = useMutation({
    mutationFn: (f: File) => figuresApi.importTable(f, 'commit'),
    onSuccess: (outcome) => {
      if (outcome.errors.length > 0) {
        setPreview(outcome);
        return;
      }
      void message.success(w.imported(outcome.imported, outcome.skipped ?? 0));
      setPreview(null);
      setFile(null);
      void client.invalidateQueries({ queryKey: ['figures'] });
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const rows = preview?.rows ?? [];
  const refused = rows.filter((r) => !r.accepted).length;
  // A file-level problem (a missing column) refuses the header row, which has no row outcome.
  const fileProblems = (preview?.errors ?? []).filter((e) => e.row === 1);
  const allAccepted = preview !== null && preview.errors.length === 0;
  return (
    <Card
      title={w.importTitle}
      extra={
        <a href={figuresApi.templateUrl()} download>
          {w.template}
        </a>
      }
    >
      <p className="muted">{w.importHelp}</p>
      <Upload
        accept=".csv,.xlsx"
        maxCount={1}
        showUploadList={file === null ? false : { showRemoveIcon: false }}
        fileList={file === null ? [] : [{ uid: 'table', name: file.name, status: 'done' as const }]}
        beforeUpload={(f) => {
          setFile(f);
          check.mutate(f);
          return false;
        }}
      >
        <Button loading={check.isPending}>{w.chooseFile}</Button>
      </Upload>
      {preview === null ? null : (
        <div style={{ marginTop: 16 }}>
          {fileProblems.map((e) => (
            <Alert key={e.message} type="error" showIcon message={e.message} />
          ))}
          {rows.length > 0 ? <p>{w.previewSummary(rows.length - refused, refused)}</p> : null}
          <Table
            rowKey="row"
            size="small"
            dataSource={[...rows]}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: w.row, dataIndex: 'row', key: 'row', width: 72 },
              {
                title: w.result,
                key: 'result',
                render: (_, r) =>
                  r.accepted ? (
                    <Tag color="green">
                      {w.accepted}（{r.figures} {w.figures}）
                    </Tag>
                  ) : (
                    <Space direction="vertical" size={2}>
                      <Tag color="red">{w.refused}</Tag>
                      {r.reasons.map((reason) => (
                        <span key={reason}>{reason}</span>
                      ))}
                    </Space>
                  ),
              },
            ]}
          />
          {allAccepted ? (
            <Button
              type="primary"
              loading={commit.isPending}
              onClick={() => file !== null && commit.mutate(file)}
            >
              {w.confirmImport}
            </Button>
          ) : (
            <Alert type="warning" showIcon message={w.notAllAccepted} />
          )}
        </div>
      )}
    </Card>
  );
}

export function FiguresPage() {
  const { lang } = useI18n();
  const w = figureWords(lang);
  return (
    <WorkspaceFrame>
      <SignedInGate title={w.title} roles={['reviewer']}>
        <h1>{w.title}</h1>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <EnteredFigures />
          <ImportCard />
          <DocumentUploadCard />
        </Space>
      </SignedInGate>
    </WorkspaceFrame>
  );
}
