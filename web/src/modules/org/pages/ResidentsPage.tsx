import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Gender, ResidentT, Tag as TagCode } from '../../../../../contract/org';
import { AuditButton } from '../../../components/AuditDrawer';
import { FormModal, useEditing } from '../../../components/FormModal';
import { Page } from '../../../components/Page';
import { Reveal } from '../../../components/Reveal';
import { SearchBox } from '../../../components/SearchBox';
import { call, client, type Body } from '../../../lib/api';
import { usePaged } from '../../../lib/usePaged';
import { useCommunityId } from '../../../console/session';
import { GENDERS, ID_NUMBER_PATTERN, PHONE_PATTERN, TAGS } from '../codes';
import { BuildingSelect, EstateSelect, HouseholdSelect, useOrgRights } from '../shared';
import { testId } from '../../../lib/testid';

type Filters = { q?: string; tag?: TagCode; estateId?: string; buildingId?: string; ageMin?: number; ageMax?: number };
type Field = Body<'/api/communities/{communityId}/residents/{id}/reveal'>['field'];
type ResidentForm = {
  householdId?: string;
  name: string;
  gender?: Gender;
  birthDate?: string;
  phone?: string;
  idNumber?: string;
  tags?: TagCode[];
  note?: string;
};

/** Tags of a resident, in the interface language. */
export function TagList({ tags }: { tags: TagCode[] }) {
  const { t } = useTranslation();
  return (
    <>
      {tags.map((x) => (
        <Tag key={x} color={x === 'party_member' ? 'red' : undefined}>
          {t(`org.tagNames.${x}`)}
        </Tag>
      ))}
    </>
  );
}

