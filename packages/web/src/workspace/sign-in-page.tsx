/** 登录: e-mail and password; a one-time password leads on to the password page. */
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { buildHash } from '../router/hash-route.js';
import { navigate } from '../router/use-route.js';
import { useSession } from '../session/session-context.js';
import { WorkspaceFrame } from './workspace-frame.js';
import { workspaceApi } from './workspace-api.js';

interface SignInValues {
  readonly email: string;
  readonly password: string;
}

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ email, password }: SignInValues) => {
    setBusy(true);
    setError(null);
    try {
      const { user } = await workspaceApi.signIn(email, password);
      session.setUser(user);
      if (user?.must_change_password) navigate(buildHash(['password']));
      else if (user?.role === 'admin') navigate(buildHash(['admin', 'users']));
      else navigate(buildHash([]));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <WorkspaceFrame>
      <h1>{t('signInTitle')}</h1>
      <Card className="sign-in-card">
        <Form<SignInValues>
          layout="vertical"
          onFinish={(values) => void submit(values)}
          requiredMark={false}
        >
          <Form.Item
            label={t('email')}
            name="email"
            rules={[{ required: true, message: t('emailRequired') }]}
          >
            <Input type="email" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('password')}
            name="password"
            rules={[{ required: true, message: t('passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error ? <Alert type="error" title={error} showIcon className="form-alert" /> : null}
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('signInSubmit')}
          </Button>
        </Form>
        <p className="muted small sign-in-hint">{t('signInHint')}</p>
      </Card>
    </WorkspaceFrame>
  );
}
