import { useNavigate } from 'react-router-dom';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { call, client } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import { MEETING_KINDS, type MeetingKind } from '../types';

interface Values {
  kind: MeetingKind;
  title: string;
  scheduledAt: Dayjs;
  location?: string;
  topicId?: string;
}

/**
 * Plans a meeting and opens it. A monthly meeting's agenda is drawn by the server from open topics and
 * tickets (adjustable on the meeting page); a deliberation meeting or forum belongs to a topic — preset
 * when planned from the topic's page.
 */
export function CreateMeetingModal({
  open,
  onClose,
  topic,
}: {
  open: boolean;
  onClose: () => void;
  topic?: { id: string; title: string };
}) {
  const { t } = useTranslation();
  const c = useCommunityId();
  const nav = useNavigate();
  const { data: topics } = useApi(
    '/api/communities/{communityId}/topics',
    open && !topic ? { path: { communityId: c }, query: { status: 'active' } } : null,
  );
  const kinds = topic ? MEETING_KINDS.filter((k) => k !== 'monthly') : MEETING_KINDS;
  return (
    <FormModal<Values>
      open={open}
      title={t('meetings.create')}
      onClose={onClose}
      testId="meeting-create"
      initialValues={
        topic
          ? { kind: 'forum', topicId: topic.id, title: `${topic.title}${t('meetings.kinds.forum')}` }
          : { kind: 'monthly' }
      }
      onSubmit={async (v) => {
        const body = {
          kind: v.kind,
          title: v.title,
          scheduledAt: v.scheduledAt.toISOString(),
          location: v.location?.trim() || null,
          topicId: v.kind === 'monthly' ? null : (topic?.id ?? v.topicId ?? null),
        };
        const m = await call(
          client.POST('/api/communities/{communityId}/meetings', { params: { path: { communityId: c } }, body }),
        );
        nav(`/meetings/${m.id}`);
      }}
    >
      {(form) => (
        <>
          {/* Selects get no `required` rule: antd would put aria-required on their wrapper div, which axe refuses. */}
          <Form.Item name="kind" label={t('meetings.kind')}>
            <Select
              data-testid="meeting-kind"
              options={kinds.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('meetings.title')} rules={[{ required: true, max: 200 }]}>
            <Input data-testid="meeting-title" />
          </Form.Item>
          <Form.Item name="scheduledAt" label={t('meetings.scheduledAt')} rules={[{ required: true }]}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              data-testid="meeting-when"
            />
          </Form.Item>
          <Form.Item name="location" label={t('meetings.location')} rules={[{ max: 200 }]}>
            <Input data-testid="meeting-location" />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() =>
              form.getFieldValue('kind') === 'monthly' ? (
                <p className="muted" data-testid="meeting-agenda-hint">
                  {t('meetings.agendaDrawn')}
                </p>
              ) : topic ? (
                <p data-testid="meeting-topic">
                  {t('meetings.topic')}：{topic.title}
                </p>
              ) : (
                <Form.Item
                  name="topicId"
                  label={t('meetings.topic')}
                  rules={[
                    {
                      validator: (_, v) =>
                        v ? Promise.resolve() : Promise.reject(new Error(t('meetings.topicRequired'))),
                    },
                  ]}
                >
                  <Select
                    showSearch
                    optionFilterProp="label"
                    data-testid="meeting-topic"
                    options={(topics?.items ?? []).map((x) => ({ value: x.id, label: x.title }))}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
