import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Row,
  Select,
  Steps,
  Tag,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, errorText, getOp, type Item } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { CreateMeetingModal } from '../../meetings/console/CreateMeeting';
import { TopicWorkOrders } from '../../workorders/TopicWorkOrders';
import { TopicProjects } from '../../projects/TopicProjects';
import { TopicParking } from '../../parking/TopicParking';
import { useCanManage } from '../manage';
import { PARTIES, STAGES } from '../types';

const OPEN_TICKET_STATES = ['submitted', 'accepted', 'in_progress', 'waiting_on_reporter', 'reopened'];
type TicketHit = Item<'/api/communities/{communityId}/tickets'>;

/** One topic: the eight-stage path, what the active stage still needs, evidence, decision with four signatures, tickets, meetings. */
export default function DetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id } = useParams();
  const c = useCommunityId();
  const path = { communityId: c, id: id! };
  const manage = useCanManage();
  const { data: d, error, reload } = useApi('/api/communities/{communityId}/topics/{id}', { path });
  const { data: consultations } = useApi('/api/communities/{communityId}/consultations', {
    path: { communityId: c },
    query: { topicId: id },
  });
  const [skipping, setSkipping] = useState(false);
  const [closing, setClosing] = useState(false);
  const [resolveTickets, setResolveTickets] = useState(true);
  const [planning, setPlanning] = useState(false);
  const [skipReason, setSkipReason] = useState('');
  const [evForm] = Form.useForm();
  const [decForm] = Form.useForm();
  const [signForm] = Form.useForm();

  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(t('topics.done'));
      reload();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
  };

  if (error)
    return (
      <Page title={t('topics.detail')}>
        <p role="alert">{error.localized}</p>
      </Page>
    );
  if (!d)
    return (
      <Page title={t('topics.detail')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  const current = STAGES.indexOf(d.stage);
  const byStage = new Map(d.stages.map((s) => [s.stage, s]));
  const open = d.status === 'active';
  return (
    <Page
      title={d.title}
      extra={
        open &&
        manage && (
          <>
            <Button
              type="primary"
              disabled={d.missing.length > 0}
              data-testid="topic-advance"
              onClick={() =>
                d.stage === 'review'
                  ? setClosing(true)
                  : void run(() =>
                      call(
                        client.POST('/api/communities/{communityId}/topics/{id}/advance', {
                          params: { path },
                          body: {},
                        }),
                      ),
                    )
              }
            >
              {d.stage === 'review' ? t('topics.close') : t('topics.advance')}
            </Button>
            <Button onClick={() => setSkipping(true)} data-testid="topic-skip">
              {t('topics.skip')}
            </Button>
          </>
        )
      }
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="topic-detail">
        <Descriptions.Item label={t('topics.source')}>{t(`topics.sources.${d.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t('topics.status')}>{t(`topics.statusLabel.${d.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('topics.createdAt')}>{formatTime(d.createdAt)}</Descriptions.Item>
        {d.description && (
          <Descriptions.Item label={t('topics.description')} span={3}>
            {d.description}
          </Descriptions.Item>
        )}
      </Descriptions>

      <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('topics.path')}</h2>}>
        <Steps
          size="small"
          labelPlacement="vertical"
          current={current}
          status={d.status === 'closed' ? 'finish' : 'process'}
          data-testid="topic-stages"
          responsive
          items={STAGES.map((s) => {
            const st = byStage.get(s);
            return {
              title: t(`topics.stages.${s}`),
              description: st
                ? st.status === 'skipped'
                  ? t('topics.skipped', { reason: st.skipReason })
                  : `${t(`topics.stageStatus.${st.status}`)}${st.endedAt ? ` ${formatTime(st.endedAt)}` : ''}`
                : undefined,
            };
          })}
        />
        {open &&
          (d.missing.length > 0 ? (
            <Alert
              style={{ marginTop: 16 }}
              type="warning"
              showIcon
              data-testid="topic-missing"
              message={t('topics.missing')}
              description={
                <ul style={{ margin: 0 }}>
                  {d.missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Alert style={{ marginTop: 16 }} type="success" showIcon message={t('topics.ready')} />
          ))}
      </Card>

      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('topics.evidence')}</h2>}>
            <List
              size="small"
              dataSource={d.evidence}
              locale={{ emptyText: t('topics.noEvidence') }}
              data-testid="topic-evidence"
              renderItem={(e) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <>
                        <Tag>{t(`topics.stages.${e.stage}`)}</Tag>
                        <Tag>{t(`topics.kinds.${e.kind}`)}</Tag>{' '}
                        <span className="muted">{formatTime(e.createdAt)}</span>
                      </>
                    }
                    description={
                      <span style={{ color: '#1f1f1f' }}>
                        {e.text}
                        {e.fileRef ? ` · ${e.fileRef}` : ''}
                        {e.link && (
                          <span data-testid="evidence-link">
                            {' · '}
                            {e.link.labelZh}：
                            {e.link.path && e.link.title ? (
                              <Link to={e.link.path} style={{ textDecoration: 'underline' }}>
                                {e.link.title}
                              </Link>
                            ) : (
                              (e.link.title ?? t('topics.linkGone'))
                            )}
                          </span>
                        )}
                      </span>
                    }
                  />
                </List.Item>
              )}
            />
            {open && (
              <Form
                form={evForm}
                layout="vertical"
                style={{ marginTop: 12 }}
                initialValues={{ kind: 'note' }}
                data-testid="evidence-form"
                onFinish={async (v) => {
                  if (
                    await run(() =>
                      call(
                        client.POST('/api/communities/{communityId}/topics/{id}/evidence', {
                          params: { path },
                          body: { kind: v.kind, text: v.text, ...(v.fileRef ? { fileRef: v.fileRef } : {}) },
                        }),
                      ),
                    )
                  )
                    evForm.resetFields();
                }}
              >
                <Form.Item name="kind" label={t('topics.kind')}>
                  <Select
                    options={['note', 'file', 'meeting', 'option', 'publication'].map((k) => ({
                      value: k,
                      label: t(`topics.kinds.${k}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="text" label={t('topics.text')} rules={[{ required: true, max: 5000 }]}>
                  <Input.TextArea rows={2} data-testid="evidence-text" />
                </Form.Item>
                <Form.Item name="fileRef" label={t('topics.fileRef')} rules={[{ max: 500 }]}>
                  <Input />
                </Form.Item>
                <Button htmlType="submit" data-testid="evidence-add">
                  {t('topics.addEvidence')}
                </Button>
              </Form>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            style={{ marginTop: 16 }}
            title={<h2 className="card-title">{t('topics.decision')}</h2>}
            data-testid="topic-decision"
          >
            {d.decision ? (
              <p style={{ whiteSpace: 'pre-wrap' }}>{d.decision.text}</p>
            ) : (
              <p className="muted">{t('topics.noDecision')}</p>
            )}
            {(d.decision?.consultationId ?? d.consultationId) && (
              <p>
                <Link to={`/consultations/${d.decision?.consultationId ?? d.consultationId}`}>
                  {t('topics.consultation')}
                </Link>
              </p>
            )}
            {manage && d.stage === 'decision' && !d.decision?.signoffs.length && (
              <Form
                form={decForm}
                layout="vertical"
                initialValues={{ text: d.decision?.text }}
                onFinish={(v) =>
                  run(() =>
                    call(
                      client.PUT('/api/communities/{communityId}/topics/{id}/decision', {
                        params: { path },
                        body: { text: v.text, consultationId: d.consultationId },
                      }),
                    ),
                  )
                }
              >
                <Form.Item name="text" label={t('topics.decisionText')} rules={[{ required: true, max: 5000 }]}>
                  <Input.TextArea rows={3} data-testid="decision-text" />
                </Form.Item>
                <Button htmlType="submit" data-testid="decision-save">
                  {t('topics.saveDecision')}
                </Button>
              </Form>
            )}
            <h3 className="card-title" style={{ marginTop: 16 }}>
              {t('topics.signoffs')}
            </h3>
            <ul className="plain-list" data-testid="topic-signoffs">
              {PARTIES.map((p) => {
                const s = d.decision?.signoffs.find((x) => x.party === p);
                return (
                  <li key={p}>
                    {t(`topics.parties.${p}`)}：
                    {s ? (
                      `${s.signerName} · ${formatTime(s.signedAt)}`
                    ) : (
                      <span className="muted">{t('topics.notSigned')}</span>
                    )}
                  </li>
                );
              })}
            </ul>
            {d.stage === 'decision' && d.decision && (
              <Form
                form={signForm}
                layout="inline"
                style={{ marginTop: 12 }}
                onFinish={async (v) => {
                  if (
                    await run(() =>
                      call(
                        client.POST('/api/communities/{communityId}/topics/{id}/signoffs', {
                          params: { path },
                          body: v,
                        }),
                      ),
                    )
                  )
                    signForm.resetFields();
                }}
              >
                <Form.Item
                  name="party"
                  rules={[
                    {
                      validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('topics.chooseParty')))),
                    },
                  ]}
                >
                  <Select
                    aria-label={t('topics.party')}
                    placeholder={t('topics.party')}
                    style={{ width: 160 }}
                    options={PARTIES.map((p) => ({ value: p, label: t(`topics.parties.${p}`) }))}
                  />
                </Form.Item>
                <Form.Item name="signerName" rules={[{ required: true, max: 50 }]}>
                  <Input aria-label={t('topics.signer')} placeholder={t('topics.signer')} data-testid="signoff-name" />
                </Form.Item>
                <Button htmlType="submit" data-testid="signoff-submit">
                  {t('topics.sign')}
                </Button>
              </Form>
            )}
          </Card>
          <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('topics.tickets')}</h2>}>
            <List
              size="small"
              dataSource={d.tickets}
              locale={{ emptyText: t('topics.noTickets') }}
              data-testid="topic-tickets"
              renderItem={(x) => (
                <List.Item
                  actions={
                    open && manage
                      ? [
                          <Button
                            key="u"
                            size="small"
                            type="link"
                            onClick={() =>
                              void run(() =>
                                call(
                                  client.DELETE('/api/communities/{communityId}/topics/{id}/tickets/{ticketId}', {
                                    params: { path: { ...path, ticketId: x.id } },
                                  }),
                                ),
                              )
                            }
                            aria-label={`${t('topics.unlink')} ${x.number}`}
                            data-testid={`unlink-${x.number}`}
                          >
                            {t('topics.unlink')}
                          </Button>,
                        ]
                      : undefined
                  }
                >
                  <span>
                    <Link to={`/tickets/${x.id}`}>
                      {x.number} {x.title}
                    </Link>{' '}
                    <Tag>{t(`tickets.state.${x.state}`, { defaultValue: x.state })}</Tag>
                  </span>
                  <span className="muted">{t('topics.supportCount', { n: x.supportCount })}</span>
                </List.Item>
              )}
            />
            {open && manage && (
              <LinkTickets
                c={c}
                linked={d.tickets.map((x) => x.id)}
                onLink={(ids) =>
                  run(() =>
                    call(
                      client.POST('/api/communities/{communityId}/topics/{id}/tickets', {
                        params: { path },
                        body: { ticketIds: ids },
                      }),
                    ),
                  )
                }
              />
            )}
          </Card>
          <Card
            style={{ marginTop: 16 }}
            title={<h2 className="card-title">{t('topics.meetings')}</h2>}
            extra={
              open &&
              manage && (
                <Button size="small" onClick={() => setPlanning(true)} data-testid="topic-plan-meeting">
                  {t('topics.planMeeting')}
                </Button>
              )
            }
          >
            <List
              size="small"
              dataSource={d.meetings}
              locale={{ emptyText: t('topics.noMeetings') }}
              data-testid="topic-meetings"
              renderItem={(m) => (
                <List.Item>
                  <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                  <span className="muted">
                    {t(`topics.meetingStatus.${m.status}`, { defaultValue: m.status })} · {formatTime(m.scheduledAt)}
                  </span>
                </List.Item>
              )}
            />
          </Card>
          <TopicWorkOrders
            communityId={c}
            topic={{ id: d.id, title: d.title }}
            implementing={open && d.stage === 'implementation'}
          />
          <Card
            style={{ marginTop: 16 }}
            title={<h2 className="card-title">{t('topics.consultations')}</h2>}
            extra={
              open &&
              manage &&
              d.stage === 'consultation' && (
                <Link to={`/consultations/new?topicId=${d.id}`}>
                  <Button size="small" data-testid="topic-new-consultation">
                    {t('topics.newConsultation')}
                  </Button>
                </Link>
              )
            }
          >
            <List
              size="small"
              dataSource={consultations?.items ?? []}
              locale={{ emptyText: t('topics.noConsultations') }}
              data-testid="topic-consultations"
              renderItem={(x) => (
                <List.Item>
                  <Link to={`/consultations/${x.id}`}>{x.title}</Link>
                  <span className="muted">{t(`consultations.status.${x.status}`)}</span>
                </List.Item>
              )}
            />
          </Card>
          <TopicProjects communityId={c} topicId={d.id} />
          <TopicParking communityId={c} topicId={d.id} />
        </Col>
      </Row>
      <CreateMeetingModal open={planning} onClose={() => setPlanning(false)} topic={{ id: d.id, title: d.title }} />
      <Modal
        open={closing}
        title={t('topics.close')}
        onCancel={() => setClosing(false)}
        okText={t('topics.close')}
        okButtonProps={{ 'data-testid': 'close-ok' } as never}
        onOk={async () => {
          if (
            await run(() =>
              call(
                client.POST('/api/communities/{communityId}/topics/{id}/advance', {
                  params: { path },
                  body: { resolveTickets },
                }),
              ),
            )
          )
            setClosing(false);
        }}
      >
        <p>{t('topics.closeIntro')}</p>
        {d.tickets.some((x) => OPEN_TICKET_STATES.includes(x.state)) && (
          <Checkbox
            checked={resolveTickets}
            onChange={(e) => setResolveTickets(e.target.checked)}
            data-testid="close-resolve-tickets"
          >
            {t('topics.resolveTickets', { n: d.tickets.filter((x) => OPEN_TICKET_STATES.includes(x.state)).length })}
          </Checkbox>
        )}
      </Modal>
      <Modal
        open={skipping}
        title={t('topics.skip')}
        onCancel={() => setSkipping(false)}
        okButtonProps={{ disabled: skipReason.trim().length < 1, 'data-testid': 'skip-ok' } as never}
        onOk={async () => {
          if (
            await run(() =>
              call(
                client.POST('/api/communities/{communityId}/topics/{id}/advance', {
                  params: { path },
                  body: { skipReason: skipReason.trim() },
                }),
              ),
            )
          ) {
            setSkipping(false);
            setSkipReason('');
          }
        }}
      >
        <label htmlFor="skip-reason">{t('topics.skipReason')}</label>
        <Input.TextArea
          id="skip-reason"
          rows={3}
          maxLength={500}
          value={skipReason}
          onChange={(e) => setSkipReason(e.target.value)}
          data-testid="skip-reason"
        />
      </Modal>
    </Page>
  );
}

/** Search open tickets by number or words and link the chosen ones as the topic's source tickets. */
function LinkTickets({
  c,
  linked,
  onLink,
}: {
  c: string;
  linked: string[];
  onLink: (ids: string[]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<TicketHit[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [searching, setSearching] = useState(false);
  const search = async (q: string) => {
    setSearching(true);
    try {
      const r = await getOp('/api/communities/{communityId}/tickets', {
        path: { communityId: c },
        query: { scope: 'all', q: q.trim() || undefined, pageSize: 50 },
      });
      setHits(r.items.filter((x) => OPEN_TICKET_STATES.includes(x.state) && !linked.includes(x.id)));
    } catch {
      setHits([]);
    } finally {
      setSearching(false);
    }
  };
  const label = (x: TicketHit): ReactNode => `${x.number} ${x.title}`;
  return (
    <div style={{ display: 'flex', gap: 8, marginTop: 12, flexWrap: 'wrap' }}>
      <Select
        mode="multiple"
        showSearch
        filterOption={false}
        value={chosen}
        onChange={setChosen}
        onSearch={(q) => void search(q)}
        onFocus={() => {
          if (!hits.length) void search('');
        }}
        loading={searching}
        placeholder={t('topics.searchTickets')}
        aria-label={t('topics.searchTickets')}
        style={{ flex: 1, minWidth: 240 }}
        data-testid="link-tickets-select"
        options={hits.map((x) => ({ value: x.id, label: label(x) }))}
        notFoundContent={searching ? t('common.loading') : t('topics.noOpenTickets')}
      />
      <Button
        disabled={!chosen.length}
        data-testid="link-tickets-submit"
        onClick={async () => {
          if (await onLink(chosen)) {
            setChosen([]);
            setHits([]);
          }
        }}
      >
        {t('topics.link')}
      </Button>
    </div>
  );
}
