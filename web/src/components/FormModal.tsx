import { useEffect, useState, type ReactNode } from 'react';
import { App, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorText } from '../lib/api';
import { testId as testIdProps } from '../lib/testid';

interface Props<T> {
  open: boolean;
  title: ReactNode;
  initialValues?: Partial<T>;
  /** Performs the request; the modal closes when it resolves and shows the server's message when it rejects. */
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
  testId?: string;
  okText?: ReactNode;
  /** What the success message says (default: 已保存). */
  doneText?: string;
}

/** A create/edit form in a modal; server validation details ({path,message}) land on their fields. */
export function FormModal<T extends object>({
  open,
  title,
  initialValues,
  onSubmit,
  onClose,
  children,
  testId,
  okText,
  doneText,
}: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      form.resetFields();
      if (initialValues) form.setFieldsValue(initialValues as Parameters<FormInstance<T>['setFieldsValue']>[0]);
    }
  }, [open, initialValues, form]);

  async function finish(values: T) {
    setBusy(true);
    try {
      await onSubmit(values);
      message.success(doneText ?? t('common.saved'));
      onClose();
    } catch (e) {
      const details =
        e instanceof ApiError && Array.isArray(e.details)
          ? (e.details as Array<{ path?: string; message?: string }>)
          : [];
      const fields = details
        .filter((d) => d.path)
        .map((d) => ({ name: d.path!.split('.'), errors: [d.message ?? ''] }));
      if (fields.length) form.setFields(fields as Parameters<FormInstance<T>['setFields']>[0]);
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={testIdProps<ButtonProps>(`${testId ?? 'form'}-submit`)}
    >
      <Form form={form} layout="vertical" onFinish={finish} data-testid={testId} preserve={false}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}

/** State for a modal that creates (no record) or edits (a record). */
export function useEditing<T>() {
  const [state, setState] = useState<{ open: boolean; record?: T }>({ open: false });
  return {
    open: state.open,
    record: state.record,
    create: () => setState({ open: true }),
    edit: (record: T) => setState({ open: true, record }),
    close: () => setState({ open: false }),
  };
}
