import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Form } from 'antd-mobile';
import { TextField } from '../TextField';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../lib/api';
import { Shell } from '../Shell';
import { useH5Session } from '../session';

const PHONE = /^1[3-9]\d{9}$/;
type JoinForm = { code: string; name: string; phone: string; password?: string };

/** Join a household with its one-time code: /h5/join?code=… (from the printed QR) fills the code in. */
export default function JoinPage() {
  const { t } = useTranslation();
  const { me, setMe } = useH5Session();
  const nav = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const signedIn = !!me;

  async function submit(v: JoinForm) {
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        code: v.code.trim().toUpperCase(),
        name: v.name.trim(),
        phone: v.phone.trim(),
        ...(signedIn ? {} : { password: v.password }),
      };
      const next = await call(client.POST('/api/join', { body }), { quiet401: true });
      setMe(next);
      nav('/', { replace: true });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Shell title={t('h5.joinTitle')}>
      <p className="h5-intro">{t('h5.joinIntro')}</p>
      {error && (
        <div role="alert" className="h5-error" data-testid="join-error">
          {error}
        </div>
      )}
      <Form
        layout="vertical"
        onFinish={submit}
        data-testid="join-form"
        initialValues={{ code: params.get('code') ?? '' }}
        footer={
          <Button block type="submit" color="primary" size="large" loading={busy} data-testid="join-submit">
            {t('h5.joinSubmit')}
          </Button>
        }
      >
        <Form.Item
          name="code"
          label={t('h5.code')}
          rules={[
            { required: true, whitespace: true, message: t('validation.code') },
            { min: 4, max: 16, message: t('validation.code') },
          ]}
        >
          <TextField maxLength={16} autoComplete="off" data-testid="join-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('h5.name')}
          rules={[{ required: true, whitespace: true, message: t('h5.name') }, { max: 50 }]}
        >
          <TextField maxLength={50} autoComplete="name" data-testid="join-name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('h5.phone')}
          rules={[{ required: true, pattern: PHONE, message: t('validation.phone') }]}
        >
          <TextField type="tel" inputMode="tel" maxLength={11} autoComplete="tel" data-testid="join-phone" />
        </Form.Item>
        {!signedIn && (
          <Form.Item
            name="password"
            label={t('h5.password')}
            description={t('h5.passwordHint')}
            rules={[{ required: true, min: 10, max: 200, message: t('validation.passwordMin') }]}
          >
            <TextField type="password" maxLength={200} autoComplete="new-password" data-testid="join-password" />
          </Form.Item>
        )}
      </Form>
      {!signedIn && (
        <p className="h5-alt">
          <Link to="/login" data-testid="to-login">
            {t('h5.haveAccount')}
          </Link>
        </p>
      )}
    </Shell>
  );
}
