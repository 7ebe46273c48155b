import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { Button, Form } from 'antd-mobile';
import { TextField } from '../TextField';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../lib/api';
import { Shell } from '../Shell';
import { useH5Session } from '../session';

/** Resident sign-in with phone (or login name) and password. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { me, setMe } = useH5Session();
  const [params] = useSearchParams();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const next = params.get('next');
  if (me) return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;

  async function submit(v: { login: string; password: string }) {
    setBusy(true);
    setError(undefined);
    try {
      setMe(
        await call(client.POST('/api/auth/login', { body: { login: v.login.trim(), password: v.password } }), {
          quiet401: true,
        }),
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Shell title={t('h5.signInTitle')}>
      {error && (
        <div role="alert" className="h5-error" data-testid="login-error">
          {error}
        </div>
      )}
      <Form
        layout="vertical"
        onFinish={submit}
        data-testid="login-form"
        footer={
          <Button block type="submit" color="primary" size="large" loading={busy} data-testid="login-submit">
            {t('h5.signIn')}
          </Button>
        }
      >
        <Form.Item
          name="login"
          label={t('login.login')}
          rules={[{ required: true, whitespace: true, message: t('login.loginRequired') }]}
        >
          <TextField autoComplete="username" maxLength={64} data-testid="login-name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <TextField type="password" autoComplete="current-password" maxLength={200} data-testid="login-password" />
        </Form.Item>
      </Form>
      <p className="h5-alt">
        <Link to="/join" data-testid="to-join">
          {t('h5.noAccount')}
        </Link>
      </p>
    </Shell>
  );
}

/** An inline error block for pages that cannot load. */
export function Problem({ text }: { text: string }) {
  return (
    <div className="h5-card" role="alert">
      {text}
    </div>
  );
}
