/** 修改密码: required after a one-time password; any signed-in user may come here. */
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { navigate } from '../router/use-route.js';
import { useSession } from '../session/session-context.js';
import { WorkspaceFrame } from './workspace-frame.js';
import { workspaceApi } from './workspace-api.js';

interface PasswordValues {
  readonly current: string;
  readonly next: string;
  readonly again: string;
}

export function PasswordPage() {
  const { t } = useI18n();
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session.user === null) {
    return (
      <WorkspaceFrame>
        <h1>{t('changePasswordTitle')}</h1>
        <p>
          <a href={buildHash(['sign-in'])}>{t('signInRequired')}</a>
        </p>
      </WorkspaceFrame>
    );
  }
  const submit = async ({ current, next }: PasswordValues) => {
    setBusy(true);
    setError(null);
    try {
      const { user } = await workspaceApi.changePassword(current, next);
      session.setUser(user);
      navigate(buildHash(user?.role === 'admin' ? ['admin', 'users'] : []));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <WorkspaceFrame>
      <h1>{t('changePasswordTitle')}</h1>
      <Card className="sign-in-card">
        <p className="muted">{t('changePasswordHint')}</p>
        <Form<PasswordValues>
          layout="vertical"
          onFinish={(v) => void submit(v)}
          requiredMark={false}
        >
          <Form.Item
            label={t('currentPassword')}
            name="current"
            rules={[{ required: true, message: t('passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label={t('newPassword')}
            name="next"
            rules={[{ required: true, min: 8, message: t('passwordTooShort') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('confirmPassword')}
            name="again"
            dependencies={['next']}
            rules={[
              { required: true, message: t('passwordRequired') },
              ({ getFieldValue }) => ({
                validator: (_rule, value) =>
                  value === getFieldValue('next')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('passwordsDiffer'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {error ? <Alert type="error" title={error} showIcon className="form-alert" /> : null}
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('changePasswordSubmit')}
          </Button>
        </Form>
      </Card>
    </WorkspaceFrame>
  );
}
