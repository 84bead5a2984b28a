/**
 * The stored documents with 替换为新版本 (re-read a new file; unchanged items keep their
 * review decisions, and the reviewer is told how many did not) and 删除 (after a
 * confirmation; items, links and figures go, the history stays).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd';
import { api } from '../api/endpoints.js';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { deleteDocument, replaceDocument } from './document-requests.js';
import { figureWords } from './words.js';

export function StoredDocumentsList() {
  const { lang } = useI18n();
  const w = figureWords(lang);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const documents = useQuery({
    queryKey: ['documents'],
    queryFn: ({ signal }) => api.documents(signal),
  });
  const refresh = () => void queryClient.invalidateQueries();
  const replace = useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => replaceDocument(id, file),
    onSuccess: (done) => {
      void message.success(
        done.status === 'unchanged'
          ? w.replaceUnchanged
          : w.replaced(done.keptDecisions, done.droppedDecisions),
      );
      refresh();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  const remove = useMutation({
    mutationFn: (id: string) => deleteDocument(id),
    onSuccess: () => {
      void message.success(w.removed);
      refresh();
    },
    onError: (error: Error) => void message.error(error.message),
  });
  return (
    <div style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{w.manageTitle}</Typography.Title>
      <List
        size="small"
        className="stored-documents"
        loading={documents.isPending}
        dataSource={documents.data ?? []}
        renderItem={(doc) => (
          <List.Item
            actions={[
              <Upload
                key="replace"
                accept=".pdf,.docx,.md,.txt,.html,.htm"
                showUploadList={false}
                beforeUpload={(file) => {
                  replace.mutate({ id: doc.id, file });
                  return false;
                }}
              >
                <Button
                  size="small"
                  title={w.replaceHelp}
                  loading={replace.isPending && replace.variables.id === doc.id}
                >
                  {w.replace}
                </Button>
              </Upload>,
              <Popconfirm
                key="remove"
                title={w.removeConfirm}
                okText={w.remove}
                cancelText={w.cancel}
                okButtonProps={{ danger: true }}
                onConfirm={() => remove.mutate(doc.id)}
              >
                <Button size="small" danger>
                  {w.remove}
                </Button>
              </Popconfirm>,
            ]}
          >
            <Space direction="vertical" size={0}>
              <a href={buildHash(['documents', doc.id])}>{doc.title}</a>
              <span className="muted">{doc.file_name}</span>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
