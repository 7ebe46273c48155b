import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Upload, message } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { formatTime } from '../../../lib/format';
import { useCommunityId } from '../../../console/session';
import { figureRows, rectificationPhotoSrc, type RectificationView, type RoundView } from '../types';
import { FIXERS, RECTIFIERS, useHasRole } from '../manage';

/** One round: result beside the quarter's ticket, work-order and duty figures (frozen at the close), who has scored (never what, before the close), rectifications. */
export default function DetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const c = useCommunityId();
  const {
    data: d,
    error,
    reload,
  } = useApi('/api/communities/{communityId}/evaluations/{id}', id ? { path: { communityId: c, id } } : null);
  const canRectify = useHasRole(RECTIFIERS);
  if (error)
    return (
      <Page title={t('evaluations.round')}>
        <p role="alert">{error.localized}</p>
      </Page>
    );
  if (!d)
    return (
      <Page title={t('evaluations.round')}>
        <p role="status">{t('common.loading')}</p>
      </Page>
    );
  const f = d.figures;
  return (
    <Page
      title={`${d.quarter} · ${d.estateName}`}
      extra={
        d.status === 'closed' && (
          <a href={`/p/evaluations/${d.id}`} target="_blank" rel="noreferrer" data-testid="evaluation-public-link">
            {t('evaluations.publicLink')}
          </a>
        )
      }
    >
      <Descriptions bordered size="small" column={2} data-testid="evaluation-summary">
        <Descriptions.Item label={t('evaluations.company')}>{d.companyName}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.statusTitle')}>
          <Tag color={d.status === 'open' ? '#0b57d0' : undefined} data-testid="evaluation-status">
            {t(`evaluations.status.${d.status}`)}
          </Tag>
          {d.closedReason && t(`evaluations.closedReason.${d.closedReason}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluations.deadline')}>{formatTime(d.deadlineAt)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.score')}>
          <strong data-testid="evaluation-score">{d.result?.score ?? t('evaluations.noScore')}</strong>
        </Descriptions.Item>
      </Descriptions>

      {d.result ? (
        <Card title={t('evaluations.members', d.result)} size="small" style={{ marginTop: 16 }}>
          <Table
            rowKey="key"
            pagination={false}
            size="small"
            dataSource={d.result.items}
            data-testid="evaluation-result"
            columns={[
              { title: t('evaluations.item'), dataIndex: 'labelZh' },
              { title: t('evaluations.weight'), dataIndex: 'weight' },
              { title: t('evaluations.mean'), dataIndex: 'mean' },
              {
                title: t('evaluations.range'),
                key: 'range',
                render: (_: unknown, r) => (r.min === null ? '—' : `${r.min}–${r.max}`),
              },
              { title: t('evaluations.spread'), dataIndex: 'spread' },
              { title: t('evaluations.comments'), dataIndex: 'comments', render: (v: string[]) => v.join('；') },
            ]}
          />
        </Card>
      ) : (
        <Card title={t('evaluations.progress')} size="small" style={{ marginTop: 16 }}>
          <p>
            {t('evaluations.scored', { n: d.scored, total: d.members })} · {t('evaluations.hidden')}
          </p>
          {d.progress && (
            <Space wrap>
              {d.progress.map((p, i) => (
                <Tag key={i} color={p.scored ? '#1e6b34' : undefined}>
                  {p.member} {p.scored ? t('evaluations.hasScored') : t('evaluations.notScored')}
                </Tag>
              ))}
            </Space>
          )}
        </Card>
      )}

      <Card title={t('evaluations.figures')} size="small" style={{ marginTop: 16 }}>
        <Descriptions size="small" column={3} data-testid="evaluation-figures">
          {figureRows(f, t('evaluations.notRecorded')).map((r) => (
            <Descriptions.Item key={r.key} label={t(`evaluations.${r.key}`)}>
              <span data-testid={`figure-${r.key}`}>{r.value}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
        <p className="muted">{t('evaluations.figuresNote')}</p>
      </Card>

      <Card title={t('evaluations.rectifications')} size="small" style={{ marginTop: 16 }}>
        <Rectifications items={d.rectifications} communityId={c} onChange={reload} testid="rectifications" />
        {d.status === 'closed' && canRectify && <NewRectification communityId={c} round={d} onDone={reload} />}
      </Card>
      {d.carried.length > 0 && (
        <Card title={t('evaluations.carried')} size="small" style={{ marginTop: 16 }}>
          <Rectifications items={d.carried} communityId={c} onChange={reload} testid="carried" />
        </Card>
      )}
    </Page>
  );
}

function Rectifications({
  items,
  communityId,
  onChange,
  testid,
}: {
  items: RectificationView[];
  communityId: string;
  onChange: () => void;
  testid: string;
}) {
  const { t } = useTranslation();
  const canFix = useHasRole(FIXERS);
  if (!items.length) return <p>{t('evaluations.noRectifications')}</p>;
  return (
    <Table
      rowKey="id"
      pagination={false}
      size="small"
      dataSource={items}
      data-testid={testid}
      columns={[
        { title: t('evaluations.quarter'), dataIndex: 'quarter' },
        { title: t('evaluations.title'), dataIndex: 'title' },
        {
          title: t('evaluations.due'),
          dataIndex: 'dueDate',
          render: (v: string, r) => (
            <>
              {v} {r.overdue && <Tag color="#b3261e">{t('evaluations.overdueTag')}</Tag>}
            </>
          ),
        },
        {
          title: t('evaluations.statusTitle'),
          dataIndex: 'status',
          render: (v: string, r) => (
            <Tag color={v === 'done' ? '#1e6b34' : '#8a4b00'} data-testid={`rect-status-${r.id}`}>
              {t(v === 'done' ? 'evaluations.done' : 'evaluations.open')}
            </Tag>
          ),
        },
        {
          title: t('evaluations.photos'),
          key: 'photos',
          render: (_: unknown, r) => (
            <Space wrap>
              {r.photos.map((p, i) => (
                <img
                  key={p.id}
                  src={rectificationPhotoSrc(communityId, r.id, p.id, 'thumb')}
                  alt={t('evaluations.photo', { n: i + 1 })}
                  height={48}
                />
              ))}
            </Space>
          ),
        },
        {
          title: '',
          key: 'act',
          render: (_: unknown, r) =>
            canFix && r.status === 'open' ? (
              <FixActions r={r} communityId={communityId} onChange={onChange} />
            ) : (
              r.doneNote
            ),
        },
      ]}
    />
  );
}

/** The property company's side: photos of the finished work, then "done" with a note. */
function FixActions({ r, communityId, onChange }: { r: RectificationView; communityId: string; onChange: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      await call(
        client.POST('/api/communities/{communityId}/rectifications/{id}/photos', {
          // openapi-typescript types the binary parts as strings (their names here); the serializer sends the File itself.
          params: { path: { communityId, id: r.id } },
          body: { photos: [file.name] },
          bodySerializer: () => {
            const form = new FormData();
            form.append('photos', file, file.name);
            return form;
          },
        }),
      );
      onChange();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const done = async () => {
    setBusy(true);
    try {
      await call(
        client.POST('/api/communities/{communityId}/rectifications/{id}/done', {
          params: { path: { communityId, id: r.id } },
          body: { note },
        }),
      );
      onChange();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap>
      <Upload
        accept="image/jpeg,image/png,image/webp"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button loading={busy} data-testid={`rect-upload-${r.id}`}>
          {t('evaluations.uploadPhotos')}
        </Button>
      </Upload>
      <Input
        aria-label={t('evaluations.doneNote')}
        placeholder={t('evaluations.doneNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        style={{ width: 180 }}
        data-testid={`rect-note-${r.id}`}
      />
      <Button
        type="primary"
        disabled={!note.trim() || !r.photos.length}
        loading={busy}
        onClick={() => void done()}
        data-testid={`rect-done-${r.id}`}
      >
        {t('evaluations.markDone')}
      </Button>
    </Space>
  );
}

function NewRectification({
  communityId,
  round,
  onDone,
}: {
  communityId: string;
  round: RoundView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ itemKey?: string; title: string; detail?: string; due: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await call(
        client.POST('/api/communities/{communityId}/evaluations/{id}/rectifications', {
          params: { path: { communityId, id: round.id } },
          body: {
            itemKey: v.itemKey ?? null,
            title: v.title,
            detail: v.detail ?? '',
            dueDate: v.due.format('YYYY-MM-DD'),
          },
        }),
      );
      form.resetFields();
      onDone();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginTop: 12, rowGap: 8 }}
      aria-label={t('evaluations.addRectification')}
    >
      <Form.Item name="itemKey" label={t('evaluations.item')}>
        <Select
          allowClear
          style={{ width: 160 }}
          options={round.rubric.items.map((i) => ({ value: i.key, label: i.labelZh }))}
          data-testid="rect-item"
        />
      </Form.Item>
      <Form.Item name="title" label={t('evaluations.title')} rules={[{ required: true }]}>
        <Input data-testid="rect-title" />
      </Form.Item>
      <Form.Item name="detail" label={t('evaluations.detail')}>
        <Input />
      </Form.Item>
      <Form.Item name="due" label={t('evaluations.due')} rules={[{ required: true }]}>
        <DatePicker data-testid="rect-due" />
      </Form.Item>
      <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="rect-add">
        {t('evaluations.addRectification')}
      </Button>
    </Form>
  );
}
