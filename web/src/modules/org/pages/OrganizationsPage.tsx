import { useState } from 'react';
import { App, Button, Drawer, Form, Input, List, Popconfirm, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationT, OrgKind } from '../../../../../contract/org';
import { AuditButton } from '../../../components/AuditDrawer';
import { FormModal, useEditing } from '../../../components/FormModal';
import { Page } from '../../../components/Page';
import { SearchBox } from '../../../components/SearchBox';
import { call, client, errorText, type Body } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { usePaged } from '../../../lib/usePaged';
import { useCommunityId } from '../../../console/session';
import { ORG_KINDS, PHONE_PATTERN } from '../codes';
import { EstateSelect, useOrgRights } from '../shared';
import { testId } from '../../../lib/testid';

type OrgForm = {
  kind: OrgKind;
  name: string;
  estateId?: string;
  contactName?: string;
  contactPhone?: string;
  note?: string;
};
type MemberForm = { name: string; title?: string; phone?: string };

/** Bodies of the community: party branch, property companies, the committee, partner units, departments. */
export default function OrganizationsPage() {
  const { t } = useTranslation();
  const communityId = useCommunityId();
  const rights = useOrgRights();
  const list = usePaged('/api/communities/{communityId}/organizations', { communityId });
  const editing = useEditing<OrganizationT>();
  const [membersOf, setMembersOf] = useState<OrganizationT>();

  return (
    <Page
      title={t('nav.organizations')}
      extra={
        rights.manage && (
          <Button type="primary" onClick={editing.create} data-testid="organization-create">
            {t('org.organizationCreate')}
          </Button>
        )
      }
    >
      <Space wrap className="filters" role="search" aria-label={t('common.filters')}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('org.kind')}
          aria-label={t('org.kind')}
          value={list.filters.kind}
          data-testid="filter-kind"
          options={ORG_KINDS.map((k) => ({ value: k, label: t(`org.kinds.${k}`) }))}
          onChange={(kind) => list.setFilters({ ...list.filters, kind })}
        />
        <SearchBox label={t('org.organizationSearch')} onSearch={(q) => list.setFilters({ ...list.filters, q })} />
      </Space>
      <Table<OrganizationT>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={list.pagination}
        onRow={() => testId('organization-row')}
        columns={[
          { title: t('org.kind'), dataIndex: 'kind', render: (k: OrgKind) => t(`org.kinds.${k}`) },
          { title: t('org.name'), dataIndex: 'name' },
          { title: t('org.estate'), dataIndex: 'estateName' },
          {
            title: t('org.contact'),
            key: 'c',
            render: (_, o) => [o.contactName, o.contactPhone].filter(Boolean).join(' '),
          },
          { title: t('org.members'), dataIndex: 'members', align: 'right' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, o) => (
              <Space size={0} wrap>
                {rights.manage && (
                  <Button type="link" size="small" onClick={() => editing.edit(o)} data-testid="organization-edit">
                    {t('common.edit')}
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => setMembersOf(o)} data-testid="organization-members">
                  {t('org.members')}
                </Button>
                {rights.audit && <AuditButton communityId={communityId} entityType="organization" entityId={o.id} />}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<OrgForm>
        open={editing.open}
        testId="organization-form"
        title={t(editing.record ? 'org.organizationEdit' : 'org.organizationCreate')}
        onClose={editing.close}
        initialValues={
          editing.record
            ? {
                kind: editing.record.kind,
                name: editing.record.name,
                estateId: editing.record.estateId ?? undefined,
                contactName: editing.record.contactName ?? '',
                note: editing.record.note ?? '',
              }
            : undefined
        }
        onSubmit={async (v) => {
          const body: Body<'/api/communities/{communityId}/organizations'> = {
            kind: v.kind,
            name: v.name,
            estateId: v.estateId ?? null,
            contactName: v.contactName || null,
            note: v.note || null,
          };
          if (v.contactPhone) body.contactPhone = v.contactPhone;
          await call(
            editing.record
              ? client.PATCH('/api/communities/{communityId}/organizations/{id}', {
                  params: { path: { communityId, id: editing.record.id } },
                  body,
                })
              : client.POST('/api/communities/{communityId}/organizations', {
                  params: { path: { communityId } },
                  body,
                }),
          );
          list.reload();
        }}
      >
        <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true }]}>
          <Select
            options={ORG_KINDS.map((k) => ({ value: k, label: t(`org.kinds.${k}`) }))}
            data-testid="organization-kind"
          />
        </Form.Item>
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
          <Input maxLength={100} data-testid="organization-name" />
        </Form.Item>
        <Form.Item name="estateId" label={t('org.estate')}>
          <EstateSelect />
        </Form.Item>
        <Form.Item name="contactName" label={t('org.contactName')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('org.contactPhone')}
          extra={editing.record?.contactPhone ? t('org.keepMasked', { value: editing.record.contactPhone }) : undefined}
          rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }]}
        >
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item name="note" label={t('org.note')} rules={[{ max: 500 }]}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </FormModal>
      <Drawer
        open={!!membersOf}
        onClose={() => setMembersOf(undefined)}
        title={membersOf ? t('org.membersOf', { name: membersOf.name }) : ''}
        width={520}
        destroyOnHidden
      >
        {membersOf && <Members org={membersOf} canManage={rights.manage} onChange={list.reload} />}
      </Drawer>
    </Page>
  );
}

function Members({ org, canManage, onChange }: { org: OrganizationT; canManage: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const communityId = useCommunityId();
  const path = { communityId, id: org.id };
  const { data, reload } = useApi('/api/communities/{communityId}/organizations/{id}/members', { path });
  const [form] = Form.useForm<MemberForm>();

  async function run(p: Promise<unknown>) {
    try {
      await p;
      message.success(t('common.saved'));
      reload();
      onChange();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    }
  }

  return (
    <>
      <List
        data-testid="organization-member-list"
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('org.membersEmpty') }}
        renderItem={(m) => (
          <List.Item
            actions={
              canManage
                ? [
                    <Popconfirm
                      key="d"
                      title={t('org.memberRemoveConfirm', { name: m.name })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        run(
                          call(
                            client.DELETE('/api/communities/{communityId}/organizations/{id}/members/{memberId}', {
                              params: { path: { ...path, memberId: m.id } },
                            }),
                          ),
                        )
                      }
                    >
                      <Button type="link" danger size="small">
                        {t('common.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta title={m.name} description={[m.title, m.phone].filter(Boolean).join(' · ')} />
          </List.Item>
        )}
      />
      {canManage && (
        <>
          <h2 className="drawer-subtitle">{t('org.memberAdd')}</h2>
          <Form
            form={form}
            layout="vertical"
            data-testid="organization-member-form"
            onFinish={async (v) => {
              const body = { name: v.name, title: v.title || null, phone: v.phone || null };
              if (
                await run(
                  call(
                    client.POST('/api/communities/{communityId}/organizations/{id}/members', {
                      params: { path },
                      body,
                    }),
                  ),
                )
              )
                form.resetFields();
            }}
          >
            <Form.Item
              name="name"
              label={t('org.personName')}
              rules={[{ required: true, whitespace: true }, { max: 50 }]}
            >
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="title" label={t('org.title')} rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('org.phone')}
              rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }]}
            >
              <Input inputMode="tel" maxLength={11} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.add')}
            </Button>
          </Form>
        </>
      )}
    </>
  );
}
