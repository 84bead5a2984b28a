/**
 * 上传文档 (reviewer): upload a plan document (PDF, DOCX, MD, TXT, HTML); metadata left empty
 * is inferred from the text by the reader, and what was read (title, kind, date, horizon,
 * targets found and linked) is shown with a link to review it in the reader.
 */
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Upload,
} from 'antd';
import { useState } from 'react';
import { ApiError, apiUrl, getJson } from '../api/client.js';
import type { DocumentSummary } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { documentKindLabel } from '../pages/document-kind.js';
import { buildHash } from '../router/hash-route.js';
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

interface MetaValues {
  readonly title?: string;
  readonly kind?: DocumentSummary['kind'];
  readonly date?: string;
  readonly horizon?: number;
}

interface ReadDocument {
  readonly documentId: string;
  readonly status: 'created' | 'unchanged';
  readonly items: number;
  readonly linked: number;
  readonly title: string;
  readonly kind: DocumentSummary['kind'];
  readonly date: string | null;
  readonly horizon: number | null;
}

async function uploadDocument(file: File, meta: MetaValues): Promise<ReadDocument> {
  const form = new FormData();
  form.set('file', file);
  for (const [key, value] of Object.entries(meta)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') {
      form.set(key, String(value));
    }
  }
  const response = await fetch(apiUrl('/documents'), { method: 'POST', body: form });
  const body = (await response.json()) as
    | {
        ok: true;
        documentId: string;
        status: 'created' | 'unchanged';
        items: number;
        linked: number;
      }
    | { error?: { code?: string; message?: string } };
  if (!response.ok || !('ok' in body)) {
    const error = 'error' in body ? body.error : undefined;
    throw new ApiError(
      response.status,
      error?.code ?? 'INTERNAL',
      error?.message ?? response.statusText,
    );
  }
  const read = await getJson<Pick<ReadDocument, 'title' | 'kind' | 'date' | 'horizon'>>(
    `/documents/${encodeURIComponent(body.documentId)}`,
  );
  return { ...body, title: read.title, kind: read.kind, date: read.date, horizon: read.horizon };
}

export function DocumentUploadCard() {
  const { lang } = useI18n();
  const w = figureWords(lang);
  const { message } = App.useApp();
  const [form] = Form.useForm<MetaValues>();
  const [result, setResult] = useState<ReadDocument | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadDocument(file, form.getFieldsValue()),
    onSuccess: setResult,
    onError: (error: Error) => {
      setResult(null);
      void message.error(error.message);
    },
  });
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
      <Upload
        accept=".pdf,.docx,.md,.txt,.html,.htm"
        showUploadList={false}
        beforeUpload={(file) => {
          upload.mutate(file);
          return false;
        }}
      >
        <Button type="primary" loading={upload.isPending}>
          {upload.isPending ? w.reading : w.chooseDocument}
        </Button>
      </Upload>
      {result === null ? null : (
        <div style={{ marginTop: 16 }}>
          <Alert
            type={result.status === 'created' ? 'success' : 'info'}
            showIcon
            message={result.status === 'created' ? w.docRead : w.docUnchanged}
          />
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 12 }}
            items={[
              { key: 't', label: w.docTitle, children: result.title },
              { key: 'k', label: w.docKind, children: documentKindLabel(result.kind, lang) },
              { key: 'd', label: w.docDate, children: result.date ?? '—' },
              { key: 'h', label: w.docHorizon, children: result.horizon ?? '—' },
              {
                key: 'i',
                label: w.docItems,
                children: w.docItemsText(result.items, result.linked),
              },
            ]}
          />
          <a href={buildHash(['documents', result.documentId])}>{w.openReader}</a>
        </div>
      )}
    </Card>
  );
}
