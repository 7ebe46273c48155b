import { useState } from 'react';
import { App, Button, Drawer, Form, Input, List, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GridMemberRole, GridT } from '../../../../../contract/org';
import { AuditButton } from '../../../components/AuditDrawer';
import { FormModal, useEditing } from '../../../components/FormModal';
import { Page } from '../../../components/Page';
import { call, client, errorText } from '../../../lib/api';
import { usePaged } from '../../../lib/usePaged';
import { useCommunityId } from '../../../console/session';
import { GRID_MEMBER_ROLES, PHONE_PATTERN } from '../codes';
import { BuildingSelect, useOrgRights } from '../shared';
import { testId } from '../../../lib/testid';

type GridForm = { name: string; note?: string };
type MemberForm = { role: GridMemberRole; name: string; phone?: string; buildingId?: string };

/** Grids (网格) with their buildings and service teams (楼组长, 党员第二楼组长, 红色物业专员). */
export default function GridsPage() {
  const { t } = useTranslation();
  const communityId = useCommunityId();
  const rights = useOrgRights();
  const list = usePaged('/api/communities/{communityId}/grids', { communityId });
  const editing = useEditing<GridT>();
  const [teamOf, setTeamOf] = useState<string>();
  const teamGrid = list.items.find((g) => g.id === teamOf);

  return (
    <Page
      title={t('nav.grids')}
      extra={
        rights.manage && (
          <Button type="primary" onClick={editing.create} data-testid="grid-create">
            {t('org.gridCreate')}
          </Button>
        )
      }
    >
      <Table<GridT>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={list.pagination}
        onRow={() => testId('grid-row')}
        columns={[
          { title: t('org.name'), dataIndex: 'name' },
          {
            title: t('nav.buildings'),
            key: 'buildings',
            render: (_, g) =>
              g.buildings.map((b) => (
                <Tag key={b.id}>
                  {b.estateName} {b.name}
                </Tag>
              )),
          },
          {
            title: t('org.team'),
            key: 'team',
            render: (_, g) => (
              <ul className="plain-list">
                {g.team.map((m) => (
                  <li key={m.id}>
                    {t(`org.gridRoles.${m.role}`)}：{m.name}
                    {m.phone ? ` ${m.phone}` : ''}
                  </li>
                ))}
              </ul>
            ),
          },
          { title: t('org.note'), dataIndex: 'note' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, g) => (
              <Space size={0} wrap>
                {rights.manage && (
                  <Button type="link" size="small" onClick={() => editing.edit(g)} data-testid="grid-edit">
                    {t('common.edit')}
                  </Button>
                )}
                {rights.manage && (
                  <Button type="link" size="small" onClick={() => setTeamOf(g.id)} data-testid="grid-team">
                    {t('org.teamManage')}
                  </Button>
                )}
                {rights.audit && <AuditButton communityId={communityId} entityType="grid" entityId={g.id} />}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<GridForm>
        open={editing.open}
        testId="grid-form"
        title={t(editing.record ? 'org.gridEdit' : 'org.gridCreate')}
        onClose={editing.close}
        initialValues={editing.record ? { name: editing.record.name, note: editing.record.note ?? '' } : undefined}
        onSubmit={async (v) => {
          const body = { name: v.name, note: v.note || null };
          await call(
            editing.record
              ? client.PATCH('/api/communities/{communityId}/grids/{id}', {
                  params: { path: { communityId, id: editing.record.id } },
                  body,
                })
              : client.POST('/api/communities/{communityId}/grids', { params: { path: { communityId } }, body }),
          );
          list.reload();
        }}
      >
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true }, { max: 50 }]}>
          <Input maxLength={50} data-testid="grid-name" />
        </Form.Item>
        <Form.Item name="note" label={t('org.note')} rules={[{ max: 500 }]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </FormModal>
      <Drawer
        open={!!teamGrid}
        onClose={() => setTeamOf(undefined)}
        title={teamGrid ? t('org.teamOf', { name: teamGrid.name }) : ''}
        width={520}
        destroyOnHidden
      >
        {teamGrid && <TeamEditor grid={teamGrid} onChange={list.reload} />}
      </Drawer>
    </Page>
  );
}

function TeamEditor({ grid, onChange }: { grid: GridT; onChange: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const communityId = useCommunityId();
  const [form] = Form.useForm<MemberForm>();
  const [busy, setBusy] = useState(false);

  async function run(p: Promise<unknown>) {
    setBusy(true);
    try {
      await p;
      message.success(t('common.saved'));
      onChange();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <List
        data-testid="grid-team-list"
        dataSource={grid.team}
        locale={{ emptyText: t('org.teamEmpty') }}
        renderItem={(m) => (
          <List.Item
            actions={[
              <Popconfirm
                key="d"
                title={t('org.memberRemoveConfirm', { name: m.name })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  run(
                    call(
                      client.DELETE('/api/communities/{communityId}/grids/{id}/members/{memberId}', {
                        params: { path: { communityId, id: grid.id, memberId: m.id } },
                      }),
                    ),
                  )
                }
              >
                <Button type="link" danger size="small">
                  {t('common.remove')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={`${m.name}${m.phone ? ` · ${m.phone}` : ''}`}
              description={t(`org.gridRoles.${m.role}`)}
            />
          </List.Item>
        )}
      />
      <h2 className="drawer-subtitle">{t('org.memberAdd')}</h2>
      <Form
        form={form}
        layout="vertical"
        data-testid="grid-member-form"
        onFinish={async (v) => {
          const body = { role: v.role, name: v.name, phone: v.phone || null, buildingId: v.buildingId || null };
          const ok = await run(
            call(
              client.POST('/api/communities/{communityId}/grids/{id}/members', {
                params: { path: { communityId, id: grid.id } },
                body,
              }),
            ),
          );
          if (ok) form.resetFields();
        }}
      >
        <Form.Item name="role" label={t('org.role')} rules={[{ required: true }]}>
          <Select options={GRID_MEMBER_ROLES.map((r) => ({ value: r, label: t(`org.gridRoles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('org.personName')} rules={[{ required: true, whitespace: true }, { max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('org.phone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }]}
        >
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item name="buildingId" label={t('org.building')}>
          <BuildingSelect />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="grid-member-submit">
          {t('common.add')}
        </Button>
      </Form>
    </>
  );
}
