import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  type ButtonProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { HouseholdT, ResidentT } from '../../../../../contract/org';
import { AuditButton } from '../../../components/AuditDrawer';
import { FormModal, useEditing } from '../../../components/FormModal';
import { Page } from '../../../components/Page';
import { SearchBox } from '../../../components/SearchBox';
import { call, client, errorText } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { usePaged } from '../../../lib/usePaged';
import { useCommunityId } from '../../../console/session';
import { BuildingSelect, EstateSelect, useOrgRights } from '../shared';
import { TagList } from './ResidentsPage';
import { testId } from '../../../lib/testid';

type HouseholdForm = { buildingId: string; room: string; code?: string; note?: string };

/** Households (户): filter by estate and building, search; details with residents and the representative. */
export default function HouseholdsPage() {
  const { t } = useTranslation();
  const communityId = useCommunityId();
  const nav = useNavigate();
  const rights = useOrgRights();
  const list = usePaged('/api/communities/{communityId}/households', { communityId });
  const editing = useEditing<HouseholdT>();
  const [detailId, setDetailId] = useState<string>();
  const buildingId = list.filters.buildingId;

  return (
    <Page
      title={t('nav.households')}
      extra={
        rights.manage && (
          <Space wrap>
            <Tooltip title={buildingId ? undefined : t('org.joinCodesPickBuilding')}>
              <Button
                disabled={!buildingId}
                onClick={() => nav(`/org/buildings/${buildingId}/join-codes`)}
                data-testid="household-print-codes"
              >
                {t('org.joinCodesPrint')}
              </Button>
            </Tooltip>
            <Button type="primary" onClick={editing.create} data-testid="household-create">
              {t('org.householdCreate')}
            </Button>
          </Space>
        )
      }
    >
      <Space wrap className="filters" role="search" aria-label={t('common.filters')}>
        <EstateSelect
          style={{ width: 180 }}
          value={list.filters.estateId}
          data-testid="filter-estate"
          onChange={(estateId) => list.setFilters({ ...list.filters, estateId, buildingId: undefined })}
        />
        <BuildingSelect
          style={{ width: 200 }}
          estateId={list.filters.estateId}
          value={buildingId}
          data-testid="filter-building"
          onChange={(b) => list.setFilters({ ...list.filters, buildingId: b })}
        />
        <SearchBox label={t('org.householdSearch')} onSearch={(q) => list.setFilters({ ...list.filters, q })} />
      </Space>
      <Table<HouseholdT>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={list.pagination}
        onRow={() => testId('household-row')}
        columns={[
          {
            title: t('org.householdCode'),
            dataIndex: 'code',
            render: (c: string, h) => (
              <Button type="link" size="small" onClick={() => setDetailId(h.id)} data-testid="household-open">
                {c}
              </Button>
            ),
          },
          { title: t('org.estate'), dataIndex: 'estateName' },
          { title: t('org.building'), dataIndex: 'buildingName' },
          { title: t('org.room'), dataIndex: 'room' },
          { title: t('org.counts.residents'), dataIndex: 'residents', align: 'right' },
          {
            title: t('org.representative'),
            key: 'rep',
            render: (_, h) => h.representative?.name ?? <span className="muted">{t('org.none')}</span>,
          },
          {
            title: t('org.joined'),
            dataIndex: 'joined',
            render: (j: boolean) =>
              j ? <Tag className="tag-ok">{t('org.joinedYes')}</Tag> : <Tag>{t('org.joinedNo')}</Tag>,
          },
        ]}
      />
      <Drawer
        open={!!detailId}
        onClose={() => setDetailId(undefined)}
        title={t('org.householdDetail')}
        width={720}
        destroyOnHidden
      >
        {detailId && <HouseholdDetail id={detailId} onChanged={list.reload} onEdit={(h) => editing.edit(h)} />}
      </Drawer>
      <FormModal<HouseholdForm>
        open={editing.open}
        testId="household-form"
        title={t(editing.record ? 'org.householdEdit' : 'org.householdCreate')}
        onClose={editing.close}
        initialValues={
          editing.record
            ? {
                buildingId: editing.record.buildingId,
                room: editing.record.room,
                code: editing.record.code,
                note: editing.record.note ?? '',
              }
            : { buildingId: buildingId as string }
        }
        onSubmit={async (v) => {
          const body = {
            buildingId: v.buildingId,
            room: v.room,
            ...(v.code ? { code: v.code } : {}),
            note: v.note || null,
          };
          await call(
            editing.record
              ? client.PATCH('/api/communities/{communityId}/households/{id}', {
                  params: { path: { communityId, id: editing.record.id } },
                  body,
                })
              : client.POST('/api/communities/{communityId}/households', { params: { path: { communityId } }, body }),
          );
          list.reload();
        }}
      >
        <Form.Item name="buildingId" label={t('org.building')} rules={[{ required: true }]}>
          <BuildingSelect />
        </Form.Item>
        <Form.Item name="room" label={t('org.room')} rules={[{ required: true, whitespace: true }, { max: 20 }]}>
          <Input maxLength={20} data-testid="household-room" />
        </Form.Item>
        <Form.Item name="code" label={t('org.householdCode')} extra={t('org.householdCodeHint')} rules={[{ max: 32 }]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="note" label={t('org.note')} rules={[{ max: 500 }]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </FormModal>
    </Page>
  );
}

function HouseholdDetail({
  id,
  onChanged,
  onEdit,
}: {
  id: string;
  onChanged: () => void;
  onEdit: (h: HouseholdT) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const communityId = useCommunityId();
  const rights = useOrgRights();
  const {
    data: h,
    error,
    reload,
  } = useApi('/api/communities/{communityId}/households/{id}', { path: { communityId, id } });

  async function setRepresentative(r: ResidentT) {
    try {
      await call(
        client.PUT('/api/communities/{communityId}/households/{id}/representative', {
          params: { path: { communityId, id } },
          body: { residentId: r.id },
        }),
      );
      message.success(t('org.representativeSet', { name: r.name }));
      reload();
      onChanged();
    } catch (e) {
      message.error(errorText(e));
    }
  }

  if (error) return <p role="alert">{error.localized}</p>;
  if (!h) return null;
  return (
    <div data-testid="household-detail">
      <Descriptions column={2} bordered size="small">
        <Descriptions.Item label={t('org.householdCode')}>{h.code}</Descriptions.Item>
        <Descriptions.Item label={t('org.room')}>
          {h.estateName} {h.buildingName} {h.room}
        </Descriptions.Item>
        <Descriptions.Item label={t('org.representative')}>{h.representative?.name ?? t('org.none')}</Descriptions.Item>
        <Descriptions.Item label={t('org.joined')}>
          {h.joined ? t('org.joinedYes') : t('org.joinedNo')}
        </Descriptions.Item>
        {h.note && (
          <Descriptions.Item label={t('org.note')} span={2}>
            {h.note}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Space style={{ margin: '12px 0' }}>
        {rights.manage && (
          <Button onClick={() => onEdit({ ...h, residents: h.residentCount })} data-testid="household-edit">
            {t('common.edit')}
          </Button>
        )}
        {rights.audit && <AuditButton communityId={communityId} entityType="household" entityId={h.id} />}
      </Space>
      <h2 className="drawer-subtitle">{t('org.residentsOfHousehold', { count: h.residents.length })}</h2>
      <Table<ResidentT>
        rowKey="id"
        dataSource={h.residents}
        pagination={false}
        size="small"
        onRow={() => testId('household-resident-row')}
        columns={[
          {
            title: t('org.personName'),
            dataIndex: 'name',
            render: (n: string, r) => (
              <>
                {n}
                {r.isRepresentative && (
                  <Tag color="blue" style={{ marginInlineStart: 8 }}>
                    {t('roles.representative')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('org.age'), dataIndex: 'age' },
          { title: t('org.phone'), dataIndex: 'phone' },
          { title: t('org.tags'), dataIndex: 'tags', render: (tags: ResidentT['tags']) => <TagList tags={tags} /> },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, r) =>
              rights.manage &&
              !r.isRepresentative && (
                <Popconfirm
                  title={t('org.representativeConfirm', { name: r.name })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => setRepresentative(r)}
                  okButtonProps={testId<ButtonProps>('set-representative-confirm')}
                >
                  <Button size="small" data-testid="set-representative">
                    {t('org.makeRepresentative')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </div>
  );
}