/** Residents (居民): search, filter by tag, estate, building and age; masked numbers revealed with a reason. */
export default function ResidentsPage() {
  const { t } = useTranslation();
  const communityId = useCommunityId();
  const rights = useOrgRights();
  const list = usePaged('/api/communities/{communityId}/residents', { communityId }, {} as Filters);
  const editing = useEditing<ResidentT>();
  const f = list.filters;
  const reveal = (id: string, field: Field) => (reason: string) =>
    call(
      client.POST('/api/communities/{communityId}/residents/{id}/reveal', {
        params: { path: { communityId, id } },
        body: { field, reason },
      }),
    );
  const setAge = (k: 'ageMin' | 'ageMax', v: number | null) => list.setFilters({ ...f, [k]: v ?? undefined });

  return (
    <Page
      title={t('nav.residents')}
      extra={
        rights.manage && (
          <Button type="primary" onClick={editing.create} data-testid="resident-create">
            {t('org.residentCreate')}
          </Button>
        )
      }
    >
      <Space wrap className="filters" role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('org.residentSearch')} onSearch={(q) => list.setFilters({ ...f, q })} />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('org.tags')}
          aria-label={t('org.tags')}
          value={f.tag}
          data-testid="filter-tag"
          options={TAGS.map((x) => ({ value: x, label: t(`org.tagNames.${x}`) }))}
          onChange={(tag) => list.setFilters({ ...f, tag })}
        />
        <EstateSelect
          style={{ width: 160 }}
          value={f.estateId}
          data-testid="filter-estate"
          onChange={(estateId) => list.setFilters({ ...f, estateId, buildingId: undefined })}
        />
        <BuildingSelect
          style={{ width: 180 }}
          estateId={f.estateId}
          value={f.buildingId}
          data-testid="filter-building"
          onChange={(buildingId) => list.setFilters({ ...f, buildingId })}
        />
        <Space.Compact>
          <InputNumber
            min={0}
            max={150}
            precision={0}
            placeholder={t('org.ageMin')}
            aria-label={t('org.ageMin')}
            value={f.ageMin}
            onChange={(v) => setAge('ageMin', v)}
            data-testid="filter-age-min"
          />
          <InputNumber
            min={0}
            max={150}
            precision={0}
            placeholder={t('org.ageMax')}
            aria-label={t('org.ageMax')}
            value={f.ageMax}
            onChange={(v) => setAge('ageMax', v)}
            data-testid="filter-age-max"
          />
        </Space.Compact>
      </Space>
      <Table<ResidentT>
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={{ ...list.pagination, showTotal: (n) => t('common.total', { count: n }) }}
        onRow={() => testId('resident-row')}
        scroll={{ x: 1400 }}
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
          {
            title: t('org.gender'),
            dataIndex: 'gender',
            render: (g: Gender | null) => (g ? t(`org.genders.${g}`) : ''),
          },
          { title: t('org.age'), dataIndex: 'age', align: 'right' },
          {
            title: t('org.phone'),
            key: 'phone',
            width: 190,
            render: (_, r) =>
              rights.manage ? (
                <Reveal
                  masked={r.phone}
                  reveal={reveal(r.id, 'phone')}
                  field="phone"
                  label={`${r.name} ${t('org.phone')}`}
                />
              ) : (
                r.phone
              ),
          },
          {
            title: t('org.idNumber'),
            key: 'idNumber',
            width: 250,
            render: (_, r) =>
              rights.manage ? (
                <Reveal
                  masked={r.idNumber}
                  reveal={reveal(r.id, 'idNumber')}
                  field="idNumber"
                  label={`${r.name} ${t('org.idNumber')}`}
                />
              ) : (
                r.idNumber
              ),
          },
          { title: t('org.tags'), dataIndex: 'tags', render: (tags: TagCode[]) => <TagList tags={tags} /> },
          {
            title: t('org.household'),
            key: 'h',
            render: (_, r) =>
              r.householdId ? (
                `${r.estateName ?? ''} ${r.buildingName ?? ''} ${r.room ?? ''}`
              ) : (
                <span className="muted">{t('org.none')}</span>
              ),
          },
          {
            title: t('org.account'),
            dataIndex: 'hasAccount',
            render: (a: boolean) => (a ? t('common.yes') : t('common.no')),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                {rights.manage && (
                  <Button type="link" size="small" onClick={() => editing.edit(r)} data-testid="resident-edit">
                    {t('common.edit')}
                  </Button>
                )}
                {rights.audit && <AuditButton communityId={communityId} entityType="resident" entityId={r.id} />}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<ResidentForm>
        open={editing.open}
        testId="resident-form"
        title={t(editing.record ? 'org.residentEdit' : 'org.residentCreate')}
        onClose={editing.close}
        initialValues={
          editing.record
            ? {
                householdId: editing.record.householdId ?? undefined,
                name: editing.record.name,
                gender: editing.record.gender ?? undefined,
                birthDate: editing.record.birthDate ?? undefined,
                tags: editing.record.tags.filter(
                  (x) => x !== 'elderly' || !editing.record?.age || editing.record.age < 60,
                ),
                note: editing.record.note ?? '',
              }
            : undefined
        }
        onSubmit={async (v) => {
          const body: Body<'/api/communities/{communityId}/residents'> = {
            householdId: v.householdId ?? null,
            name: v.name,
            gender: v.gender ?? null,
            birthDate: v.birthDate || null,
            tags: v.tags ?? [],
            note: v.note || null,
          };
          // Numbers are masked in lists: send them only when typed, so an edit never overwrites them with a mask.
          if (v.phone) body.phone = v.phone;
          if (v.idNumber) body.idNumber = v.idNumber.toUpperCase();
          await call(
            editing.record
              ? client.PATCH('/api/communities/{communityId}/residents/{id}', {
                  params: { path: { communityId, id: editing.record.id } },
                  body,
                })
              : client.POST('/api/communities/{communityId}/residents', { params: { path: { communityId } }, body }),
          );
          list.reload();
        }}
      >
        <Form.Item name="householdId" label={t('org.household')}>
          <HouseholdSelect
            initialLabel={
              editing.record
                ? `${editing.record.estateName ?? ''} ${editing.record.buildingName ?? ''} ${editing.record.room ?? ''}`
                : undefined
            }
          />
        </Form.Item>
        <Form.Item name="name" label={t('org.personName')} rules={[{ required: true, whitespace: true }, { max: 50 }]}>
          <Input maxLength={50} data-testid="resident-name" />
        </Form.Item>
        <Form.Item name="gender" label={t('org.gender')}>
          <Radio.Group options={GENDERS.map((g) => ({ value: g, label: t(`org.genders.${g}`) }))} />
        </Form.Item>
        <Form.Item name="birthDate" label={t('org.birthDate')}>
          <Input type="date" max={new Date().toISOString().slice(0, 10)} min="1900-01-01" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('org.phone')}
          extra={editing.record?.phone ? t('org.keepMasked', { value: editing.record.phone }) : undefined}
          rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }]}
        >
          <Input inputMode="tel" maxLength={11} data-testid="resident-phone" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('org.idNumber')}
          extra={editing.record?.idNumber ? t('org.keepMasked', { value: editing.record.idNumber }) : undefined}
          rules={[{ pattern: ID_NUMBER_PATTERN, message: t('validation.idNumber') }]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="tags" label={t('org.tags')}>
          <Checkbox.Group options={TAGS.map((x) => ({ value: x, label: t(`org.tagNames.${x}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('org.note')} rules={[{ max: 500 }]}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
