import { Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountT, GrantableRole } from '../../../../../contract/org';
import { FormModal, useEditing } from '../../../components/FormModal';
import { Page } from '../../../components/Page';
import { SearchBox } from '../../../components/SearchBox';
import { call, client } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { usePaged } from '../../../lib/usePaged';
import { GRANTABLE_ROLES, PHONE_PATTERN } from '../codes';
import { useCommunityId } from '../../../console/session';
import { testId } from '../../../lib/testid';

type AccountForm = { login: string; displayName: string; phone?: string; password: string; roles: GrantableRole[] };

/** Accounts of the community and their roles (only staff see this page). */
export default function AccountsPage() {
  const { t } = useTranslation();
  const communityId = useCommunityId();
  const list = usePaged('/api/communities/{communityId}/accounts', { communityId });
  const creating = useEditing<never>();
  const roles = useEditing<AccountT>();
  const roleOptions = GRANTABLE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));

  return (
    <Page
      title={t('nav.accounts')}
      extra={
        <Button type="primary" onClick={creating.create} data-testid="account-create">
          {t('org.accountCreate')}
        </Button>
      }
    >
      <Space wrap className="filters" role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('org.accountSearch')} onSearch={(q) => list.setFilters({ ...list.filters, q })} />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('org.role')}
          aria-label={t('org.role')}
          options={roleOptions}
          value={list.filters.role}
          onChange={(role) => list.setFilters({ ...list.filters, role })}
          data-testid="filter-role"
        />
      </Space>
      <Table<AccountT>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={list.pagination}
        onRow={() => testId('account-row')}
        columns={[
          { title: t('org.login'), dataIndex: 'login' },
          { title: t('org.displayName'), dataIndex: 'displayName' },
          { title: t('org.phone'), dataIndex: 'phone' },
          {
            title: t('org.roles'),
            dataIndex: 'roles',
            render: (rs: string[]) => rs.map((r) => <Tag key={r}>{t(`roles.${r}`, { defaultValue: r })}</Tag>),
          },
          {
            title: t('org.status'),
            dataIndex: 'disabled',
            render: (d: boolean) => (d ? <Tag color="red">{t('org.disabled')}</Tag> : t('org.enabled')),
          },
          { title: t('org.lastLogin'), dataIndex: 'lastLoginAt', render: (v: string | null) => formatTime(v) },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, a) => (
              <Button type="link" size="small" onClick={() => roles.edit(a)} data-testid="account-roles">
                {t('org.rolesEdit')}
              </Button>
            ),
          },
        ]}
      />
      <FormModal<AccountForm>
        open={creating.open}
        testId="account-form"
        title={t('org.accountCreate')}
        onClose={creating.close}
        onSubmit={async (v) => {
          const body = {
            login: v.login,
            displayName: v.displayName,
            phone: v.phone || null,
            password: v.password,
            roles: v.roles,
          };
          await call(
            client.POST('/api/communities/{communityId}/accounts', { params: { path: { communityId } }, body }),
          );
          list.reload();
        }}
      >
        <Form.Item
          name="login"
          label={t('org.login')}
          extra={t('org.loginHint')}
          rules={[{ required: true }, { pattern: /^[a-zA-Z0-9_.@-]{3,64}$/, message: t('validation.login') }]}
        >
          <Input maxLength={64} autoComplete="off" data-testid="account-login" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('org.displayName')}
          rules={[{ required: true, whitespace: true }, { max: 50 }]}
        >
          <Input maxLength={50} data-testid="account-name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('org.phone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }]}
        >
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('org.initialPassword')}
          rules={[{ required: true }, { min: 10, message: t('validation.passwordMin') }, { max: 200 }]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} data-testid="account-password" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('org.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('validation.rolesRequired') }]}
        >
          <Select mode="multiple" optionFilterProp="label" options={roleOptions} data-testid="account-roles-select" />
        </Form.Item>
      </FormModal>
      <FormModal<{ roles: GrantableRole[] }>
        open={roles.open}
        testId="account-roles-form"
        title={roles.record ? t('org.rolesOf', { name: roles.record.displayName }) : ''}
        onClose={roles.close}
        initialValues={
          roles.record
            ? { roles: roles.record.roles.filter((r): r is GrantableRole => (GRANTABLE_ROLES as string[]).includes(r)) }
            : undefined
        }
        onSubmit={async (v) => {
          await call(
            client.PUT('/api/communities/{communityId}/accounts/{userId}/roles', {
              params: { path: { communityId, userId: roles.record!.id } },
              body: { roles: v.roles ?? [] },
            }),
          );
          list.reload();
        }}
      >
        <Form.Item name="roles" label={t('org.roles')}>
          <Select mode="multiple" optionFilterProp="label" options={roleOptions} data-testid="account-roles-edit" />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
