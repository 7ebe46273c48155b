import { Link } from 'react-router-dom';
import { App, Button, Form, Input, InputNumber, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BuildingT } from '../../../../../contract/org';
import { AuditButton } from '../../../components/AuditDrawer';
import { FormModal, useEditing } from '../../../components/FormModal';
import { Page } from '../../../components/Page';
import { call, client, errorText } from '../../../lib/api';
import { usePaged } from '../../../lib/usePaged';
import { useCommunityId } from '../../../console/session';
import { EstateSelect, GridSelect, useOrgRights } from '../shared';
import { SearchBox } from '../../../components/SearchBox';
import { testId } from '../../../lib/testid';

type BuildingForm = { estateId: string; name: string; gridId?: string; floors?: number; note?: string };

/** Buildings (楼栋): filter by estate and grid, assign a grid in place, print household join codes. */
export default function BuildingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const communityId = useCommunityId();
  const rights = useOrgRights();
  const list = usePaged('/api/communities/{communityId}/buildings', { communityId });
  const editing = useEditing<BuildingT>();

  async function assignGrid(b: BuildingT, gridId: string | undefined) {
    try {
      await call(
        client.PATCH('/api/communities/{communityId}/buildings/{id}', {
          params: { path: { communityId, id: b.id } },
          body: { gridId: gridId ?? null },
        }),
      );
      message.success(t('common.saved'));
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  }

  return (
    <Page
      title={t('nav.buildings')}
      extra={
        rights.manage && (
          <Button type="primary" onClick={editing.create} data-testid="building-create">
            {t('org.buildingCreate')}
          </Button>
        )
      }
    >
      <Space wrap className="filters" role="search" aria-label={t('common.filters')}>
        <EstateSelect
          style={{ width: 180 }}
          value={list.filters.estateId}
          onChange={(estateId) => list.setFilters({ ...list.filters, estateId })}
          data-testid="filter-estate"
        />
        <GridSelect
          style={{ width: 180 }}
          value={list.filters.gridId}
          onChange={(gridId) => list.setFilters({ ...list.filters, gridId })}
          data-testid="filter-grid"
        />
        <SearchBox label={t('org.buildingSearch')} onSearch={(q) => list.setFilters({ ...list.filters, q })} />
      </Space>
      <Table<BuildingT>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={list.pagination}
        onRow={() => testId('building-row')}
        columns={[
          { title: t('org.estate'), dataIndex: 'estateName' },
          { title: t('org.name'), dataIndex: 'name' },
          {
            title: t('org.grid'),
            key: 'grid',
            render: (_, b) =>
              rights.manage ? (
                <GridSelect
                  size="small"
                  style={{ width: 160 }}
                  value={b.gridId ?? undefined}
                  onChange={(g) => void assignGrid(b, g)}
                  aria-label={t('org.gridOf', { name: `${b.estateName} ${b.name}` })}
                  data-testid="building-grid"
                />
              ) : (
                b.gridName
              ),
          },
          { title: t('org.floors'), dataIndex: 'floors', align: 'right' },
          { title: t('org.counts.households'), dataIndex: 'households', align: 'right' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, b) => (
              <Space size={0} wrap>
                {rights.manage && (
                  <Button type="link" size="small" onClick={() => editing.edit(b)} data-testid="building-edit">
                    {t('common.edit')}
                  </Button>
                )}
                {rights.manage && (
                  <Link to={`/org/buildings/${b.id}/join-codes`} data-testid="building-join-codes">
                    {t('org.joinCodes')}
                  </Link>
                )}
                {rights.audit && <AuditButton communityId={communityId} entityType="building" entityId={b.id} />}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<BuildingForm>
        open={editing.open}
        testId="building-form"
        title={t(editing.record ? 'org.buildingEdit' : 'org.buildingCreate')}
        onClose={editing.close}
        initialValues={
          editing.record
            ? {
                estateId: editing.record.estateId,
                name: editing.record.name,
                gridId: editing.record.gridId ?? undefined,
                floors: editing.record.floors ?? undefined,
                note: editing.record.note ?? '',
              }
            : undefined
        }
        onSubmit={async (v) => {
          const body = {
            estateId: v.estateId,
            name: v.name,
            gridId: v.gridId ?? null,
            floors: v.floors ?? null,
            note: v.note || null,
          };
          await call(
            editing.record
              ? client.PATCH('/api/communities/{communityId}/buildings/{id}', {
                  params: { path: { communityId, id: editing.record.id } },
                  body,
                })
              : client.POST('/api/communities/{communityId}/buildings', { params: { path: { communityId } }, body }),
          );
          list.reload();
        }}
      >
        <Form.Item name="estateId" label={t('org.estate')} rules={[{ required: true }]}>
          <EstateSelect />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('org.buildingName')}
          rules={[{ required: true, whitespace: true }, { max: 30 }]}
        >
          <Input maxLength={30} data-testid="building-name" />
        </Form.Item>
        <Form.Item name="gridId" label={t('org.grid')}>
          <GridSelect />
        </Form.Item>
        <Form.Item name="floors" label={t('org.floors')} rules={[{ type: 'integer', min: 1, max: 200 }]}>
          <InputNumber min={1} max={200} precision={0} />
        </Form.Item>
        <Form.Item name="note" label={t('org.note')} rules={[{ max: 500 }]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
