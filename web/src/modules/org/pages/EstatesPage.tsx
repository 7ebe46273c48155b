import { Button, Form, Input, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EstateT } from '../../../../../contract/org';
import { AuditButton } from '../../../components/AuditDrawer';
import { FormModal, useEditing } from '../../../components/FormModal';
import { Page } from '../../../components/Page';
import { call, client } from '../../../lib/api';
import { usePaged } from '../../../lib/usePaged';
import { useCommunityId } from '../../../console/session';
import { useOrgRights } from '../shared';
import { testId } from '../../../lib/testid';

type EstateForm = { name: string; address?: string; note?: string };

/** Estates (小区) of the community, with their building and household counts. */
export default function EstatesPage() {
  const { t } = useTranslation();
  const communityId = useCommunityId();
  const rights = useOrgRights();
  const list = usePaged('/api/communities/{communityId}/estates', { communityId });
  const editing = useEditing<EstateT>();

  return (
    <Page
      title={t('nav.estates')}
      extra={
        rights.manage && (
          <Button type="primary" onClick={editing.create} data-testid="estate-create">
            {t('org.estateCreate')}
          </Button>
        )
      }
    >
      <Table<EstateT>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={list.pagination}
        onRow={() => testId('estate-row')}
        columns={[
          { title: t('org.name'), dataIndex: 'name' },
          { title: t('org.address'), dataIndex: 'address' },
          { title: t('org.counts.buildings'), dataIndex: 'buildings', align: 'right' },
          { title: t('org.counts.households'), dataIndex: 'households', align: 'right' },
          { title: t('org.note'), dataIndex: 'note' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, r) => (
              <Space size={0}>
                {rights.manage && (
                  <Button type="link" size="small" onClick={() => editing.edit(r)} data-testid="estate-edit">
                    {t('common.edit')}
                  </Button>
                )}
                {rights.audit && <AuditButton communityId={communityId} entityType="estate" entityId={r.id} />}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<EstateForm>
        open={editing.open}
        testId="estate-form"
        title={t(editing.record ? 'org.estateEdit' : 'org.estateCreate')}
        initialValues={
          editing.record
            ? { name: editing.record.name, address: editing.record.address ?? '', note: editing.record.note ?? '' }
            : undefined
        }
        onClose={editing.close}
        onSubmit={async (v) => {
          const body = { name: v.name, address: v.address || null, note: v.note || null };
          await call(
            editing.record
              ? client.PATCH('/api/communities/{communityId}/estates/{id}', {
                  params: { path: { communityId, id: editing.record.id } },
                  body,
                })
              : client.POST('/api/communities/{communityId}/estates', { params: { path: { communityId } }, body }),
          );
          list.reload();
        }}
      >
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true }, { max: 50 }]}>
          <Input maxLength={50} data-testid="estate-name" />
        </Form.Item>
        <Form.Item name="address" label={t('org.address')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={t('org.note')} rules={[{ max: 500 }]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
