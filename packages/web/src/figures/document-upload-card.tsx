/**
 * 上传文档 (reviewer): choose a plan document (PDF, DOCX, MD, TXT, HTML) → it is read and
 * what was read is shown (metadata pre-filled from the text, counts, the first items),
 * nothing stored yet → 确认保存 stores it, 取消 drops it. Metadata left empty is inferred
 * from the text. The stored documents are listed below with replace and delete.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Upload,
} from 'antd';
import { useState } from 'react';
import type { DocumentSummary } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { documentKindLabel } from '../pages/document-kind.js';
import { buildHash } from '../router/hash-route.js';
import {
  previewDocument,
  storeDocument,
  type DocumentPreview,
  type MetaValues,
  type StoredUpload,
} from './document-requests.js';
import { StoredDocumentsList } from './stored-documents-list.js';
import { figureWords } from './words.js';

const KINDS: readonly DocumentSummary['kind'][] = [
  'five-year-plan',
  'plan-proposal',
  'work-report',
  'plenary-report',
  'infographic',
  'article',
  'statistical-communique',
  'other',
];

interface Pending {
  readonly file: File;
  readonly preview: DocumentPreview;
}

export function DocumentUploadCard() {
  const { lang } = useI18n();
  const w = figureWords(lang);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MetaValues>();
  const [pending, setPending] = useState<Pending | null>(null);
  const [result, setResult] = useState<(StoredUpload & { title: string }) | null>(null);
  const read = useMutation({
    mutationFn: async (file: File) => ({
      file,
      preview: await previewDocument(file, form.getFieldsValue()),
    }),
    onMutate: () => {
      setResult(null);
      setPending(null);
    },
    onSuccess: (next) => {
      setPending(next);
      // The text's metadata fills the fields the reviewer left empty; they may edit them.
      const { title, kind, date, horizon } = next.preview;
      const given = form.getFieldsValue();
      form.setFieldsValue({
        title: given.title ?? title,
        kind: given.kind ?? kind,
        ...(given.date === undefined && date !== null ? { date } : {}),
        ...(given.horizon === undefined && horizon !== null ? { horizon } : {}),
      });
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const store = useMutation({
    mutationFn: async (p: Pending) => {
      const meta = form.getFieldsValue();
      return { ...(await storeDocument(p.file, meta)), title: meta.title ?? p.preview.title };
    },
    onSuccess: (stored) => {
      setPending(null);
      setResult(stored);
      form.resetFields();
      void queryClient.invalidateQueries();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const cancel = () => {
    setPending(null);
    form.resetFields();
    void message.info(w.cancelled);
  };
  return (
    <Card title={w.uploadTitle}>
      <p className="muted">{w.uploadHelp}</p>
      <Form<MetaValues> form={form} layout="vertical">
        <Form.Item name="title" label={w.docTitle}>
          <Input placeholder={w.inferred} />
        </Form.Item>
        <Form.Item name="kind" label={w.docKind}>
          <Select
            allowClear
            placeholder={w.inferred}
            options={KINDS.map((k) => ({ value: k, label: documentKindLabel(k, lang) }))}
          />
        </Form.Item>
        <Form.Item name="date" label={w.docDate}>
          <Input placeholder={`${w.inferred}（2026-01-20）`} />
        </Form.Item>
        <Form.Item name="horizon" label={w.docHorizon}>
          <InputNumber style={{ width: '100%' }} placeholder={w.inferred} />
        </Form.Item>
      </Form>
      {pending === null ? (
        <Upload
          accept=".pdf,.docx,.md,.txt,.html,.htm"
          showUploadList={false}
          beforeUpload={(file) => {
            read.mutate(file);
            return false;
          }}
        >
          <Button type="primary" loading={read.isPending}>
            {read.isPending ? w.reading : w.chooseDocument}
          </Button>
        </Upload>
      ) : (
        <PreviewPanel
          pending={pending}
          storing={store.isPending}
          onConfirm={() => store.mutate(pending)}
          onCancel={cancel}
        />
      )}
      {result === null ? null : (
        <div style={{ marginTop: 16 }}>
          <Alert
            type={result.status === 'created' ? 'success' : 'info'}
            showIcon
            message={result.status === 'created' ? w.docRead : w.docUnchanged}
          />
          <p>
            {result.title}：{w.docItemsText(result.items, result.linked)}
          </p>
          <a href={buildHash(['documents', result.documentId])}>{w.openReader}</a>
        </div>
      )}
      <StoredDocumentsList />
    </Card>
  );
}

function PreviewPanel(props: {
  readonly pending: Pending;
  readonly storing: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { lang } = useI18n();
  const w = figureWords(lang);
  const { preview } = props.pending;
  return (
    <div className="document-preview" style={{ marginTop: 8 }}>
      <Alert type="info" showIcon message={w.previewTitle} description={w.previewHelp} />
      {preview.storedAs === null ? null : (
        <Alert style={{ marginTop: 8 }} type="warning" showIcon message={w.alreadyStored} />
      )}
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          { key: 'f', label: w.docTitle, children: preview.title },
          { key: 'k', label: w.docKind, children: documentKindLabel(preview.kind, lang) },
          { key: 'd', label: w.docDate, children: preview.date ?? '—' },
          { key: 'h', label: w.docHorizon, children: preview.horizon ?? '—' },
          { key: 'i', label: w.docItems, children: w.previewCounts(preview.counts) },
        ]}
      />
      <List
        size="small"
        header={w.firstItems}
        dataSource={[...preview.firstItems]}
        renderItem={(item) => (
          <List.Item>
            <span className="muted">{w.itemKind[item.kind] ?? ''}</span> {item.text}
          </List.Item>
        )}
      />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" loading={props.storing} onClick={props.onConfirm}>
          {w.confirmSave}
        </Button>
        <Button disabled={props.storing} onClick={props.onCancel}>
          {w.cancel}
        </Button>
      </Space>
    </div>
  );
}
