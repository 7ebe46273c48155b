import { useEffect, useState } from 'react';
import { App, Alert, Button, Card, Checkbox, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { GROUPS, savePrefs, type PrefsBody } from '../prefs';

/** 通知设置: which kinds of message also come by SMS, quiet hours for SMS, and the morning digest. */
export default function PrefsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const prefs = useApi('/api/notification-prefs');
  const [form] = Form.useForm<PrefsBody>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (prefs.data) form.setFieldsValue(prefs.data);
  }, [prefs.data, form]);

  const submit = async (v: PrefsBody) => {
    setBusy(true);
    setError(undefined);
    try {
      form.setFieldsValue(await savePrefs(v));
      message.success(t('notifications.prefs.saved'));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('notifications.prefs.title')}>
      <Card>
        {prefs.data && !prefs.data.smsAvailable && (
          <Alert type="info" showIcon message={t('notifications.prefs.noGateway')} style={{ marginBottom: 16 }} />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            message={error}
            role="alert"
            data-testid="prefs-error"
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<PrefsBody>
          form={form}
          layout="vertical"
          onFinish={submit}
          data-testid="prefs-form"
          style={{ maxWidth: 560 }}
        >
          <Form.Item
            name="sms"
            label={t('notifications.prefs.sms')}
            valuePropName="checked"
            extra={
              prefs.data?.phoneMasked
                ? t('notifications.prefs.smsTo', { phone: prefs.data.phoneMasked })
                : t('notifications.prefs.noPhone')
            }
          >
            <Switch data-testid="prefs-sms" />
          </Form.Item>
          <Form.Item name="smsKinds" label={t('notifications.prefs.kinds')}>
            <Checkbox.Group
              data-testid="prefs-kinds"
              options={GROUPS.map((g) => ({ value: g, label: t(`notifications.group.${g}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('notifications.prefs.quiet')} extra={t('notifications.prefs.quietHint')}>
            <Form.Item name="quietStart" noStyle rules={[{ required: true }]}>
              <Input
                type="time"
                aria-label={t('notifications.prefs.quietStart')}
                style={{ width: 140 }}
                data-testid="prefs-quiet-start"
              />
            </Form.Item>
            <span style={{ margin: '0 8px' }}>—</span>
            <Form.Item name="quietEnd" noStyle rules={[{ required: true }]}>
              <Input
                type="time"
                aria-label={t('notifications.prefs.quietEnd')}
                style={{ width: 140 }}
                data-testid="prefs-quiet-end"
              />
            </Form.Item>
          </Form.Item>
          <Form.Item
            name="digest"
            label={t('notifications.prefs.digest')}
            valuePropName="checked"
            extra={t('notifications.prefs.digestHint')}
          >
            <Switch data-testid="prefs-digest" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="prefs-save">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Page>
  );
}
