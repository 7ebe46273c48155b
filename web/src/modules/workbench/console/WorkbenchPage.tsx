import type { ReactNode } from 'react';
import { Alert, Card, Col, Empty, List, Row, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { errorText, type Answer } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';

type Bench = Answer<'/api/communities/{communityId}/workbench'>;
type TicketRow = NonNullable<Bench['tickets']>['mine'][number];

/** Rows shown per list before "see all". */
const SHOWN = 8;

/** The ticket lists, in the order shown: the answer's list, its test id and where "see all" leads. */
const TICKET_LISTS = [
  { key: 'overdue', id: 'overdue', more: '/tickets/overdue' },
  { key: 'dueSoon', id: 'due-soon', more: '/tickets' },
  { key: 'replied', id: 'replied', more: '/tickets' },
  { key: 'awaitingResident', id: 'awaiting-resident', more: '/tickets?state=resolved' },
  { key: 'mine', id: 'mine', more: '/tickets' },
  { key: 'grid', id: 'grid', more: '/tickets' },
] as const;

/** A section: a card titled with its count; an empty list says so kindly. */
function Section({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Card
      data-testid={`wb-${id}`}
      title={
        <Space>
          <span>{title}</span>
          <Tag color={count ? 'blue' : 'default'}>{count}</Tag>
        </Space>
      }
      size="small"
    >
      {count ? children : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />}
    </Card>
  );
}

function TicketList({ id, rows, more }: { id: string; rows: TicketRow[]; more: string }) {
  const { t } = useTranslation();
  return (
    <>
      <List
        size="small"
        dataSource={rows.slice(0, SHOWN)}
        renderItem={(r) => (
          <List.Item data-testid={`wb-${id}-row`}>
            <Link to={`/tickets/${r.id}`}>
              {r.number} {r.title}
            </Link>
            <Space size={4} wrap>
              <Tag>{t(`tickets.state.${r.state}`)}</Tag>
              {r.gridName && <Typography.Text type="secondary">{r.gridName}</Typography.Text>}
              <Typography.Text type="secondary">
                {r.dueAt ? t('workbench.due', { time: formatTime(r.dueAt) }) : t('workbench.paused')}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {rows.length > SHOWN && <Link to={more}>{t('workbench.more', { n: rows.length - SHOWN })}</Link>}
    </>
  );
}

/** 工作台: what needs doing today, per role; every row opens its record. */
export default function WorkbenchPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const { data: d, error } = useApi('/api/communities/{communityId}/workbench', { path: { communityId: c } });
  const tk = d?.tickets;
  const none =
    d && !d.tickets && !d.pendingBallots && !d.signoffs && !d.meetings && !d.consultations ? (
      <Alert type="info" showIcon message={t('workbench.nothingForRole')} />
    ) : null;
  return (
    <Page title={t('workbench.title')}>
      <Typography.Paragraph type="secondary">{t('workbench.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {none}
      {d && (
        <Row gutter={[16, 16]}>
          {tk &&
            TICKET_LISTS.map((l) => (
              <Col xs={24} lg={12} key={l.id}>
                <Section
                  id={l.id}
                  title={l.key === 'grid' && tk.allGrids ? t('workbench.gridAll') : t(`workbench.${l.key}`)}
                  count={tk[l.key].length}
                  empty={t(`workbench.${l.key}Empty`)}
                >
                  <TicketList id={l.id} rows={tk[l.key]} more={l.more} />
                </Section>
              </Col>
            ))}
          {d.pendingBallots && (
            <Col xs={24} lg={12}>
              <Section
                id="ballots"
                title={t('workbench.ballots')}
                count={d.pendingBallots.length}
                empty={t('workbench.ballotsEmpty')}
              >
                <List
                  size="small"
                  dataSource={d.pendingBallots}
                  renderItem={(b) => (
                    <List.Item data-testid="wb-ballots-row">
                      <Link to={`/consultations/${b.consultationId}`}>
                        {b.consultationTitle} · {b.householdCode}
                      </Link>
                      <Tag className={b.mine ? undefined : 'tag-warn'}>
                        {b.mine ? t('workbench.ballotMine') : t('workbench.ballotTheirs')}
                      </Tag>
                    </List.Item>
                  )}
                />
              </Section>
            </Col>
          )}
          {d.signoffs && (
            <Col xs={24} lg={12}>
              <Section
                id="signoffs"
                title={t('workbench.signoffs')}
                count={d.signoffs.length}
                empty={t('workbench.signoffsEmpty')}
              >
                <List
                  size="small"
                  dataSource={d.signoffs}
                  renderItem={(s) => (
                    <List.Item data-testid="wb-signoffs-row">
                      <Link to={`/topics/${s.id}`}>{s.title}</Link>
                      <Space size={4} wrap>
                        {s.parties.map((p) => (
                          <Tag key={p}>{t(`workbench.parties.${p}`)}</Tag>
                        ))}
                      </Space>
                    </List.Item>
                  )}
                />
              </Section>
            </Col>
          )}
          {d.meetings && (
            <Col xs={24} lg={12}>
              <Section
                id="meetings"
                title={t('workbench.meetings')}
                count={d.meetings.length}
                empty={t('workbench.meetingsEmpty')}
              >
                <List
                  size="small"
                  dataSource={d.meetings}
                  renderItem={(m) => (
                    <List.Item data-testid="wb-meetings-row" style={{ display: 'block' }}>
                      <Space wrap>
                        <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                        <Typography.Text type="secondary">
                          {formatTime(m.scheduledAt)}
                          {m.location ? ` · ${m.location}` : ''}
                        </Typography.Text>
                      </Space>
                      <div>
                        <Typography.Text type="secondary">
                          {m.openItems.length
                            ? t('workbench.openItems', { n: m.openItems.length })
                            : t('workbench.noOpenItems')}
                        </Typography.Text>
                        {m.openItems.length > 0 && (
                          <ul className="wb-items">
                            {m.openItems.map((i) => (
                              <li key={i.id}>
                                {i.text}（{t('workbench.itemDue', { owner: i.ownerName, date: i.dueDate })}）
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    </List.Item>
                  )}
                />
              </Section>
            </Col>
          )}
          {d.consultations && (
            <Col xs={24}>
              <Section
                id="consultations"
                title={t('workbench.consultations')}
                count={d.consultations.length}
                empty={t('workbench.consultationsEmpty')}
              >
                <Space direction="vertical" style={{ width: '100%' }}>
                  {d.consultations.map((x) => (
                    <div key={x.id} data-testid="wb-consultations-row">
                      <Space wrap>
                        <Link to={`/consultations/${x.id}`}>{x.title}</Link>
                        <Typography.Text type="secondary">
                          {t('workbench.closes', { time: formatTime(x.closesAt) })}
                        </Typography.Text>
                        <Tag color="blue">{t('workbench.turnout', { voted: x.voted, eligible: x.eligible })}</Tag>
                      </Space>
                      <Table
                        size="small"
                        pagination={false}
                        rowKey="buildingId"
                        dataSource={x.buildings}
                        columns={[
                          { title: t('workbench.building'), key: 'b', render: (_, b) => `${b.estate} ${b.building}` },
                          { title: t('workbench.votedOf'), key: 'v', render: (_, b) => `${b.voted} / ${b.eligible}` },
                          {
                            title: t('workbench.toVisit'),
                            key: 'tv',
                            render: (_, b) => (b.toVisit.length ? b.toVisit.join('、') : t('workbench.allVisited')),
                          },
                        ]}
                      />
                    </div>
                  ))}
                </Space>
              </Section>
            </Col>
          )}
        </Row>
      )}
    </Page>
  );
}
