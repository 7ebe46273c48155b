import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Collapse, Form, Input, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, errorText, idempotent, newIdempotencyKey, type Answer } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { currentLang } from '../../../app/i18n';
import { useCommunityId } from '../../../console/session';
import { EstateSelect, ResidentPicker } from '../../org/shared';
import { TicketPicker } from '../../tickets/TicketPicker';

type ChatIntake = Answer<'/api/communities/{communityId}/meetings/chat-intake', 'post'>;

interface Candidate {
  key: string;
  speaker: string;
  time: string | null;
  /** First and last line of the message in the pasted export. */
  lines: number[];
  text: string;
  title: string;
  category: string;
  /** The resident the speaker is: a ticket is always someone's, recorded by staff on their behalf. */
  residentId?: string;
  /** One Idempotency-Key per candidate, so a retried confirm never files the same ticket twice. */
  idemKey: string;
  /** created: a new ticket; joined: added to an existing open ticket (its household then supports it). */
  status: 'pending' | 'created' | 'joined' | 'skipped';
  number?: string;
  ticketId?: string;
  /** The existing ticket chosen to join this candidate to. */
  joinTo?: { id: string; label: string };
}

/** A ticket title from a message: its first line, cut to the 60 characters a title may have. */
const titleOf = (text: string) => [...text.split('\n')[0].trim()].slice(0, 30).join('');

/**
 * Group-chat intake: staff paste an export of the residents' WeChat group; the server splits it into
 * candidate tickets with a suggested category (nothing stored); staff confirm each as a ticket with
 * channel 群聊 (group_chat), join it to an existing open ticket about the same problem (the speaker's household then
 * supports it), skip it, or merge it into the candidate above (one problem told in two messages).
 */
