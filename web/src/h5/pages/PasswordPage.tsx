import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Form } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { call, client, errorText } from '../../lib/api';
import { Shell } from '../Shell';
import { TextField } from '../TextField';

type Values = { oldPassword: string; newPassword: string; again: string };

/** 修改密码 for a resident: the current password, the new one twice; the server signs the other devices out. */
export default function PasswordPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit({ oldPassword, newPassword }: Values) {
    setBusy(true);
    setError(undefined);
    try {
      await call(client.POST('/api/auth/password', { body: { oldPassword, newPassword } }));
      form.resetFields();
      setDone(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Shell title={t('password.change')} back="/">
      {error && (
        <div role="alert" className="h5-error" data-testid="password-error">
          {error}
        </div>
      )}
      {done && (
        <div role="status" className="h5-card" data-testid="password-done">
          {t('password.done')}
        </div>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="password-form"
        footer={
          <Button block type="submit" color="primary" size="large" loading={busy} data-testid="password-submit">
            {t('password.change')}
          </Button>
        }
      >
        <Form.Item
          name="oldPassword"
          label={t('password.old')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <TextField type="password" maxLength={200} autoComplete="current-password" data-testid="password-old" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          description={t('password.hint')}
          rules={[
            { required: true, message: t('password.required') },
            { min: 10, message: t('password.min') },
          ]}
        >
          <TextField type="password" maxLength={200} autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="again"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: (_: unknown, v: string) =>
                !v || v === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <TextField type="password" maxLength={200} autoComplete="new-password" data-testid="password-again" />
        </Form.Item>
      </Form>
      <p className="h5-alt">
        <Link to="/">{t('common.back')}</Link>
      </p>
    </Shell>
  );
}
