import { useState } from 'react';
import { Alert, Button, Form, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { call, client, type Item } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useCommunityId, useSession } from '../../../console/session';
import { useAction } from './useAction';

/** A local date-time input's value (no zone) as an instant. */
const instant = (local: string) => new Date(local).toISOString();

/** 24小时驻扎值班表: the coming week's shifts and its gaps; staff and the property manager add, remove and swap shifts. */
export default function RosterPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { roles, platformAdmin } = useSession();
  const edit = platformAdmin || roles.includes('staff') || roles.includes('property_manager');
  const { data, reload, loading } = useApi('/api/communities/{communityId}/duty-shifts', { path: { communityId: c } });
  const [adding, setAdding] = useState(false);
  const [swapFrom, setSwapFrom] = useState<string>();
  const run = useAction(reload);
  const now = Date.now();
  return (
    <Page
      title={t('workorders.roster')}
      extra={
        edit && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="duty-add">
            {t('workorders.addShift')}
          </Button>
        )
      }
    >
      {data &&
        (data.gaps.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="duty-gaps"
            message={t('workorders.gaps')}
            description={data.gaps.map((g) => (
              <div key={g.from}>
                {formatTime(g.from)} — {formatTime(g.to)}
              </div>
            ))}
          />
        ) : (
          <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('workorders.noGaps')} />
        ))}
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={false}
        data-testid="duty-table"
        rowClassName={(r) => (Date.parse(r.startsAt) <= now && Date.parse(r.endsAt) > now ? 'row-current' : '')}
        columns={[
          { title: t('workorders.startsAt'), dataIndex: 'startsAt', render: formatTime },
          { title: t('workorders.endsAt'), dataIndex: 'endsAt', render: formatTime },
          { title: t('workorders.staffName'), dataIndex: 'staffName' },
          { title: t('workorders.phone'), dataIndex: 'phone' },
          ...(edit
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, r: Item<'/api/communities/{communityId}/duty-shifts'>) =>
                    Date.parse(r.endsAt) > now && (
                      <Space>
                        {swapFrom === r.id ? (
                          <Select
                            style={{ width: 240 }}
                            aria-label={t('workorders.swapWith')}
                            placeholder={t('workorders.swapWith')}
                            autoFocus
                            options={(data?.items ?? [])
                              .filter((x) => x.id !== r.id && Date.parse(x.endsAt) > now)
                              .map((x) => ({ value: x.id, label: `${formatTime(x.startsAt)} ${x.staffName}` }))}
                            onChange={(withShiftId: string) => {
                              setSwapFrom(undefined);
                              void run(
                                call(
                                  client.POST('/api/communities/{communityId}/duty-shifts/{id}/swap', {
                                    params: { path: { communityId: c, id: r.id } },
                                    body: { withShiftId },
                                  }),
                                ),
                              );
                            }}
                          />
                        ) : (
                          <Button size="small" onClick={() => setSwapFrom(r.id)}>
                            {t('workorders.swap')}
                          </Button>
                        )}
                        <Button
                          size="small"
                          danger
                          onClick={() =>
                            void run(
                              call(
                                client.DELETE('/api/communities/{communityId}/duty-shifts/{id}', {
                                  params: { path: { communityId: c, id: r.id } },
                                }),
                              ),
                            )
                          }
                        >
                          {t('workorders.removeShift')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<{ staffName: string; phone: string; startsAt: string; endsAt: string }>
        open={adding}
        title={t('workorders.addShift')}
        onClose={() => setAdding(false)}
        testId="duty-create"
        onSubmit={async (v) => {
          await call(
            client.POST('/api/communities/{communityId}/duty-shifts', {
              params: { path: { communityId: c } },
              body: {
                staffName: v.staffName,
                phone: v.phone,
                startsAt: instant(v.startsAt),
                endsAt: instant(v.endsAt),
                note: '',
              },
            }),
          );
          reload();
        }}
      >
        <Form.Item name="staffName" label={t('workorders.staffName')} rules={[{ required: true, max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('workorders.phone')}
          rules={[{ required: true, pattern: /^[0-9+\- ]{5,20}$/ }]}
        >
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="startsAt" label={t('workorders.startsAt')} rules={[{ required: true }]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="endsAt" label={t('workorders.endsAt')} rules={[{ required: true }]}>
          <Input type="datetime-local" />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
