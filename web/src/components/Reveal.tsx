import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/api';
import { testId } from '../lib/testid';

/**
 * A masked value with a "reveal" button: asks for a reason (the server logs it) and shows the full value.
 * `reveal` asks the server (e.g. POST …/residents/{id}/reveal with { field, reason }) for the value.
 */
export function Reveal({
  masked,
  reveal,
  field,
  label,
}: {
  masked: string | null;
  reveal: (reason: string) => Promise<{ value: string | null }>;
  field: string;
  label: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  if (!masked) return null;
  if (value) return <span data-testid={`revealed-${field}`}>{value}</span>;

  async function submit({ reason }: { reason: string }) {
    setBusy(true);
    try {
      const r = await reveal(reason);
      setValue(r.value ?? undefined);
      setOpen(false);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space size={4} className="nowrap">
      <span>{masked}</span>
      <Button
        size="small"
        type="link"
        onClick={() => setOpen(true)}
        data-testid={`reveal-${field}`}
        aria-label={t('reveal.buttonFor', { label })}
      >
        {t('reveal.button')}
      </Button>
      <Modal
        open={open}
        title={t('reveal.title', { label })}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okText={t('reveal.confirm')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        okButtonProps={testId<ButtonProps>('reveal-submit')}
      >
        <p>{t('reveal.hint')}</p>
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="reason"
            label={t('reveal.reason')}
            rules={[{ required: true, whitespace: true, message: t('reveal.reasonRequired') }, { max: 200 }]}
          >
            <Input.TextArea rows={2} maxLength={200} data-testid="reveal-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
