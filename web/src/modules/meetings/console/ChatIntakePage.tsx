import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Collapse, Form, Input, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import {
  call,
  client,
  errorText,
  getOp,
  idempotent,
  newIdempotencyKey,
  type Answer,
  type Item,
} from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { currentLang } from '../../../app/i18n';
import { useCommunityId } from '../../../console/session';
import { EstateSelect } from '../../org/shared';

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
  status: 'pending' | 'created' | 'skipped';
  number?: string;
  ticketId?: string;
}

/** A ticket title from a message: its first line, cut to the 60 characters a title may have. */
const titleOf = (text: string) => [...text.split('\n')[0].trim()].slice(0, 30).join('');

/**
 * Group-chat intake: staff paste an export of the residents' WeChat group; the server splits it into
 * candidate tickets with a suggested category (nothing stored); staff confirm each as a ticket with
 * channel 群聊 (group_chat), skip it, or merge it into the candidate above (one problem told in two messages).
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
                      c={c}
                      estateId={estateId}
                      speaker={x.speaker}
                      value={x.residentId}
                      onChange={(v) => update(x.key, { residentId: v })}
                      testId={`candidate-${i}-resident`}
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
                </Space>
              )}
              {x.status === 'skipped' && (
                <Button size="small" onClick={() => update(x.key, { status: 'pending' })}>
                  {t('meetings.intake.undo')}
                </Button>
              )}
              {x.status === 'created' && x.ticketId && <Link to={`/tickets/${x.ticketId}`}>{x.number}</Link>}
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

type ResidentHit = Item<'/api/communities/{communityId}/residents'>;

/** Finds the resident behind a chat nickname: searches by name within the estate, starting from the nickname's surname (张阿姨 → 张). */
function ResidentPicker({
  c,
  estateId,
  speaker,
  value,
  onChange,
  testId,
}: {
  c: string;
  estateId?: string;
  speaker: string;
  value?: string;
  onChange: (v: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<ResidentHit[]>([]);
  const search = async (q: string) => {
    try {
      const r = await getOp('/api/communities/{communityId}/residents', {
        path: { communityId: c },
        query: { q: q.trim() || undefined, estateId, pageSize: 20 },
      });
      setHits(r.items);
    } catch {
      setHits([]);
    }
  };
  return (
    <Select
      showSearch
      filterOption={false}
      value={value}
      onChange={onChange}
      onSearch={(q) => void search(q)}
      onFocus={() => {
        if (!hits.length) void search([...speaker][0] ?? '');
      }}
      placeholder={t('meetings.intake.residentSearch')}
      aria-label={t('meetings.intake.resident')}
      style={{ width: 220, display: 'block' }}
      data-testid={testId}
      notFoundContent={t('meetings.intake.noResident')}
      options={hits.map((h) => ({ value: h.id, label: `${h.name}${h.householdCode ? ` · ${h.householdCode}` : ''}` }))}
    />
  );
}
