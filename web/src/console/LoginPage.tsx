import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CareSwitch, LanguageSwitch } from '../components/Prefs';
import { call, client, errorText } from '../lib/api';
import { useSession } from './session';
import { usePageTitle } from '../components/usePageTitle';

/** Sign in with login name or phone and password; shows the server's message on failure. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { me, setMe } = useSession();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const next = params.get('next');
  usePageTitle(t('login.submit'));
  if (me) return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;

  async function submit(v: { login: string; password: string }) {
    setBusy(true);
    setError(undefined);
    try {
      setMe(await call(client.POST('/api/auth/login', { body: v }), { quiet401: true }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <header className="login-tools">
        <LanguageSwitch />
        <CareSwitch />
      </header>
      <main id="main" className="login-main">
        <Card className="login-card">
          <h1 className="login-title">{t('common.appName')}</h1>
          <p className="login-sub">{t('login.subtitle')}</p>
          {error !== undefined && (
            <Alert
              type="error"
              showIcon
              message={errorText(error)}
              role="alert"
              data-testid="login-error"
              style={{ marginBottom: 16 }}
            />
          )}
          <Form layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
            <Form.Item
              name="login"
              label={t('login.login')}
              rules={[{ required: true, whitespace: true, message: t('login.loginRequired') }]}
            >
              <Input autoComplete="username" data-testid="login-name" maxLength={64} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password autoComplete="current-password" data-testid="login-password" maxLength={200} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
      </main>
    </div>
  );
}
