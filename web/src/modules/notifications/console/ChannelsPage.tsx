import { useEffect, useState } from 'react';
import { App, Alert, Button, Card, Form, Input, Switch, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, errorText, type Item } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useSession } from '../../../console/session';

type Delivery = Item<'/api/communities/{communityId}/notification-deliveries'>;
type Sms = Item<'/api/communities/{communityId}/notification-sms'>;
type RobotForm = { url: string; active: boolean };

const STATUS_COLOR: Record<string, string> = { sent: 'green', failed: 'red', skipped: 'default' };

/**
 * 通知渠道 for community staff: the grid teams' WeChat Work group robot (its webhook, on or off), and the latest
 * deliveries to it and SMS to people, with their status, so a failing channel is seen and fixed.
 */
export default function ChannelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { communityId } = useSession();
  const path = communityId ? { path: { communityId } } : null;
  const channels = useApi('/api/communities/{communityId}/notification-channels', path);
  const deliveries = useApi('/api/communities/{communityId}/notification-deliveries', path);
  const sms = useApi('/api/communities/{communityId}/notification-sms', path);
  const [form] = Form.useForm<RobotForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const robot = channels.data?.items.find((c) => c.kind === 'wecom_robot');
  useEffect(() => {
    form.setFieldsValue({ url: '', active: robot?.active ?? true });
  }, [robot, form]);

  const save = async (v: RobotForm) => {
    if (!communityId) return;
    setBusy(true);
    setError(undefined);
    try {
      await call(
        client.PUT('/api/communities/{communityId}/notification-channels/{kind}', {
          params: { path: { communityId, kind: 'wecom_robot' } },
          body: { url: v.url.trim(), active: v.active },
        }),
      );
      message.success(t('notifications.channels.saved'));
      channels.reload();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const status = (s: string) => (
    <Tag color={STATUS_COLOR[s] ?? 'blue'}>{t(`notifications.status.${s}`, { defaultValue: s })}</Tag>
  );

  return (
    <Page title={t('notifications.channels.title')}>
      <Card title={<h2 className="card-title">{t('notifications.channels.robot')}</h2>}>
        <p className="muted" data-testid="channel-current">
          {robot
            ? t('notifications.channels.current', {
                url: robot.url,
                state: t(robot.active ? 'notifications.channels.on' : 'notifications.channels.off'),
              })
            : t('notifications.channels.none')}
        </p>
        {error && (
          <Alert
            type="error"
            showIcon
            message={error}
            role="alert"
            data-testid="channel-error"
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<RobotForm>
          form={form}
          layout="vertical"
          onFinish={save}
          style={{ maxWidth: 640 }}
          data-testid="channel-form"
        >
          <Form.Item
            name="url"
            label={t('notifications.channels.url')}
            extra={t('notifications.channels.urlHint')}
            rules={[{ required: true, message: t('notifications.channels.urlRequired') }]}
          >
            <Input
              maxLength={500}
              placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"
              data-testid="channel-url"
            />
          </Form.Item>
          <Form.Item name="active" label={t('notifications.channels.active')} valuePropName="checked">
            <Switch data-testid="channel-active" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="channel-save">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('notifications.channels.deliveries')}</h2>}>
        <Table<Delivery>
          rowKey="id"
          size="small"
          loading={deliveries.loading}
          dataSource={deliveries.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="channel-deliveries"
          columns={[
            { title: t('notifications.channels.at'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: t('notifications.channels.status'), dataIndex: 'status', render: status },
            { title: t('notifications.channels.attempts'), dataIndex: 'attempts' },
            {
              title: t('notifications.channels.error'),
              dataIndex: 'lastError',
              render: (v: string | null) => v ?? '—',
            },
          ]}
        />
      </Card>
      <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('notifications.channels.sms')}</h2>}>
        <p className="muted">{t('notifications.channels.smsHint')}</p>
        <Table<Sms>
          rowKey="id"
          size="small"
          loading={sms.loading}
          dataSource={sms.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="channel-sms"
          columns={[
            { title: t('notifications.channels.at'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: t('notifications.channels.recipient'), dataIndex: 'recipient' },
            {
              title: t('notifications.channels.kind'),
              dataIndex: 'kind',
              render: (k: string) => t(`notifications.kind.${k}`, { defaultValue: k }),
            },
            { title: t('notifications.channels.status'), dataIndex: 'status', render: status },
            {
              title: t('notifications.channels.error'),
              dataIndex: 'lastError',
              render: (v: string | null) => v ?? '—',
            },
          ]}
        />
      </Card>
    </Page>
  );
}
