import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Table,
  Tag,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { ApiError, call, client, errorText, type Body } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { useCanManage } from '../../topics/manage';
import { ATTENDANCE_PARTIES, SIGNING_PARTIES, type Meeting } from '../types';

type AgendaItem = Meeting['agenda'][number];
type Party = Body<'/api/communities/{communityId}/meetings/{id}/close'>['signatures'][number]['party'];

type Row = { party: (typeof ATTENDANCE_PARTIES)[number]; expected: number; present: number; names: string };

/** One meeting: agenda, attendance per party (应到/实到), minutes, decisions, action items, and closing with signatures. */
export default function DetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id } = useParams();
  const c = useCommunityId();
  const path = { communityId: c, id: id! };
  const manage = useCanManage();
  const { data: m, error, reload } = useApi('/api/communities/{communityId}/meetings/{id}', { path });
  const [rows, setRows] = useState<Row[]>([]);
  const [minutes, setMinutes] = useState('');
  const [decisions, setDecisions] = useState('');
  const [agenda, setAgenda] = useState<AgendaItem[]>([]);
  const [newAgenda, setNewAgenda] = useState('');
  /** What the server said was missing when closing failed, kept on the page until the next try. */
  const [closeError, setCloseError] = useState<string | null>(null);
  const [signers, setSigners] = useState<Record<string, string>>({});
  const [itemForm] = Form.useForm();
  useEffect(() => {
    if (!m) return;
    setRows(
      ATTENDANCE_PARTIES.map((p) => {
        const a = m.attendance.find((x) => x.party === p);
        return { party: p, expected: a?.expected ?? 0, present: a?.present ?? 0, names: a?.names.join('，') ?? '' };
      }),
    );
    setMinutes(m.minutes ?? '');
    setDecisions(m.decisions.join('\n'));
    setAgenda(m.agenda);
    setSigners(Object.fromEntries(m.signatures.map((s) => [s.party, s.name])));
  }, [m]);

  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(t('meetings.ok'));
      reload();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
  };
  if (error)
    return (
      <Page title={t('meetings.detail')}>
        <p role="alert">{error.localized}</p>
      </Page>
    );
  if (!m)
    return (
      <Page title={t('meetings.detail')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  const editable = manage && m.status === 'planned';
  const setRow = (i: number, patchRow: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patchRow } : r)));
  const saveAttendance = () =>
    run(() =>
      call(
        client.PUT('/api/communities/{communityId}/meetings/{id}/attendance', {
          params: { path },
          body: {
            items: rows
              .filter((r) => r.expected > 0 || r.present > 0)
              .map((r) => ({
                party: r.party,
                expected: r.expected,
                present: r.present,
                names: r.names
                  .split(/[,，、\s]+/)
                  .map((s) => s.trim())
                  .filter(Boolean),
              })),
          },
        }),
      ),
    );
  const close = async () => {
    setCloseError(null);
    try {
      // The keys are the signing parties the page offers (and those already signed), so they are the close body's parties.
      const signatures = (Object.entries(signers) as Array<[Party, string]>)
        .filter(([, n]) => n.trim())
        .map(([party, name]) => ({ party, name: name.trim() }));
      await call(
        client.POST('/api/communities/{communityId}/meetings/{id}/close', { params: { path }, body: { signatures } }),
      );
      message.success(t('meetings.ok'));
      reload();
    } catch (e) {
      setCloseError(e instanceof ApiError ? e.localized : errorText(e));
    }
  };
  const saveRecord = () =>
    run(() =>
      call(
        client.PATCH('/api/communities/{communityId}/meetings/{id}', {
          params: { path },
          body: {
            minutes,
            decisions: decisions
              .split('\n')
              .map((x) => x.trim())
              .filter(Boolean),
          },
        }),
      ),
    );
  const saveAgenda = (items: AgendaItem[]) =>
    run(() =>
      call(
        client.PATCH('/api/communities/{communityId}/meetings/{id}', {
          params: { path },
          body: { agenda: items.map((a) => ({ kind: a.kind, refId: a.refId, title: a.title })) },
        }),
      ),
    );
  const absent = SIGNING_PARTIES.filter((p) => !m.attendance.some((a) => a.party === p && a.present > 0));
  const agendaLink = (a: AgendaItem) =>
    a.refId && a.kind === 'topic' ? (
      <Link to={`/topics/${a.refId}`}>{a.title}</Link>
    ) : a.refId && a.kind === 'ticket' ? (
      <Link to={`/tickets/${a.refId}`}>{a.title}</Link>
    ) : (
      a.title
    );

  return (
    <Page
      title={m.title}
      extra={
        editable && (
          <Button type="primary" onClick={() => void close()} data-testid="meeting-close">
            {t('meetings.close')}
          </Button>
        )
      }
    >
      {closeError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={closeError}
          data-testid="meeting-close-error"
          closable
          onClose={() => setCloseError(null)}
        />
      )}
      {m.kind === 'forum' && m.attendance.length > 0 && absent.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="meeting-four-parties"
          message={t('meetings.fourPartiesMissing', {
            parties: absent.map((p) => t(`meetings.parties.${p}`)).join('、'),
          })}
        />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 4 }} data-testid="meeting-detail">
        <Descriptions.Item label={t('meetings.kind')}>{t(`meetings.kinds.${m.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.scheduledAt')}>{formatTime(m.scheduledAt)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.location')}>{m.location ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.status')}>
          <Tag className={m.status === 'closed' ? 'tag-ok' : undefined} data-testid="meeting-status">
            {t(`meetings.statuses.${m.status}`)}
          </Tag>
        </Descriptions.Item>
        {m.topicId && (
          <Descriptions.Item label={t('meetings.topic')} span={4}>
            <Link to={`/topics/${m.topicId}`} data-testid="meeting-topic-link">
              {t('meetings.openTopic')}
            </Link>
          </Descriptions.Item>
        )}
      </Descriptions>

      <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('meetings.agenda')}</h2>}>
        {agenda.length ? (
          <ol data-testid="meeting-agenda" style={{ margin: 0, paddingLeft: 20 }}>
            {agenda.map((a, i) => (
              <li key={`${a.kind}-${a.refId ?? a.title}-${i}`} style={{ marginBottom: 4 }}>
                <Tag>{t(`meetings.agendaKinds.${a.kind}`)}</Tag>
                {agendaLink(a)}
                {editable && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => void saveAgenda(agenda.filter((_, j) => j !== i))}
                    aria-label={`${t('meetings.removeAgenda')}：${a.title}`}
                    data-testid={`agenda-remove-${i}`}
                  >
                    {t('meetings.removeAgenda')}
                  </Button>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('meetings.noAgenda')}</p>
        )}
        {editable && (
          <Space.Compact style={{ marginTop: 12, width: '100%', maxWidth: 520 }}>
            <Input
              value={newAgenda}
              maxLength={200}
              onChange={(e) => setNewAgenda(e.target.value)}
              aria-label={t('meetings.addAgenda')}
              placeholder={t('meetings.addAgenda')}
              data-testid="agenda-new"
            />
            <Button
              disabled={!newAgenda.trim()}
              data-testid="agenda-add"
              onClick={async () => {
                if (await saveAgenda([...agenda, { kind: 'other', refId: null, title: newAgenda.trim() }]))
                  setNewAgenda('');
              }}
            >
              {t('meetings.add')}
            </Button>
          </Space.Compact>
        )}
      </Card>

      <Card
        style={{ marginTop: 16 }}
        title={
          <h2 className="card-title">
            {t('meetings.attendance')}（{t('meetings.total')} {m.totals.present}/{m.totals.expected}）
          </h2>
        }
        extra={
          editable && (
            <Button onClick={() => void saveAttendance()} data-testid="attendance-save">
              {t('meetings.saveAttendance')}
            </Button>
          )
        }
      >
        <Table
          rowKey="party"
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="meeting-attendance"
          columns={[
            { title: t('meetings.party'), dataIndex: 'party', render: (p: string) => t(`meetings.parties.${p}`) },
            {
              title: t('meetings.expected'),
              dataIndex: 'expected',
              render: (v: number, r: Row, i: number) =>
                editable ? (
                  <InputNumber
                    min={0}
                    max={500}
                    value={v}
                    onChange={(x) => setRow(i, { expected: x ?? 0 })}
                    aria-label={`${t(`meetings.parties.${r.party}`)} ${t('meetings.expected')}`}
                    data-testid={`expected-${r.party}`}
                  />
                ) : (
                  v
                ),
            },
            {
              title: t('meetings.present'),
              dataIndex: 'present',
              render: (v: number, r: Row, i: number) =>
                editable ? (
                  <InputNumber
                    min={0}
                    max={500}
                    value={v}
                    onChange={(x) => setRow(i, { present: x ?? 0 })}
                    aria-label={`${t(`meetings.parties.${r.party}`)} ${t('meetings.present')}`}
                    data-testid={`present-${r.party}`}
                  />
                ) : (
                  v
                ),
            },
            {
              title: t('meetings.names'),
              dataIndex: 'names',
              render: (v: string, r: Row, i: number) =>
                editable ? (
                  <Input
                    value={v}
                    maxLength={1000}
                    onChange={(e) => setRow(i, { names: e.target.value })}
                    aria-label={`${t(`meetings.parties.${r.party}`)} ${t('meetings.names')}`}
                  />
                ) : (
                  v
                ),
            },
          ]}
        />
      </Card>

      <Card
        style={{ marginTop: 16 }}
        title={<h2 className="card-title">{t('meetings.minutes')}</h2>}
        extra={
          editable && (
            <Button onClick={() => void saveRecord()} data-testid="minutes-save">
              {t('meetings.saveMinutes')}
            </Button>
          )
        }
      >
        {editable ? (
          <>
            <Input.TextArea
              rows={6}
              maxLength={20000}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              aria-label={t('meetings.minutes')}
              data-testid="meeting-minutes"
            />
            <label htmlFor="meeting-decisions" style={{ display: 'block', fontWeight: 600, margin: '12px 0 4px' }}>
              {t('meetings.decisionsHint')}
            </label>
            <Input.TextArea
              id="meeting-decisions"
              rows={3}
              value={decisions}
              onChange={(e) => setDecisions(e.target.value)}
              data-testid="meeting-decisions"
            />
          </>
        ) : (
          <p style={{ whiteSpace: 'pre-wrap' }} data-testid="meeting-minutes">
            {m.minutes ?? '—'}
          </p>
        )}
        {!editable && m.decisions.length > 0 && (
          <>
            <h3 className="card-title" style={{ marginTop: 12 }}>
              {t('meetings.decisions')}
            </h3>
            <ol data-testid="meeting-decision-list">
              {m.decisions.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ol>
          </>
        )}
      </Card>

      <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('meetings.signatures')}</h2>}>
        {editable ? (
          <>
            <p className="muted">{t('meetings.closeHint')}</p>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 12 }}>
              {SIGNING_PARTIES.map((p) => (
                <label key={p}>
                  {t('meetings.signer', { party: t(`meetings.parties.${p}`) })}
                  <Input
                    value={signers[p] ?? ''}
                    maxLength={50}
                    onChange={(e) => setSigners((s) => ({ ...s, [p]: e.target.value }))}
                    data-testid={`signer-${p}`}
                  />
                </label>
              ))}
            </div>
          </>
        ) : (
          <ul className="plain-list" data-testid="meeting-signatures">
            {m.signatures.map((s, i) => (
              <li key={i}>
                {t(`meetings.parties.${s.party}`)}：{s.name}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('meetings.actionItems')}</h2>}>
        <List
          size="small"
          dataSource={m.actionItems}
          locale={{ emptyText: t('meetings.noItems') }}
          data-testid="meeting-action-items"
          renderItem={(a) => (
            <List.Item>
              <Checkbox
                checked={a.done}
                onChange={(e) =>
                  void run(() =>
                    call(
                      client.PATCH('/api/communities/{communityId}/meetings/{id}/action-items/{itemId}', {
                        params: { path: { ...path, itemId: a.id } },
                        body: { done: e.target.checked },
                      }),
                    ),
                  )
                }
                data-testid={`item-done-${a.id}`}
              >
                {a.text}
              </Checkbox>
              <span className="muted">
                {a.ownerName} · {a.dueDate}
                {a.overdue && !a.done ? ` · ${t('meetings.overdue')}` : ''}
              </span>
            </List.Item>
          )}
        />
        {editable && (
          <Form
            form={itemForm}
            layout="inline"
            style={{ marginTop: 12, rowGap: 8 }}
            onFinish={async (v) => {
              if (
                await run(() =>
                  call(
                    client.POST('/api/communities/{communityId}/meetings/{id}/action-items', {
                      params: { path },
                      body: { text: v.text, ownerName: v.ownerName, dueDate: v.dueDate.format('YYYY-MM-DD') },
                    }),
                  ),
                )
              )
                itemForm.resetFields();
            }}
          >
            <Form.Item name="text" rules={[{ required: true, max: 1000 }]}>
              <Input
                aria-label={t('meetings.text')}
                placeholder={t('meetings.text')}
                style={{ width: 280 }}
                data-testid="item-text"
              />
            </Form.Item>
            <Form.Item name="ownerName" rules={[{ required: true, max: 50 }]}>
              <Input aria-label={t('meetings.owner')} placeholder={t('meetings.owner')} data-testid="item-owner" />
            </Form.Item>
            <Form.Item name="dueDate" rules={[{ required: true }]}>
              <DatePicker aria-label={t('meetings.due')} placeholder={t('meetings.due')} data-testid="item-due" />
            </Form.Item>
            <Button htmlType="submit" data-testid="item-add">
              {t('meetings.addItem')}
            </Button>
          </Form>
        )}
      </Card>
    </Page>
  );
}