export default function ChatIntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const [text, setText] = useState('');
  const [estateId, setEstateId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ChatIntake | null>(null);
  const [items, setItems] = useState<Candidate[]>([]);
  const { data: cats } = useApi('/api/communities/{communityId}/ticket-categories', { path: { communityId: c } });
  const catOptions = (cats?.items ?? [])
    .filter((x) => x.active)
    .map((x) => ({ value: x.code, label: currentLang() === 'en' ? x.labelEn : x.labelZh }));

  const split = async () => {
    setBusy(true);
    try {
      const r = await call(
        client.POST('/api/communities/{communityId}/meetings/chat-intake', {
          params: { path: { communityId: c } },
          body: { text },
        }),
      );
      setResult(r);
      setItems(
        r.candidates.map((x, i) => ({
          key: `${i}-${x.lines[0]}`,
          speaker: x.speaker,
          time: x.time,
          lines: x.lines,
          text: x.text,
          title: titleOf(x.text),
          category: x.suggestedCategory,
          idemKey: newIdempotencyKey(),
          status: 'pending',
        })),
      );
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const update = (key: string, p: Partial<Candidate>) =>
    setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...p } : x)));
  const confirm = async (x: Candidate) => {
    if (!estateId) {
      message.error(t('meetings.intake.noEstate'));
      return;
    }
    try {
      const r = await call(
        client.POST('/api/communities/{communityId}/tickets', {
          params: { path: { communityId: c }, header: idempotent(x.idemKey) },
          body: {
            title: x.title.trim(),
            description: `${x.text}\n（${x.speaker}${x.time ? ` ${x.time}` : ''}）`.slice(0, 2000),
            category: x.category,
            locationKind: 'estate',
            estateId,
            channel: 'group_chat',
            onBehalfOfResidentId: x.residentId,
          },
        }),
      );
      update(x.key, { status: 'created', number: r.number, ticketId: r.id });
      message.success(t('meetings.intake.created', { number: r.number }));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  /** Joins the candidate to an existing open ticket: the words on its timeline, the speaker's household supporting it. */
  const join = async (x: Candidate) => {
    try {
      const r = await call(
        client.POST('/api/communities/{communityId}/tickets/{id}/joins', {
          params: { path: { communityId: c, id: x.joinTo!.id } },
          body: {
            onBehalfOfResidentId: x.residentId!,
            message: `${x.text}${x.time ? `（${x.time}）` : ''}`.slice(0, 2000),
            channel: 'group_chat',
          },
        }),
      );
      const number = x.joinTo!.label.split(' ')[0];
      update(x.key, { status: 'joined', number, ticketId: x.joinTo!.id });
      message.success(
        t(r.supported ? 'meetings.intake.joinedSupported' : 'meetings.intake.joined', { number, n: r.supportCount }),
      );
    } catch (e) {
      message.error(errorText(e));
    }
  };
  /** Folds a candidate into the nearest pending one above it: one problem, told in two messages. */
  const mergeUp = (i: number) =>
    setItems((xs) => {
      const target = xs
        .slice(0, i)
        .map((x, j) => [x, j] as const)
        .reverse()
        .find(([x]) => x.status === 'pending');
      if (!target) return xs;
      const [above, j] = target;
      const me = xs[i];
      const merged = {
        ...above,
        text: `${above.text}\n${me.speaker}：${me.text}`,
        lines: [above.lines[0], me.lines[1]],
      };
      return xs.flatMap((x, k) => (k === j ? [merged] : k === i ? [] : [x]));
    });

  const pendingAbove = (i: number) => items.slice(0, i).some((x) => x.status === 'pending');
  return (
    <Page title={t('meetings.intake.title')}>
      <p>{t('meetings.intake.intro')}</p>
      <Card>
        <Form layout="vertical" onFinish={() => void split()}>
          <Form.Item label={t('meetings.intake.estate')} required>
            <EstateSelect
              value={estateId}
              onChange={setEstateId}
              style={{ maxWidth: 320 }}
              data-testid="intake-estate"
            />
          </Form.Item>
          <Form.Item label={t('meetings.intake.paste')} htmlFor="intake-text">
            <Input.TextArea
              id="intake-text"
              rows={10}
              value={text}
              onChange={(e) => setText(e.target.value)}
              maxLength={200_000}
              data-testid="intake-text"
              placeholder={'2026-05-03 19:42 张阿姨:\n3号楼门口又停满了外来车辆…'}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!text.trim()} data-testid="intake-split">
            {t('meetings.intake.split')}
          </Button>
        </Form>
      </Card>
      {result && (
        <section aria-labelledby="intake-candidates" style={{ marginTop: 16 }}>
          <h2 id="intake-candidates" className="card-title" style={{ fontSize: 18 }}>
            {t('meetings.intake.candidates', { n: items.length })}
          </h2>
          {items.length === 0 && (
            <Alert type="info" showIcon message={t('meetings.intake.none')} style={{ marginTop: 8 }} />
          )}
          {items.map((x, i) => (
            <Card
              key={x.key}
              size="small"
              style={{ marginTop: 12 }}
              data-testid={`candidate-${i}`}
              title={
                <span>
                  {x.speaker}
                  {x.time ? ` · ${x.time}` : ''}{' '}
                  <span className="muted">· {t('meetings.intake.lines', { from: x.lines[0], to: x.lines[1] })}</span>
                </span>
              }
              extra={
                x.status === 'created' ? (
                  <Tag className="tag-ok" data-testid={`candidate-${i}-created`}>
                    {t('meetings.intake.created', { number: x.number })}
                  </Tag>
                ) : x.status === 'joined' ? (
                  <Tag className="tag-ok" data-testid={`candidate-${i}-joined`}>
                    {t('meetings.intake.joinedTag', { number: x.number })}
                  </Tag>
                ) : x.status === 'skipped' ? (
                  <Tag>{t('meetings.intake.skippedOne')}</Tag>
                ) : null
              }
            >
              <p style={{ whiteSpace: 'pre-wrap', margin: '0 0 8px' }}>{x.text}</p>
              {x.status === 'pending' && (
                <Space wrap align="end">
                  <label>
                    {t('meetings.intake.ticketTitle')}
                    <Input
                      value={x.title}
                      maxLength={60}
                      onChange={(e) => update(x.key, { title: e.target.value })}
                      style={{ width: 320, display: 'block' }}
                      data-testid={`candidate-${i}-title`}
                    />
                  </label>
                  <label>
                    {t('meetings.intake.category')}
                    <Select
                      value={x.category}
                      options={catOptions}
                      onChange={(v) => update(x.key, { category: v })}
                      style={{ width: 160, display: 'block' }}
                      aria-label={t('meetings.intake.category')}
                      data-testid={`candidate-${i}-category`}
                    />
                  </label>
                  <label>
                    {t('meetings.intake.resident')}
                    <ResidentPicker
                      estateId={estateId}
                      firstQuery={[...x.speaker][0] ?? ''}
                      value={x.residentId}
                      onChange={(v) => update(x.key, { residentId: v })}
                      label={t('meetings.intake.resident')}
                      placeholder={t('meetings.intake.residentSearch')}
                      notFound={t('meetings.intake.noResident')}
                      style={{ width: 220, display: 'block' }}
                      data-testid={`candidate-${i}-resident`}
                    />
                  </label>
                  <Button
                    type="primary"
                    disabled={[...x.title.trim()].length < 2 || !x.residentId}
                    onClick={() => void confirm(x)}
                    data-testid={`candidate-${i}-confirm`}
                  >
                    {t('meetings.intake.confirm')}
                  </Button>
                  <Button onClick={() => update(x.key, { status: 'skipped' })} data-testid={`candidate-${i}-skip`}>
                    {t('meetings.intake.skip')}
                  </Button>
                  {pendingAbove(i) && (
                    <Button onClick={() => mergeUp(i)} data-testid={`candidate-${i}-merge`}>
                      {t('meetings.intake.merge')}
                    </Button>
                  )}
                  <label>
                    {t('meetings.intake.joinTo')}
                    <TicketPicker
                      firstQuery={x.title.slice(0, 4)}
                      label={t('meetings.intake.joinTo')}
                      value={x.joinTo?.id}
                      onChange={(id, opt) =>
                        update(x.key, {
                          joinTo: id
                            ? { id, label: String((opt as { label?: unknown } | undefined)?.label ?? id) }
                            : undefined,
                        })
                      }
                      style={{ width: 260, display: 'block' }}
                      data-testid={`candidate-${i}-join-to`}
                    />
                  </label>
                  <Button
                    disabled={!x.joinTo || !x.residentId}
                    onClick={() => void join(x)}
                    data-testid={`candidate-${i}-join`}
                  >
                    {t('meetings.intake.join')}
                  </Button>
                </Space>
              )}
              {x.status === 'skipped' && (
                <Button size="small" onClick={() => update(x.key, { status: 'pending' })}>
                  {t('meetings.intake.undo')}
                </Button>
              )}
              {(x.status === 'created' || x.status === 'joined') && x.ticketId && (
                <Link to={`/tickets/${x.ticketId}`}>{x.number}</Link>
              )}
            </Card>
          ))}
          {result.skipped.length > 0 && (
            <Collapse
              style={{ marginTop: 16 }}
              items={[
                {
                  key: 'skipped',
                  label: `${t('meetings.intake.skipped', { n: result.skipped.length })} · ${t('meetings.intake.showSkipped')}`,
                  children: (
                    <ul className="plain-list" data-testid="intake-skipped">
                      {result.skipped.map((s) => (
                        <li key={s.line}>
                          <span className="muted">
                            {t('meetings.intake.line', { n: s.line })} · {t(`meetings.intake.reasons.${s.reason}`)}
                          </span>
                          　{s.text}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )}
        </section>
      )}
    </Page>
  );
}
