/** 用户管理 (admin): create users with a one-time password, set role and unit, disable, reset. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ROLE_LABEL } from '../components/layout.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Role, UserAccount } from '../session/session-types.js';
import { AdminGate } from './admin-gate.js';
import { unitOptions } from './unit-options.js';
import { WorkspaceFrame } from './workspace-frame.js';
import { workspaceApi, type OneTimePassword } from './workspace-api.js';

const ROLES: readonly Role[] = ['reviewer', 'reporter', 'supervisor', 'admin'];

interface NewUserValues {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly unit_id?: string;
}

function UsersTable() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: workspaceApi.users });
  const units = useQuery({ queryKey: ['units'], queryFn: workspaceApi.units });
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<OneTimePassword | null>(null);
  const [form] = Form.useForm<NewUserValues>();
  const refresh = () => client.invalidateQueries({ queryKey: ['users'] });
  const fail = (error: Error) => void message.error(error.message);
  const create = useMutation({
    mutationFn: (values: NewUserValues) =>
      workspaceApi.createUser({ ...values, unit_id: values.unit_id ?? null }),
    onSuccess: (result) => {
      setCreating(false);
      form.resetFields();
      setIssued(result);
      void refresh();
    },
    onError: fail,
  });
  const update = useMutation({
    mutationFn: ({
      id,
      change,
    }: {
      id: string;
      change: Parameters<typeof workspaceApi.updateUser>[1];
    }) => workspaceApi.updateUser(id, change),
    onSuccess: () => void refresh(),
    onError: fail,
  });
  const reset = useMutation({
    mutationFn: (id: string) => workspaceApi.resetPassword(id),
    onSuccess: (result) => {
      setIssued(result);
      void refresh();
    },
    onError: fail,
  });
  const options = unitOptions(units.data ?? []);
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(ROLE_LABEL[role]) }));

  return (
    <>
      <Space className="workspace-toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('newUser')}
        </Button>
      </Space>
      <Table<UserAccount>
        rowKey="id"
        loading={users.isLoading}
        dataSource={users.data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('userName'),
            key: 'name',
            width: 220,
            render: (_, user) => (
              <>
                <div className="user-cell-name">{user.name}</div>
                <Typography.Text type="secondary" className="small">
                  {user.email}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('userRole'),
            key: 'role',
            width: 140,
            render: (_, user) => (
              <Select
                aria-label={`${t('userRole')} ${user.name}`}
                value={user.role}
                options={roleOptions}
                style={{ width: 120 }}
                onChange={(role) => update.mutate({ id: user.id, change: { role } })}
              />
            ),
          },
          {
            title: t('userUnit'),
            key: 'unit',
            width: 180,
            render: (_, user) => (
              <Select
                aria-label={`${t('userUnit')} ${user.name}`}
                value={user.unit_id ?? ''}
                options={[{ value: '', label: t('noUnit') }, ...options]}
                style={{ width: 160 }}
                onChange={(unit) =>
                  update.mutate({ id: user.id, change: { unit_id: unit === '' ? null : unit } })
                }
              />
            ),
          },
          {
            title: t('userStatus'),
            key: 'status',
            width: 120,
            render: (_, user) =>
              user.disabled ? (
                <Tag className="user-status user-status-disabled">{t('userDisabled')}</Tag>
              ) : user.must_change_password ? (
                <Tag className="user-status user-status-must-change">{t('userMustChange')}</Tag>
              ) : (
                <Tag className="user-status user-status-active">{t('userActive')}</Tag>
              ),
          },
          {
            title: t('userActions'),
            key: 'actions',
            width: 200,
            render: (_, user) => (
              <Space size="small" wrap>
                {user.disabled ? (
                  <Button
                    size="small"
                    onClick={() => update.mutate({ id: user.id, change: { disabled: false } })}
                  >
                    {t('enableUser')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={t('confirmDisable')}
                    okText={t('disableUser')}
                    cancelText={t('cancel')}
                    onConfirm={() => update.mutate({ id: user.id, change: { disabled: true } })}
                  >
                    <Button size="small" danger>
                      {t('disableUser')}
                    </Button>
                  </Popconfirm>
                )}
                <Popconfirm
                  title={t('confirmReset')}
                  okText={t('resetPassword')}
                  cancelText={t('cancel')}
                  onConfirm={() => reset.mutate(user.id)}
                >
                  <Button size="small">{t('resetPassword')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title={t('newUser')}
        open={creating}
        okText={t('create')}
        cancelText={t('cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        forceRender
      >
        <Form<NewUserValues>
          name="new-user"
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ role: 'reporter' }}
          onFinish={(values) => create.mutate(values)}
        >
          <Form.Item
            label={t('email')}
            name="email"
            rules={[{ required: true, type: 'email', message: t('emailRequired') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t('userName')}
            name="name"
            rules={[{ required: true, whitespace: true }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('userRole')} name="role">
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item label={t('userUnit')} name="unit_id">
            <Select allowClear options={options} placeholder={t('noUnit')} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={t('oneTimePasswordTitle')}
        open={issued !== null}
        onOk={() => setIssued(null)}
        onCancel={() => setIssued(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <p>{t('oneTimePasswordHint', { name: issued?.user.name ?? '' })}</p>
        <Typography.Paragraph copyable={{ text: issued?.one_time_password ?? '' }}>
          <code className="one-time-password">{issued?.one_time_password ?? ''}</code>
        </Typography.Paragraph>
      </Modal>
    </>
  );
}

export function UsersPage() {
  const { t } = useI18n();
  return (
    <WorkspaceFrame>
      <AdminGate title={t('usersTitle')}>
        <h1>{t('usersTitle')}</h1>
        <UsersTable />
      </AdminGate>
    </WorkspaceFrame>
  );
}
