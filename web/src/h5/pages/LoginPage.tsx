import { cloneElement, useState, type ReactElement } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { Button } from 'antd-mobile';
import { TextField } from '../TextField';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../lib/api';
import { Shell } from '../Shell';
import { useH5Session } from '../session';

/**
 * Resident sign-in with phone (or login name) and password. A plain form, not antd-mobile's Form: this page
 * comes with the H5's entry, and Form brings its validator, popover and floating-ui (~75 KB before gzip).
 */
export default function LoginPage() {
  const { t } = useTranslation();
  const { me, setMe } = useH5Session();
  const [params] = useSearchParams();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ login?: boolean; password?: boolean }>({});
  const next = params.get('next');
  if (me) return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;

  async function submit(v: { login: string; password: string }) {
    const lacking = { login: !v.login.trim(), password: !v.password };
    setMissing(lacking);
    if (lacking.login || lacking.password) return;
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
      <form
        className="h5-form"
        noValidate
        data-testid="login-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit({ login, password });
        }}
      >
        <Field id="login-name" label={t('login.login')} error={missing.login ? t('login.loginRequired') : undefined}>
          <TextField
            autoComplete="username"
            maxLength={64}
            data-testid="login-name"
            value={login}
            onChange={setLogin}
          />
        </Field>
        <Field
          id="login-password"
          label={t('login.password')}
          error={missing.password ? t('login.passwordRequired') : undefined}
        >
          <TextField
            type="password"
            autoComplete="current-password"
            maxLength={200}
            data-testid="login-password"
            value={password}
            onChange={setPassword}
          />
        </Field>
        <Button block type="submit" color="primary" size="large" loading={busy} data-testid="login-submit">
          {t('h5.signIn')}
        </Button>
      </form>
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

/** A labelled field of a plain form: the label above, the reason below it when the value is refused. */
function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactElement }) {
  return (
    <div className="h5-field">
      <label htmlFor={id} className="h5-field-label">
        {label}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-error` : undefined,
      })}
      {error && (
        <div id={`${id}-error`} className="h5-field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
