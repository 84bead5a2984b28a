/** 单位管理 (admin): the units of 义乌市's government as a tree; create, rename, move, delete. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/translate.js';
import { AdminGate } from './admin-gate.js';
import { depthOf, unitOptions } from './unit-options.js';
import { WorkspaceFrame } from './workspace-frame.js';
import { workspaceApi, type Unit } from './workspace-api.js';

const KIND_LABEL: Readonly<Record<string, MessageKey>> = {
  government: 'unitKindGovernment',
  department: 'unitKindDepartment',
  office: 'unitKindOffice',
  township: 'unitKindTownship',
  other: 'unitKindOther',
};

/** The jurisdiction new units belong to: the bundled corpus's city. */
const JURISDICTION = '义乌市';

interface UnitValues {
  readonly name: string;
  readonly kind: string;
  readonly parent_id?: string;
}

function UnitsTable() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const units = useQuery({ queryKey: ['units'], queryFn: workspaceApi.units });
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [form] = Form.useForm<UnitValues>();
  const refresh = () => client.invalidateQueries({ queryKey: ['units'] });
  const fail = (error: Error) => void message.error(error.message);
  const save = useMutation({
    mutationFn: (values: UnitValues) =>
      editing === 'new' || editing === null
        ? workspaceApi.createUnit({
            jurisdiction: JURISDICTION,
            parent_id: values.parent_id ?? null,
            name: values.name,
            kind: values.kind,
          })
        : workspaceApi.updateUnit(editing.id, {
            name: values.name,
            parent_id: values.parent_id ?? null,
          }),
    onSuccess: () => {
      setEditing(null);
      void refresh();
    },
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (id: string) => workspaceApi.deleteUnit(id),
    onSuccess: () => void refresh(),
    onError: fail,
  });
  const all = units.data ?? [];
  const byId = new Map(all.map((u) => [u.id, u]));
  const open = (unit: Unit | 'new') => {
    setEditing(unit);
    form.setFieldsValue(
      unit === 'new'
        ? { name: '', kind: 'department', parent_id: all[0]?.id }
        : { name: unit.name, kind: unit.kind, parent_id: unit.parent_id ?? undefined },
    );
  };
  const kindOptions = Object.entries(KIND_LABEL).map(([value, label]) => ({
    value,
    label: t(label),
  }));

  return (
    <>
      <Space className="workspace-toolbar">
        <Button type="primary" onClick={() => open('new')}>
          {t('newUnit')}
        </Button>
      </Space>
      <Table<Unit>
        rowKey="id"
        loading={units.isLoading}
        dataSource={all}
        pagination={false}
        columns={[
          {
            title: t('unitName'),
            key: 'name',
            render: (_, unit) => (
              <span
                className="unit-name"
                style={{ paddingInlineStart: `${depthOf(unit, byId) * 1.5}em` }}
              >
                {unit.name}
              </span>
            ),
          },
          {
            title: t('unitKind'),
            key: 'kind',
            width: 120,
            render: (_, unit) => <Tag>{t(KIND_LABEL[unit.kind] ?? 'unitKindOther')}</Tag>,
          },
          {
            title: t('userActions'),
            key: 'actions',
            width: 180,
            render: (_, unit) => (
              <Space size="small">
                <Button size="small" onClick={() => open(unit)}>
                  {t('rename')}
                </Button>
                <Popconfirm
                  title={t('confirmDeleteUnit', { name: unit.name })}
                  okText={t('deleteUnit')}
                  cancelText={t('cancel')}
                  onConfirm={() => remove.mutate(unit.id)}
                >
                  <Button size="small" danger>
                    {t('deleteUnit')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title={editing === 'new' ? t('newUnit') : t('rename')}
        open={editing !== null}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form<UnitValues>
          name="unit"
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item
            label={t('unitName')}
            name="name"
            rules={[{ required: true, whitespace: true }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('unitKind')} name="kind">
            <Select options={kindOptions} disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item label={t('unitParent')} name="parent_id">
            <Select
              allowClear
              placeholder={t('topLevel')}
              options={unitOptions(all).filter((o) => editing === 'new' || editing?.id !== o.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function UnitsPage() {
  const { t } = useI18n();
  return (
    <WorkspaceFrame>
      <AdminGate title={t('unitsTitle')}>
        <h1>{t('unitsTitle')}</h1>
        <UnitsTable />
      </AdminGate>
    </WorkspaceFrame>
  );
}
