import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Image, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { call, client, type Answer, type Body } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import { yuan } from '../types';
import { useAction } from './useAction';

type WorkOrder = Answer<'/api/communities/{communityId}/work-orders/{id}'>;
type QuoteLines = Body<'/api/communities/{communityId}/work-orders/{id}/quote', 'put'>['items'];
type Line = { feeItemId?: string; quantity: number };

/** One work order: the quote builder, sign-off, start, completion with photos, acceptance and the emergency review. */
export default function DetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const c = useCommunityId();
  const {
    data: d,
    reload,
    error,
  } = useApi('/api/communities/{communityId}/work-orders/{id}', { path: { communityId: c, id } });
  const path = { communityId: c, id };
  const run = useAction(reload);
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [comment, setComment] = useState('');
  const [cancelReason, setCancelReason] = useState('');

  if (error)
    return (
      <Page title={t('workorders.list')}>
        <p role="alert">{error.localized}</p>
      </Page>
    );
  if (!d)
    return (
      <Page title={t('workorders.list')}>
        <p>{t('common.loading')}</p>
      </Page>
    );
  const quoteOpen = d.can.edit && d.status === 'open' && d.signoffs.length === 0;
  return (
    <Page title={`${d.number} ${d.title}`}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="wo-detail">
        <Descriptions.Item label={t('workorders.status')}>
          <Tag data-testid="wo-status">{t(`workorders.statuses.${d.status}`)}</Tag>
          {d.emergency && <Tag color="red">{t('workorders.emergency')}</Tag>}
          {d.review.status !== 'not_needed' && (
            <Tag>{t(d.review.status === 'pending' ? 'workorders.reviewPending' : 'workorders.reviewed')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('workorders.source')}>{t(`workorders.sources.${d.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t('workorders.location')}>
          {d.estateName && `${d.estateName} · `}
          {d.location}
        </Descriptions.Item>
        <Descriptions.Item label={t('workorders.funding')}>
          {t(`workorders.fundings.${d.fundingSource}`)}
          {d.fundingRef && ` · ${d.fundingRef}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('workorders.total')}>
          <span data-testid="wo-total">{yuan(d.totalFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workorders.assignee')}>
          {t(`workorders.assignees.${d.assigneeKind}`)}
          {d.assigneeName && ` · ${d.assigneeName}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('workorders.executor')}>{d.executorName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('workorders.tickets')}>
          {d.tickets.length
            ? d.tickets.map((x) => (
                <div key={x.id}>
                  <Link to={`/tickets/${x.id}`} data-testid="wo-ticket">
                    {x.number} {x.title}
                  </Link>{' '}
                  · {t(`tickets.state.${x.state}`, { defaultValue: x.state })}
                </div>
              ))
            : t('workorders.noTickets')}
        </Descriptions.Item>
        {d.description && (
          <Descriptions.Item label={t('workorders.description')} span={2}>
            {d.description}
          </Descriptions.Item>
        )}
        {d.cancellation && (
          <Descriptions.Item label={t('workorders.cancelled')} span={2}>
            <span data-testid="wo-cancellation">
              {formatTime(d.cancellation.at)} · {d.cancellation.reason}
            </span>
          </Descriptions.Item>
        )}
      </Descriptions>

      <Card
        size="small"
        title={`${t('workorders.quote')}${d.feeListVersion ? ` · ${t('workorders.feeVersion', { v: d.feeListVersion })}` : ''}`}
        style={{ marginTop: 16 }}
      >
        {quoteOpen ? (
          <QuoteBuilder
            c={c}
            initial={d.items.map((i) => ({ feeItemId: i.feeItemId, quantity: i.quantity }))}
            onSave={(items) =>
              run(
                call(
                  client.PUT('/api/communities/{communityId}/work-orders/{id}/quote', {
                    params: { path },
                    body: { items },
                  }),
                ),
              )
            }
          />
        ) : (
          <Table
            size="small"
            rowKey="feeItemId"
            pagination={false}
            dataSource={d.items}
            data-testid="wo-quote"
            locale={{ emptyText: t('workorders.noQuote') }}
            columns={[
              { title: t('workorders.code'), dataIndex: 'code' },
              { title: t('workorders.item'), dataIndex: 'name' },
              { title: t('workorders.unit'), dataIndex: 'unit' },
              { title: t('workorders.unitPrice'), dataIndex: 'unitPriceFen', align: 'right', render: yuan },
              { title: t('workorders.quantity'), dataIndex: 'quantity', align: 'right' },
              { title: t('workorders.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
            ]}
          />
        )}
      </Card>

      {d.can.edit && (
        <AssigneeForm
          d={d}
          onSave={(body) =>
            run(call(client.PATCH('/api/communities/{communityId}/work-orders/{id}', { params: { path }, body })))
          }
        />
      )}

      <Card size="small" title={t('workorders.signoff')} style={{ marginTop: 16 }} data-testid="wo-signoff">
        <p>
          {d.signoffRequired
            ? t('workorders.signoffNeeded', { limit: yuan(d.signoffThresholdFen) })
            : t('workorders.signoffNotNeeded', { limit: yuan(d.signoffThresholdFen) })}
        </p>
        {d.signoffRequired && (
          <Space direction="vertical">
            {(['committee', 'staff'] as const).map((side) => {
              const s = d.signoffs.find((x) => x.role === side);
              return (
                <div key={side}>
                  {t(`workorders.sides.${side}`)}：
                  {s ? `${s.signerName} · ${formatTime(s.signedAt)}` : t('workorders.notSigned')}
                </div>
              );
            })}
          </Space>
        )}
        {d.can.sign && (
          <div style={{ marginTop: 8 }}>
            <Button
              type="primary"
              data-testid="wo-sign"
              onClick={() =>
                void run(
                  call(client.POST('/api/communities/{communityId}/work-orders/{id}/signoffs', { params: { path } })),
                )
              }
            >
              {t('workorders.sign', { side: t(`workorders.sides.${d.can.sign}`) })}
            </Button>
          </div>
        )}
      </Card>

      {(d.can.start || d.can.complete || d.can.accept || d.can.review) && (
        <Card size="small" style={{ marginTop: 16 }}>
          {d.can.start && (
            <Button
              type="primary"
              data-testid="wo-start"
              onClick={() =>
                void run(
                  call(client.POST('/api/communities/{communityId}/work-orders/{id}/start', { params: { path } })),
                )
              }
            >
              {t('workorders.start')}
            </Button>
          )}
          {d.can.complete && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input.TextArea
                rows={2}
                maxLength={1000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                aria-label={t('workorders.completeNote')}
                placeholder={t('workorders.completeNote')}
                data-testid="wo-complete-note"
              />
              <label>
                {t('workorders.choosePhotos')}{' '}
                <input
                  type="file"
                  accept="image/jpeg,image/png,image/webp"
                  multiple
                  data-testid="wo-photos"
                  onChange={(e) => setPhotos(Array.from(e.target.files ?? []))}
                />
              </label>
              <Button
                type="primary"
                disabled={!note.trim() || !photos.length}
                data-testid="wo-complete"
                onClick={() =>
                  void run(
                    call(
                      client.POST('/api/communities/{communityId}/work-orders/{id}/complete', {
                        params: { path },
                        body: { note: note.trim() },
                        bodySerializer: (body) => {
                          const form = new FormData();
                          form.append('data', JSON.stringify(body));
                          for (const p of photos) form.append('photos', p, p.name);
                          return form;
                        },
                      }),
                    ),
                  )
                }
              >
                {t('workorders.complete')}
              </Button>
            </Space>
          )}
          {(d.can.accept || d.can.review) && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input.TextArea
                rows={2}
                maxLength={500}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                aria-label={d.can.accept ? t('workorders.acceptComment') : t('workorders.reviewNote')}
                data-testid="wo-comment"
              />
              <Space>
                {d.can.accept && (
                  <Button
                    type="primary"
                    data-testid="wo-accept"
                    onClick={() =>
                      void run(
                        call(
                          client.POST('/api/communities/{communityId}/work-orders/{id}/accept', {
                            params: { path },
                            body: { comment },
                          }),
                        ),
                      )
                    }
                  >
                    {t('workorders.accept')}
                  </Button>
                )}
                {d.can.review && (
                  <Button
                    disabled={!comment.trim()}
                    data-testid="wo-review"
                    onClick={() =>
                      void run(
                        call(
                          client.POST('/api/communities/{communityId}/work-orders/{id}/review', {
                            params: { path },
                            body: { note: comment.trim() },
                          }),
                        ),
                      )
                    }
                  >
                    {t('workorders.review')}
                  </Button>
                )}
              </Space>
            </Space>
          )}
        </Card>
      )}

      {d.can.cancel && (
        <Card size="small" title={t('workorders.cancelTitle')} style={{ marginTop: 16 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              maxLength={500}
              value={cancelReason}
              onChange={(e) => setCancelReason(e.target.value)}
              aria-label={t('workorders.cancelReason')}
              placeholder={t('workorders.cancelReason')}
              data-testid="wo-cancel-reason"
            />
            <Button
              danger
              disabled={!cancelReason.trim()}
              data-testid="wo-cancel"
              onClick={() =>
                void run(
                  call(
                    client.POST('/api/communities/{communityId}/work-orders/{id}/cancel', {
                      params: { path },
                      body: { reason: cancelReason.trim() },
                    }),
                  ),
                )
              }
            >
              {t('workorders.cancel')}
            </Button>
          </Space.Compact>
          <p className="muted" style={{ marginTop: 8 }}>
            {t('workorders.cancelHint')}
          </p>
        </Card>
      )}

      {(d.completedAt || d.acceptedAt || d.review.note) && (
        <Descriptions bordered size="small" column={1} style={{ marginTop: 16 }}>
          {d.completedAt && (
            <Descriptions.Item label={t('workorders.complete')}>
              {formatTime(d.completedAt)} · {d.completionNote}
            </Descriptions.Item>
          )}
          {d.acceptedAt && (
            <Descriptions.Item label={t('workorders.acceptedBy')}>
              {d.acceptedByName} · {formatTime(d.acceptedAt)} {d.acceptanceComment}
            </Descriptions.Item>
          )}
          {d.review.note && (
            <Descriptions.Item label={t('workorders.review')}>
              {d.review.note} · {formatTime(d.review.at)}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {d.photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap style={{ margin: '12px 0' }} data-testid="wo-photo-list">
            {d.photos.map((p, i) => (
              <Image
                key={p.id}
                width={96}
                height={96}
                style={{ objectFit: 'cover' }}
                src={`${p.url}?size=thumb`}
                preview={{ src: p.url }}
                alt={`${t('workorders.photos')} ${i + 1}`}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </Page>
  );
}

/** Lines picked from the current fee list with a quantity each; the amounts follow as one types. */
function QuoteBuilder({ c, initial, onSave }: { c: string; initial: Line[]; onSave: (items: QuoteLines) => void }) {
  const { t } = useTranslation();
  const { data: fee } = useApi('/api/communities/{communityId}/fee-list', { path: { communityId: c } });
  const [lines, setLines] = useState<Line[]>(initial.length ? initial : [{ quantity: 1 }]);
  const byId = new Map((fee?.items ?? []).map((i) => [i.id, i]));
  const set = (i: number, l: Partial<Line>) => setLines(lines.map((x, k) => (k === i ? { ...x, ...l } : x)));
  const total = lines.reduce(
    (s, l) => s + Math.round((byId.get(l.feeItemId ?? '')?.unitPriceFen ?? 0) * (l.quantity || 0)),
    0,
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="wo-quote-builder">
      {lines.map((l, i) => {
        const item = byId.get(l.feeItemId ?? '');
        return (
          <Space key={i} wrap>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 360 }}
              aria-label={`${t('workorders.item')} ${i + 1}`}
              value={l.feeItemId}
              data-testid={`wo-line-item-${i}`}
              onChange={(v) => set(i, { feeItemId: v })}
              options={(fee?.items ?? []).map((f) => ({
                value: f.id,
                label: `${f.code} ${f.name}（${yuan(f.unitPriceFen)}/${f.unit}）`,
              }))}
            />
            <InputNumber
              min={0.01}
              max={100000}
              step={1}
              precision={2}
              value={l.quantity}
              aria-label={`${t('workorders.quantity')} ${i + 1}`}
              data-testid={`wo-line-qty-${i}`}
              onChange={(v) => set(i, { quantity: Number(v ?? 0) })}
              addonAfter={item?.unit ?? t('workorders.unit')}
            />
            <span>{item ? yuan(Math.round(item.unitPriceFen * (l.quantity || 0))) : '—'}</span>
            <Button
              onClick={() => setLines(lines.filter((_, k) => k !== i))}
              disabled={lines.length === 1}
              aria-label={`${t('workorders.removeLine')} ${i + 1}`}
            >
              ×
            </Button>
          </Space>
        );
      })}
      <Space>
        <Button onClick={() => setLines([...lines, { quantity: 1 }])} data-testid="wo-add-line">
          {t('workorders.addLine')}
        </Button>
        <strong data-testid="wo-quote-total">
          {t('workorders.total')}：{yuan(total)}
        </strong>
        <Button
          type="primary"
          data-testid="wo-save-quote"
          disabled={lines.some((l) => !l.feeItemId || !(l.quantity > 0))}
          onClick={() => onSave(lines.map((l) => ({ feeItemId: l.feeItemId!, quantity: l.quantity })))}
        >
          {t('workorders.saveQuote')}
        </Button>
      </Space>
    </Space>
  );
}

function AssigneeForm({
  d,
  onSave,
}: {
  d: WorkOrder;
  onSave: (b: Body<'/api/communities/{communityId}/work-orders/{id}', 'patch'>) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState(d.assigneeKind);
  const [name, setName] = useState(d.assigneeName ?? '');
  const [executor, setExecutor] = useState(d.executorName ?? '');
  return (
    <Card size="small" title={t('workorders.assignee')} style={{ marginTop: 16 }}>
      <Space wrap>
        <Select
          style={{ width: 160 }}
          aria-label={t('workorders.assignee')}
          value={kind}
          onChange={setKind}
          options={(['property', 'vendor'] as const).map((k) => ({ value: k, label: t(`workorders.assignees.${k}`) }))}
        />
        <Input
          style={{ width: 220 }}
          aria-label={t('workorders.assigneeName')}
          placeholder={t('workorders.assigneeName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
        />
        <Input
          style={{ width: 200 }}
          aria-label={t('workorders.executor')}
          placeholder={t('workorders.executor')}
          value={executor}
          onChange={(e) => setExecutor(e.target.value)}
          maxLength={100}
          data-testid="wo-executor"
        />
        <Button
          data-testid="wo-save-assignee"
          onClick={() =>
            onSave({ assigneeKind: kind, assigneeName: name.trim() || null, executorName: executor.trim() || null })
          }
        >
          {t('workorders.save')}
        </Button>
      </Space>
    </Card>
  );
}
