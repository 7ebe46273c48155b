import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Button, Card, Descriptions, Form, Input, Popconfirm, Radio, Select, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { call, client, download, errorText, idempotent, newIdempotencyKey, type Item } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import type { Consultation } from '../types';
import { TurnoutTable } from '../TurnoutTable';
import { useRuleTexts } from '../rules';
import { StatusBadge } from '../Badge';
import { ResultCard } from '../h5/ResultCard';
import { useCanManage } from '../../topics/manage';

type Eligible = Item<'/api/communities/{communityId}/consultations/{id}/eligible'>;
type Pending = Item<'/api/communities/{communityId}/consultations/{id}/pending'>;
/**
 * A paper ballot to enter for a household, or a ballot to correct: a pending entry (its typed answers shown again), or
 * a counted one while the consultation is open (the server takes it as a reasoned correction, confirmed again).
 */
type Editing =
  | { kind: 'paper'; householdId: string; code: string }
  | {
      kind: 'correct';
      ballotId: string;
      householdCode: string;
      answers?: Pending['answers'];
      formNumber?: string | null;
    };

/** Running one consultation: rules, open/close, turnout, paper ballots with a second person's confirm, corrections, result. */
export default function DetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id } = useParams();
  const c = useCommunityId();
  const manage = useCanManage();
  const {
    data: d,
    error,
    reload,
  } = useApi('/api/communities/{communityId}/consultations/{id}', { path: { communityId: c, id: id! } });
  const live = manage && d && d.status !== 'draft';
  const { data: eligible, reload: reloadEligible } = useApi(
    '/api/communities/{communityId}/consultations/{id}/eligible',
    live ? { path: { communityId: c, id: id! } } : null,
  );
  const { data: pending, reload: reloadPending } = useApi(
    '/api/communities/{communityId}/consultations/{id}/pending',
    live ? { path: { communityId: c, id: id! } } : null,
  );
  // Counts by building for every role that follows consultations (committee, building leaders, deputies too); others get 403 and no card.
  const { data: turnout } = useApi(
    '/api/communities/{communityId}/consultations/{id}/turnout',
    d && d.status !== 'draft' ? { path: { communityId: c, id: id! } } : null,
  );
  const [editing, setEditing] = useState<Editing | null>(null);
  const [q, setQ] = useState('');
  const all = () => {
    reload();
    reloadEligible();
    reloadPending();
  };
  const path = { communityId: c, id: id! };
  const act = async (send: () => Promise<unknown>) => {
    try {
      await send();
      message.success(t('consultations.c.done'));
      all();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const rows = useMemo(() => (eligible?.items ?? []).filter((x) => !q || x.code.includes(q.trim())), [eligible, q]);

  if (error)
    return (
      <Page title={t('consultations.detailTitle')}>
        <p role="alert">{error.localized}</p>
      </Page>
    );
  if (!d)
    return (
      <Page title={t('consultations.detailTitle')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  const answerText = (a: Record<string, string>) =>
    d.questions.map((qq) => qq.options.find((o) => o.key === a[qq.key])?.label ?? '—').join(' / ');
  return (
    <Page
      title={d.title}
      extra={
        <Space wrap>
          {manage && d.status === 'draft' && (
            <Link to={`/consultations/${d.id}/edit`}>
              <Button data-testid="consultation-edit">{t('consultations.c.edit')}</Button>
            </Link>
          )}
          {manage && d.status === 'draft' && (
            <Popconfirm
              title={t('consultations.c.openConfirm')}
              onConfirm={() =>
                act(() =>
                  call(client.POST('/api/communities/{communityId}/consultations/{id}/open', { params: { path } })),
                )
              }
            >
              <Button type="primary" data-testid="consultation-open">
                {t('consultations.c.openNow')}
              </Button>
            </Popconfirm>
          )}
          {manage && d.status === 'open' && (
            <Popconfirm
              title={t('consultations.c.closeConfirm')}
              onConfirm={() =>
                act(() =>
                  call(client.POST('/api/communities/{communityId}/consultations/{id}/close', { params: { path } })),
                )
              }
            >
              <Button danger data-testid="consultation-close">
                {t('consultations.c.closeNow')}
              </Button>
            </Popconfirm>
          )}
          {d.status === 'closed' && (
            <Link to={`/consultations/${d.id}/report`}>
              <Button data-testid="consultation-report">{t('consultations.c.report')}</Button>
            </Link>
          )}
          {manage && d.status === 'closed' && (
            <Button
              data-testid="consultation-download"
              onClick={() =>
                download(
                  '/api/communities/{communityId}/consultations/{id}/archive',
                  { path },
                  `consultation-${d.id}.json`,
                ).catch((e) => message.error(errorText(e)))
              }
            >
              {t('consultations.c.download')}
            </Button>
          )}
          {d.status === 'closed' && (
            <a href={`/p/consultations/${d.id}`} target="_blank" rel="noreferrer" data-testid="consultation-public">
              <Button>{t('consultations.ev.publicPage')}</Button>
            </a>
          )}
        </Space>
      }
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="consultation-detail">
        <Descriptions.Item label={t('consultations.c.status')}>
          <StatusBadge status={d.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('consultations.c.scope')}>
          {t(`consultations.scope.${d.scope.kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('consultations.opensAt')}>{formatTime(d.opensAt)}</Descriptions.Item>
        <Descriptions.Item label={t('consultations.closesAt')}>{formatTime(d.closesAt)}</Descriptions.Item>
        <Descriptions.Item label={t('consultations.rules')} span={2}>
          <RuleList d={d} />
        </Descriptions.Item>
        <Descriptions.Item label={t('consultations.c.questions')} span={2}>
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {d.questions.map((qq) => (
              <li key={qq.key}>
                {qq.text}（{qq.options.map((o) => o.label).join(' / ')}）
              </li>
            ))}
          </ol>
        </Descriptions.Item>
        {d.description && (
          <Descriptions.Item label={t('consultations.c.description')} span={2}>
            {d.description}
          </Descriptions.Item>
        )}
      </Descriptions>

      {d.progress && d.eligibleCount !== null && (
        <Card style={{ marginTop: 16 }}>
          <Space size={48} wrap data-testid="consultation-progress">
            <Statistic title={t('consultations.c.eligibleHouseholds')} value={d.eligibleCount} />
            <Statistic title={t('consultations.c.counted')} value={d.progress.counted} />
            <Statistic title={t('consultations.c.pending')} value={d.progress.pending} />
            <Statistic
              title={t('consultations.c.turnout')}
              value={d.eligibleCount ? Math.round((d.progress.counted / d.eligibleCount) * 1000) / 10 : 0}
              suffix="%"
            />
          </Space>
        </Card>
      )}
      {d.result && (
        <Card style={{ marginTop: 16 }}>
          <ResultCard d={d} result={d.result} />
        </Card>
      )}
      {turnout && (
        <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('consultations.ev.turnoutTitle')}</h2>}>
          <TurnoutTable turnout={turnout} />
        </Card>
      )}

      {live && (
        <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('consultations.c.pendingList')}</h2>}>
          <Table
            rowKey="ballotId"
            size="small"
            pagination={false}
            dataSource={pending?.items}
            locale={{ emptyText: t('consultations.c.noPending') }}
            data-testid="pending-table"
            columns={[
              { title: t('consultations.c.household'), dataIndex: 'householdCode' },
              {
                title: t('consultations.c.channel'),
                dataIndex: 'channel',
                render: (v: string) => t(`consultations.c.channels.${v}`),
              },
              {
                title: t('consultations.c.formNumber'),
                dataIndex: 'formNumber',
                render: (v: string | null) => v ?? '—',
              },
              { title: t('consultations.c.answers'), dataIndex: 'answers', render: answerText },
              {
                title: t('consultations.c.kind.ballot'),
                dataIndex: 'kind',
                render: (v: string, r: Pending) =>
                  `${t(`consultations.c.kind.${v}`)}${r.reason ? `：${r.reason}` : ''}`,
              },
              {
                title: t('consultations.c.enteredBy'),
                dataIndex: 'enteredBy',
                render: (v: string, r: Pending) => `${v} · ${formatTime(r.at)}`,
              },
              {
                title: t('common.actions'),
                key: 'a',
                render: (_: unknown, r: Pending) =>
                  d.status === 'open' && (
                    <Space>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() =>
                          act(() =>
                            call(
                              client.POST(
                                '/api/communities/{communityId}/consultations/{id}/ballots/{ballotId}/confirm',
                                { params: { path: { ...path, ballotId: r.ballotId } } },
                              ),
                            ),
                          )
                        }
                        data-testid={`confirm-${r.ballotId}`}
                      >
                        {t('consultations.c.confirmBallot')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          setEditing({
                            kind: 'correct',
                            ballotId: r.ballotId,
                            householdCode: r.householdCode,
                            answers: r.answers,
                            formNumber: r.formNumber,
                          })
                        }
                        data-testid={`correct-${r.ballotId}`}
                      >
                        {t('consultations.c.correct')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        </Card>
      )}

      {live && (
        <Card
          style={{ marginTop: 16 }}
          title={
            <h2 className="card-title">
              {t('consultations.c.eligibleHouseholds')}（{eligible?.total ?? '…'}）
            </h2>
          }
          extra={
            <Input.Search
              allowClear
              aria-label={t('consultations.c.search')}
              placeholder={t('consultations.c.search')}
              onSearch={setQ}
              onChange={(e) => !e.target.value && setQ('')}
              style={{ width: 220 }}
              data-testid="eligible-search"
            />
          }
        >
          <Table
            rowKey="householdId"
            size="small"
            dataSource={rows}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            data-testid="eligible-table"
            columns={[
              { title: t('consultations.c.household'), dataIndex: 'code' },
              {
                title: t('consultations.c.representative'),
                dataIndex: 'representative',
                render: (v: string | null) => v ?? '—',
              },
              {
                title: t('consultations.c.ballot'),
                dataIndex: 'ballot',
                render: (b: Eligible['ballot']) =>
                  b
                    ? `${t(`consultations.c.channels.${b.channel}`)} · ${t(`consultations.c.${b.status === 'counted' ? 'counted' : 'pending'}`)}`
                    : t('consultations.c.notVoted'),
              },
              {
                title: t('common.actions'),
                key: 'a',
                render: (_: unknown, r: Eligible) =>
                  d.status !== 'open' ? null : !r.ballot ? (
                    <Button
                      size="small"
                      onClick={() => setEditing({ kind: 'paper', householdId: r.householdId, code: r.code })}
                      data-testid={`paper-${r.code}`}
                    >
                      {t('consultations.c.enterPaper')}
                    </Button>
                  ) : r.ballot.status === 'counted' && r.ballot.channel !== 'online' ? (
                    // A counted paper or door-to-door ballot, as staff entered it from the form; a household's own
                    // online vote is not corrected by staff from this page.
                    <Button
                      size="small"
                      onClick={() => setEditing({ kind: 'correct', ballotId: r.ballot!.id, householdCode: r.code })}
                      data-testid={`correct-counted-${r.code}`}
                    >
                      {t('consultations.c.correct')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      )}
      <BallotModal d={d} editing={editing} onClose={() => setEditing(null)} onSaved={all} />
    </Page>
  );
}

function RuleList({ d }: { d: Consultation }) {
  const r = useRuleTexts(d);
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="consultation-rules">
      <li>{r.participation}</li>
      {r.approval.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

interface BallotValues {
  channel: 'paper' | 'door_to_door';
  formNumber?: string;
  reason?: string;
  answers: Record<string, string>;
}

/** Enter a paper or door-to-door ballot (form number required), or correct a pending or counted ballot with a reason. */
function BallotModal({
  d,
  editing,
  onClose,
  onSaved,
}: {
  d: Consultation;
  editing: Editing | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const c = useCommunityId();
  // One Idempotency-Key per opened form, so a retried save never enters the same paper ballot twice.
  const key = useMemo(() => (editing ? newIdempotencyKey() : ''), [editing]);
  const initial = useMemo<Partial<BallotValues> | undefined>(
    () =>
      editing?.kind === 'correct'
        ? { answers: editing.answers, formNumber: editing.formNumber ?? undefined }
        : editing
          ? { channel: 'paper' }
          : undefined,
    [editing],
  );
  const title =
    editing?.kind === 'correct'
      ? `${t('consultations.c.correct')} ${editing.householdCode}`
      : editing
        ? `${t('consultations.c.enterPaper')} ${editing.code}`
        : '';
  return (
    <FormModal<BallotValues>
      open={!!editing}
      title={title}
      initialValues={initial}
      onClose={onClose}
      testId="ballot-modal"
      onSubmit={async (v) => {
        if (editing?.kind === 'correct') {
          const body = { answers: v.answers, reason: v.reason!, ...(v.formNumber ? { formNumber: v.formNumber } : {}) };
          await call(
            client.POST('/api/communities/{communityId}/consultations/{id}/ballots/{ballotId}/corrections', {
              params: { path: { communityId: c, id: d.id, ballotId: editing.ballotId } },
              body,
            }),
          );
        } else if (editing) {
          await call(
            client.POST('/api/communities/{communityId}/consultations/{id}/paper-ballots', {
              params: { path: { communityId: c, id: d.id }, header: idempotent(key) },
              body: {
                householdId: editing.householdId,
                channel: v.channel,
                formNumber: v.formNumber,
                answers: v.answers,
              },
            }),
          );
        }
        onSaved();
      }}
    >
      {editing?.kind === 'paper' && (
        <Form.Item name="channel" label={t('consultations.c.channel')}>
          <Select
            data-testid="ballot-channel"
            options={[
              { value: 'paper', label: t('consultations.c.channels.paper') },
              { value: 'door_to_door', label: t('consultations.c.channels.door_to_door') },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item
        name="formNumber"
        label={t('consultations.c.formNumber')}
        rules={[{ required: editing?.kind === 'paper', max: 40 }]}
      >
        <Input data-testid="ballot-form-number" />
      </Form.Item>
      {d.questions.map((qq, i) => (
        <Form.Item
          key={qq.key}
          name={['answers', qq.key]}
          label={`${t('consultations.question', { n: i + 1 })}：${qq.text}`}
          // A validator, not `required`: antd would mark the radio group's plain div aria-required, which axe refuses.
          rules={[
            { validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('consultations.chooseAll')))) },
          ]}
        >
          <Radio.Group
            options={qq.options.map((o) => ({ value: o.key, label: o.label }))}
            data-testid={`ballot-${qq.key}`}
          />
        </Form.Item>
      ))}
      {editing?.kind === 'correct' && (
        <Form.Item name="reason" label={t('consultations.c.reason')} rules={[{ required: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={2} data-testid="ballot-reason" />
        </Form.Item>
      )}
    </FormModal>
  );
}
