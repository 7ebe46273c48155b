import { useState } from 'react';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../components/FormModal';
import { call, client } from '../lib/api';

interface Values {
  oldPassword: string;
  newPassword: string;
  again: string;
}

/** 修改密码 in the top bar: the current password, the new one twice; the server ends the user's other sessions. */
export function PasswordButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button data-testid="password-change" onClick={() => setOpen(true)}>
        {t('password.change')}
      </Button>
      <FormModal<Values>
        open={open}
        title={t('password.change')}
        testId="password-form"
        onClose={() => setOpen(false)}
        okText={t('password.change')}
        doneText={t('password.done')}
        onSubmit={({ oldPassword, newPassword }) =>
          call(client.POST('/api/auth/password', { body: { oldPassword, newPassword } }))
        }
      >
        <Form.Item
          name="oldPassword"
          label={t('password.old')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password autoComplete="current-password" maxLength={200} data-testid="password-old" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.hint')}
          rules={[
            { required: true, message: t('password.required') },
            { min: 10, message: t('password.min') },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="again"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} data-testid="password-again" />
        </Form.Item>
      </FormModal>
    </>
  );
}
