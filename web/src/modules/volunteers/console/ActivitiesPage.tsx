import { useEffect, useState } from 'react';
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { call, client, errorText, type Body } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { ACTIVITY_KINDS } from '../../../../../contract/volunteers';
import '../volunteers.css';
import type { CheckinCode } from '../types';

/** Activities with their seats, the sign-up list, paper sign-ins and the check-in screen with its QR. */
export default function ActivitiesPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { data, loading, error, reload } = useApi('/api/communities/{communityId}/activities', {
    path: { communityId: c },
  });
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string>();
  return (
    <Page
      title={t('volunteers.activities')}
      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="vo-new">
          {t('volunteers.create')}
        </Button>
      }
    >
      {error && <p role="alert">{error.localized}</p>}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={{ pageSize: 20 }}
        data-testid="vo-activities"
        columns={[
          {
            title: t('volunteers.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Button type="link" onClick={() => setOpenId(r.id)} data-testid={`vo-row-${r.id}`}>
                {v}
              </Button>
            ),
          },
          { title: t('volunteers.kind'), dataIndex: 'kind', render: (v: string) => t(`volunteers.kinds.${v}`) },
          { title: t('volunteers.startsAt'), dataIndex: 'startsAt', render: formatTime },
          { title: t('volunteers.where'), dataIndex: 'location' },
          { title: t('volunteers.capacity'), key: 'seats', render: (_: unknown, r) => `${r.signedUp}/${r.capacity}` },
          { title: t('volunteers.checkedInAt'), dataIndex: 'checkedIn' },
        ]}
      />
      <FormModal<{
        title: string;
        kind: Body<'/api/communities/{communityId}/activities'>['kind'];
        location: string;
        description?: string;
        capacity: number;
        span: [Dayjs, Dayjs];
      }>
        open={creating}
        title={t('volunteers.create')}
        onClose={() => setCreating(false)}
        testId="vo-create"
        initialValues={{ kind: 'festival', capacity: 40 }}
        onSubmit={async ({ span, ...v }) => {
          await call(
            client.POST('/api/communities/{communityId}/activities', {
              params: { path: { communityId: c } },
              body: {
                title: v.title,
                kind: v.kind,
                location: v.location,
                description: v.description ?? '',
                capacity: v.capacity,
                startsAt: span[0].toISOString(),
                endsAt: span[1].toISOString(),
              },
            }),
          );
          reload();
        }}
      >
        <Form.Item name="title" label={t('volunteers.title')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="vo-title" />
        </Form.Item>
        <Form.Item name="kind" label={t('volunteers.kind')}>
          <Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`volunteers.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="location" label={t('volunteers.where')} rules={[{ required: true, max: 200 }]}>
          <Input data-testid="vo-location" />
        </Form.Item>
        <Form.Item name="span" label={t('volunteers.when')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime />
        </Form.Item>
        <Form.Item name="capacity" label={t('volunteers.capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={2000} />
        </Form.Item>
        <Form.Item name="description" label={t('volunteers.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      {openId && (
        <ActivityDrawer
          id={openId}
          onClose={() => {
            setOpenId(undefined);
            reload();
          }}
        />
      )}
    </Page>
  );
}

function ActivityDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { message } = App.useApp();
  const { data, reload } = useApi('/api/communities/{communityId}/activities/{id}', { path: { communityId: c, id } });
  const [screen, setScreen] = useState(false);
  const [walkIn, setWalkIn] = useState(false);
  return (
    <Drawer
      open
      title={data?.title}
      width={720}
      onClose={onClose}
      data-testid="vo-drawer"
      extra={
        <Space>
          <Button onClick={() => setWalkIn(true)} data-testid="vo-walkin">
            {t('volunteers.walkIn')}
          </Button>
          <Button type="primary" onClick={() => setScreen(true)} data-testid="vo-screen">
            {t('volunteers.checkinScreen')}
          </Button>
        </Space>
      }
    >
      {data && (
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'when',
                label: t('volunteers.when'),
                children: `${formatTime(data.startsAt)} – ${formatTime(data.endsAt)}`,
              },
              { key: 'where', label: t('volunteers.where'), children: data.location },
              { key: 'seats', label: t('volunteers.capacity'), children: `${data.signedUp}/${data.capacity}` },
            ]}
          />
          <h3>{t('volunteers.signups')}</h3>
          <Table
            rowKey={(r) => `${r.name}-${r.signedUpAt}`}
            size="small"
            dataSource={data.signups}
            pagination={{ pageSize: 50 }}
            data-testid="vo-signups"
            columns={[
              { title: t('volunteers.name'), dataIndex: 'name' },
              {
                title: t('volunteers.partyMember'),
                dataIndex: 'partyMember',
                render: (v: boolean) => (v ? <Tag color="red">{t('volunteers.partyMember')}</Tag> : null),
              },
              {
                title: t('volunteers.checkedInAt'),
                dataIndex: 'checkedInAt',
                render: (v: string | null) => (v ? formatTime(v) : '—'),
              },
              {
                title: t('volunteers.checkedOutAt'),
                dataIndex: 'checkedOutAt',
                render: (v: string | null) => (v ? formatTime(v) : '—'),
              },
              { title: t('volunteers.minutes'), dataIndex: 'minutes' },
            ]}
          />
        </>
      )}
      {screen && (
        <CheckinScreen
          id={id}
          title={data?.title ?? ''}
          onClose={() => {
            setScreen(false);
            reload();
          }}
        />
      )}
      <FormModal<{ name: string; partyMember?: boolean; minutes: number }>
        open={walkIn}
        title={t('volunteers.walkIn')}
        onClose={() => setWalkIn(false)}
        testId="vo-walkin-form"
        initialValues={{ minutes: 120, partyMember: false }}
        onSubmit={async (v) => {
          await call(
            client.POST('/api/communities/{communityId}/activities/{id}/walk-ins', {
              params: { path: { communityId: c, id } },
              body: { name: v.name, partyMember: !!v.partyMember, minutes: v.minutes },
            }),
          );
          message.success(t('volunteers.signUpDone'));
          reload();
        }}
      >
        <Form.Item name="name" label={t('volunteers.name')} rules={[{ required: true, max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="partyMember" label={t('volunteers.partyMember')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="minutes" label={t('volunteers.walkInMinutes')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1440} />
        </Form.Item>
      </FormModal>
    </Drawer>
  );
}

/** The screen shown at the event (a laptop or a projector): the activity's signed code as a QR that opens the H5 check-in page. */
function CheckinScreen({ id, title, onClose }: { id: string; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const c = useCommunityId();
  const [qr, setQr] = useState<{ code: CheckinCode; img: string }>();
  const [err, setErr] = useState<string>();
  useEffect(() => {
    call(
      client.GET('/api/communities/{communityId}/activities/{id}/checkin-code', {
        params: { path: { communityId: c, id } },
      }),
    )
      .then(async (code) =>
        setQr({
          code,
          img: await QRCode.toDataURL(`${location.origin}${code.url}`, {
            margin: 1,
            width: 360,
            errorCorrectionLevel: 'M',
          }),
        }),
      )
      .catch((e) => setErr(errorText(e)));
  }, [c, id]);
  return (
    <Modal
      open
      title={t('volunteers.checkinScreenTitle')}
      onCancel={onClose}
      footer={null}
      width={520}
      data-testid="vo-checkin-screen"
    >
      <h2 style={{ textAlign: 'center' }}>{title}</h2>
      {err && <p role="alert">{err}</p>}
      {qr && (
        <img
          className="vo-qr"
          src={qr.img}
          alt={t('volunteers.checkinScreenTitle')}
          data-testid="vo-qr"
          data-url={qr.code.url}
        />
      )}
      <p>{t('volunteers.checkinHint')}</p>
      {qr && (
        <p>
          {formatTime(qr.code.opensAt)} – {formatTime(qr.code.closesAt)}
        </p>
      )}
    </Modal>
  );
}
