import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { App, Button, Card, Descriptions, Image, Input, Select, Space, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, errorText, getOp, type Body } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import { currentLang } from '../../../app/i18n';
import { StateBadge } from '../StateBadge';
import { TicketTopics } from '../../topics/TicketTopics';
import { SettledBy } from '../../consultations/SettledBy';
import { TicketWorkOrders } from '../../workorders/TicketWorkOrders';

type Move = Body<'/api/communities/{communityId}/tickets/{id}/transition'>['to'];
const ACTION_LABEL: Record<Move, string> = {
  accepted: 'accept',
  in_progress: 'start',
  waiting_on_reporter: 'wait',
  resume: 'resume',
  resolved: 'resolve',
  rejected: 'reject',
};

/** One ticket for the grid team or staff: timeline, moves with reply templates, assignee and helpers, category correction, merge with a reason. */
export default function TicketDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id } = useParams();
  const c = useCommunityId();
  const path = { communityId: c, id: id! };
  const { data: d, reload, error } = useApi('/api/communities/{communityId}/tickets/{id}', { path });
  const { data: people } = useApi('/api/communities/{communityId}/tickets/assignees', { path: { communityId: c } });
  const [text, setText] = useState('');
  const [to, setTo] = useState<Move>();
  const { data: templates } = useApi(
    '/api/communities/{communityId}/ticket-templates',
    to ? { path: { communityId: c }, query: { state: to === 'resume' ? 'in_progress' : to } } : null,
  );
  const [assignee, setAssignee] = useState<string>();
  const [helpers, setHelpers] = useState<string[]>([]);
  const [mergeInto, setMergeInto] = useState('');
  const [mergeReason, setMergeReason] = useState('');
  const [category, setCategory] = useState<string>();
  const { data: cats } = useApi(
    '/api/communities/{communityId}/ticket-categories',
    d?.can.handle ? { path: { communityId: c } } : null,
  );

  const run = async (send: () => Promise<unknown>) => {
    try {
      await send();
      message.success(t('tickets.done'));
      setText('');
      setTo(undefined);
      setCategory(undefined);
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  /** Staff type the kept ticket's number (MH-2026-000123); the API takes its id. */
  const mergeTarget = async (): Promise<string> => {
    const v = mergeInto.trim();
    if (!/^MH-/i.test(v)) return v;
    const found = await getOp('/api/communities/{communityId}/tickets', {
      path: { communityId: c },
      query: { q: v.toUpperCase(), pageSize: 5 },
    });
    return found.items.find((x) => x.number === v.toUpperCase())?.id ?? v;
  };

  if (error)
    return (
      <Page title={t('tickets.detailTitle')}>
        <p role="alert">{error.localized}</p>
      </Page>
    );
  if (!d)
    return (
      <Page title={t('tickets.detailTitle')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  const names = (people?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Page title={`${d.number} ${d.title}`}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="ticket-detail">
        <Descriptions.Item label={t('tickets.filterState')}>
          <StateBadge state={d.state} overdue={d.overdue} testId="ticket-state" />
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.category')}>{d.categoryLabel}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.location')}>
          {[d.estateName, d.buildingName, d.area].filter(Boolean).join(' ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.grid')}>{d.gridName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.reporter')}>
          {d.reporterName} {d.reporterPhone}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.channel')}>
          {t(`tickets.channelLabel.${d.channel}`, { defaultValue: d.channel })}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.assignee')}>
          {d.assignee?.name ?? '—'}
          {d.helpers.length > 0 && ` + ${d.helpers.map((h) => h.name).join('、')}`}
        </Descriptions.Item>
        {d.state === 'submitted' && (
          <Descriptions.Item label={t('tickets.responseDueAt')}>{formatTime(d.responseDueAt)}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('tickets.dueAt')}>{formatTime(d.resolutionDueAt)}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.supportCol')}>{d.supportCount}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.satisfaction')}>
          {d.satisfaction ?? '—'} {d.satisfactionComment}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.description')} span={2}>
          {d.description}
        </Descriptions.Item>
      </Descriptions>
      <TicketTopics links={d.links} />
      <TicketWorkOrders
        ticket={{
          id: d.id,
          title: d.title,
          location: [d.estateName, d.buildingName, d.area].filter(Boolean).join(' '),
        }}
        links={d.links}
        canEscalate={d.can.handle}
      />
      <SettledBy communityId={c} ticketId={id!} links={d.links} canAttach={d.can.handle} onChange={reload} />
      {d.photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap style={{ margin: '12px 0' }}>
            {d.photos.map((p, i) => (
              <Image
                key={p.id}
                width={96}
                height={96}
                style={{ objectFit: 'cover' }}
                src={p.thumbUrl}
                preview={{ src: p.url }}
                alt={`${t('tickets.photos')} ${i + 1}`}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}

      {d.can.handle && (
        <Card size="small" title={t('tickets.handle')} style={{ marginTop: 16 }}>
          <Space wrap style={{ marginBottom: 8 }}>
            {/* the detail lists the moves as plain strings (contract/tickets.ts); they are the transition's `to` values */}
            {(d.can.transitions as Move[]).map((s) => (
              <Button
                key={s}
                type={to === s ? 'primary' : 'default'}
                onClick={() => setTo(s)}
                data-testid={`move-${s}`}
              >
                {t(`tickets.${ACTION_LABEL[s]}`)}
              </Button>
            ))}
          </Space>
          {to && (
            <>
              <Select
                style={{ width: '100%', marginBottom: 8 }}
                placeholder={t('tickets.template')}
                aria-label={t('tickets.template')}
                options={(templates?.items ?? []).map((x, i) => ({ value: i, label: x.text }))}
                onChange={(i) => setText(templates!.items[i].text)}
              />
              <Input.TextArea
                rows={3}
                maxLength={to === 'rejected' ? 500 : 1000}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-label={to === 'rejected' ? t('tickets.reason') : t('tickets.message')}
                data-testid="move-message"
              />
              <Button
                type="primary"
                style={{ marginTop: 8 }}
                onClick={() =>
                  void run(() =>
                    call(
                      client.POST('/api/communities/{communityId}/tickets/{id}/transition', {
                        params: { path },
                        body: to === 'rejected' ? { to, reason: text } : { to, message: text || undefined },
                      }),
                    ),
                  )
                }
                data-testid="move-submit"
              >
                {t(`tickets.${ACTION_LABEL[to]}`)}
              </Button>
            </>
          )}
          <Space wrap style={{ marginTop: 16 }}>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 180 }}
              placeholder={t('tickets.assignee')}
              aria-label={t('tickets.assignee')}
              options={names}
              value={assignee}
              onChange={setAssignee}
              data-testid="assignee"
            />
            <Select
              mode="multiple"
              optionFilterProp="label"
              style={{ minWidth: 220 }}
              placeholder={t('tickets.helpers')}
              aria-label={t('tickets.helpers')}
              options={names}
              value={helpers}
              onChange={setHelpers}
            />
            <Button
              disabled={!assignee}
              onClick={() =>
                void run(() =>
                  call(
                    client.POST('/api/communities/{communityId}/tickets/{id}/assignee', {
                      params: { path },
                      body: { assigneeUserId: assignee!, helperUserIds: helpers },
                    }),
                  ),
                )
              }
              data-testid="assign"
            >
              {t('tickets.assign')}
            </Button>
          </Space>
          <Space wrap style={{ marginTop: 16 }}>
            {/* A correction is a lesson for this community's category suggestions (see 诉求设置 · 分类学习). */}
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 200 }}
              placeholder={t('tickets.recategorize')}
              aria-label={t('tickets.recategorize')}
              options={(cats?.items ?? [])
                .filter((x) => x.active && x.code !== d.category)
                .map((x) => ({ value: x.code, label: currentLang() === 'en' ? x.labelEn : x.labelZh }))}
              value={category}
              onChange={setCategory}
              data-testid="recategorize"
            />
            <Button
              disabled={!category}
              onClick={() =>
                void run(() =>
                  call(
                    client.POST('/api/communities/{communityId}/tickets/{id}/category', {
                      params: { path },
                      body: { category: category! },
                    }),
                  ),
                )
              }
              data-testid="recategorize-submit"
            >
              {t('tickets.recategorizeSubmit')}
            </Button>
          </Space>
          <Space wrap align="start" style={{ marginTop: 16 }}>
            <Input
              style={{ width: 260 }}
              placeholder={`${t('tickets.merge')}（${t('tickets.number')} / ID）`}
              aria-label={t('tickets.merge')}
              value={mergeInto}
              onChange={(e) => setMergeInto(e.target.value)}
              data-testid="merge-into"
            />
            {/* The reason is the record of why two residents' reports became one: required, as the server requires it. */}
            <Input.TextArea
              rows={1}
              style={{ width: 320 }}
              maxLength={500}
              placeholder={t('tickets.mergeReasonPh')}
              aria-label={t('tickets.mergeReason')}
              aria-required
              value={mergeReason}
              onChange={(e) => setMergeReason(e.target.value)}
              data-testid="merge-reason"
            />
            <Button
              disabled={!mergeInto}
              data-testid="merge"
              onClick={() => {
                if ([...mergeReason.trim()].length < 2) {
                  message.error(t('tickets.mergeReasonRequired'));
                  return;
                }
                void mergeTarget().then((intoTicketId) =>
                  run(() =>
                    call(
                      client.POST('/api/communities/{communityId}/tickets/{id}/merge', {
                        params: { path },
                        body: { intoTicketId, reason: mergeReason.trim() },
                      }),
                    ),
                  ),
                );
              }}
            >
              {t('tickets.merge')}
            </Button>
          </Space>
        </Card>
      )}

      <Card size="small" title={t('tickets.timeline')} style={{ marginTop: 16 }}>
        <Timeline
          data-testid="timeline"
          items={d.timeline.map((e) => ({
            children: (
              <>
                <strong>
                  {e.toState ? t(`tickets.state.${e.toState}`) : t(`tickets.event.${e.kind}`, { defaultValue: e.kind })}
                </strong>
                {e.actorName && <> · {e.actorName}</>} · <time dateTime={e.createdAt}>{formatTime(e.createdAt)}</time>
                {e.message && <div>{e.message}</div>}
              </>
            ),
          }))}
        />
      </Card>
    </Page>
  );
}
