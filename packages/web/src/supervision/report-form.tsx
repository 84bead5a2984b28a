/** The report form (填报): period, figure and unit, words, and evidence files. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { loopApi, type AssignmentView, type Report } from './supervision-api.js';
import { wordsFor } from './words.js';

interface Values {
  readonly period: string;
  readonly value?: number | null;
  readonly unit?: string;
  readonly progress: string;
  readonly problems?: string;
  readonly next_steps?: string;
}

/** Period keys a report may name: those of the assignment, most recent due first. */
function periodOptions(a: AssignmentView): string[] {
  const keys = [
    ...a.light.overdue.map((p) => p.key),
    ...(a.light.nextReport ? [a.light.nextReport.key] : []),
  ];
  return keys.length > 0 ? keys : [a.due_date.slice(0, 4)];
}

export function ReportForm({
  assignment,
  editing,
  onClose,
}: {
  readonly assignment: AssignmentView;
  /** A draft or returned report to edit, or null for a new one. */
  readonly editing: Report | null;
  readonly onClose: () => void;
}) {
  const { lang } = useI18n();
  const w = wordsFor(lang);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const item = assignment.items[0];
  const save = useMutation({
    mutationFn: async ({ values, submit }: { values: Values; submit: boolean }) => {
      const content = {
        value: values.value ?? null,
        unit: values.unit ?? item?.unit ?? null,
        progress: values.progress,
        problems: values.problems ?? '',
        next_steps: values.next_steps ?? '',
      };
      // Evidence goes on the report before it is handed in.
      const draft =
        editing === null
          ? await loopApi.submit({
              assignment_id: assignment.id,
              period: values.period,
              ...content,
              submit: false,
            })
          : await loopApi.edit(editing.id, { version: editing.version, ...content, submit: false });
      for (const file of files)
        if (file.originFileObj) await loopApi.attach(draft.id, file.originFileObj);
      return submit
        ? loopApi.edit(draft.id, { version: draft.version, ...content, submit: true })
        : draft;
    },
    onSuccess: () => {
      void message.success(w.saved);
      void client.invalidateQueries({ queryKey: ['assignments'] });
      onClose();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const run = (submit: boolean) =>
    void form.validateFields().then((values) => save.mutate({ values, submit }));

  return (
    <Modal
      open
      title={`${w.report}：${assignment.title}`}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={() => run(false)} loading={save.isPending}>
            {w.saveDraft}
          </Button>
          <Button type="primary" onClick={() => run(true)} loading={save.isPending}>
            {editing?.state === 'returned' ? w.resubmit : w.submit}
          </Button>
        </Space>
      }
    >
      {editing?.return_reason ? (
        <p className="returned-reason">
          {w.returnedReason}：{editing.return_reason}
        </p>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          period: editing?.period ?? periodOptions(assignment)[0],
          value: editing?.value ?? null,
          unit: editing?.unit ?? item?.unit ?? '',
          progress: editing?.progress ?? '',
          problems: editing?.problems ?? '',
          next_steps: editing?.next_steps ?? '',
        }}
      >
        <Form.Item name="period" label={w.period} rules={[{ required: true }]}>
          <Select
            disabled={editing !== null}
            options={periodOptions(assignment).map((key) => ({ value: key, label: key }))}
          />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="value" label={w.value} style={{ flex: 1 }}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="unit" label={w.unit} style={{ width: 120 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item
          name="progress"
          label={w.progress}
          rules={[{ required: true, message: w.progress }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="problems" label={w.problems}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="next_steps" label={w.nextSteps}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={w.attachment}>
          <Upload
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
            beforeUpload={() => false}
            fileList={files}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button>{w.attachment}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
