import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, DatePicker, Form, Input, InputNumber, Select, Table, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { FormModal } from '../../../components/FormModal';
import { Reveal } from '../../../components/Reveal';
import { useApi } from '../../../lib/useApi';
import { call, client } from '../../../lib/api';
import { useCommunityId } from '../../../console/session';
import { useParkingRights } from './roles';

interface CarParkForm {
  name: string;
  estateId?: string;
  totalSpaces: number;
  openedOn: Dayjs;
  note?: string;
}
interface VehicleForm {
  householdId: string;
  plate: string;
  note?: string;
}

/** 停车管理: car parks with the rule in force, and the registered vehicles (plates masked). */
export default function ListPage() {
  const { t } = useTranslation();
  const c = useCommunityId();
  const navigate = useNavigate();
  const rights = useParkingRights();
  const path = { communityId: c };
  const parks = useApi('/api/communities/{communityId}/parking/car-parks', { path });
  const vehicles = useApi('/api/communities/{communityId}/parking/vehicles', { path });
  const estates = useApi('/api/communities/{communityId}/estates', { path });
  const [search, setSearch] = useState('');
  const households = useApi('/api/communities/{communityId}/households', {
    path,
    query: { q: search || undefined, page: 1, pageSize: 20 },
  });
  const [parkOpen, setParkOpen] = useState(false);
  const [vehicleOpen, setVehicleOpen] = useState(false);

  const carParks = (
    <>
      {parks.error && <p role="alert">{parks.error.localized}</p>}
      <Table
        rowKey="id"
        loading={parks.loading}
        dataSource={parks.data?.items}
        pagination={false}
        data-testid="car-parks-table"
        columns={[
          {
            title: t('parking.name'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/parking/${r.id}`}>{v}</Link>,
          },
          {
            title: t('parking.estate'),
            dataIndex: 'estateName',
            render: (v: string | null) => v ?? t('parking.outside'),
          },
          { title: t('parking.totalSpaces'), dataIndex: 'totalSpaces', align: 'right' },
          { title: t('parking.spaces'), dataIndex: 'spaces', align: 'right' },
          { title: t('parking.ownerPriority'), dataIndex: 'ownerPrioritySpaces', align: 'right' },
          { title: t('parking.openedOn'), dataIndex: 'openedOn' },
          {
            title: t('parking.ruleInForce'),
            dataIndex: 'ruleInForce',
            render: (r: { freeMinutes: number; effectiveOn: string } | null) =>
              r ? `${t('parking.freeMinutes')} ${r.freeMinutes} · ${r.effectiveOn}` : t('parking.noRule'),
          },
        ]}
      />
    </>
  );

  const vehicleTable = (
    <>
      {vehicles.error && <p role="alert">{vehicles.error.localized}</p>}
      <Table
        rowKey="id"
        loading={vehicles.loading}
        dataSource={vehicles.data?.items}
        pagination={{ pageSize: 20 }}
        data-testid="vehicles-table"
        columns={[
          {
            title: t('parking.plate'),
            dataIndex: 'plate',
            render: (v: string, r) =>
              rights.reveal && r.masked ? (
                <Reveal
                  masked={v}
                  field={`plate-${r.id}`}
                  label={t('parking.plate')}
                  reveal={(reason) =>
                    call(
                      client.POST('/api/communities/{communityId}/parking/vehicles/{id}/reveal', {
                        params: { path: { communityId: c, id: r.id } },
                        body: { reason },
                      }),
                    )
                  }
                />
              ) : (
                v
              ),
          },
          {
            title: t('parking.newEnergy'),
            dataIndex: 'newEnergy',
            render: (v: boolean) => (v ? <Tag className="tag-ok">{t('parking.newEnergy')}</Tag> : null),
          },
          { title: t('parking.household'), dataIndex: 'householdLabel' },
          { title: t('parking.note'), dataIndex: 'note' },
        ]}
      />
    </>
  );

  return (
    <Page
      title={t('parking.title')}
      extra={
        rights.manage && (
          <>
            <Button onClick={() => setVehicleOpen(true)} data-testid="vehicle-new">
              {t('parking.register')}
            </Button>{' '}
            <Button type="primary" onClick={() => setParkOpen(true)} data-testid="car-park-new">
              {t('parking.newCarPark')}
            </Button>
          </>
        )
      }
    >
      <FormModal<CarParkForm>
        open={parkOpen}
        title={t('parking.newCarPark')}
        testId="car-park-form"
        onClose={() => setParkOpen(false)}
        onSubmit={async (v) => {
          const p = await call(
            client.POST('/api/communities/{communityId}/parking/car-parks', {
              params: { path },
              body: {
                name: v.name,
                estateId: v.estateId ?? null,
                totalSpaces: v.totalSpaces,
                openedOn: v.openedOn.format('YYYY-MM-DD'),
                note: v.note ?? '',
              },
            }),
          );
          navigate(`/parking/${p.id}`);
        }}
      >
        <Form.Item name="name" label={t('parking.name')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="car-park-name" />
        </Form.Item>
        <Form.Item name="estateId" label={t('parking.estate')}>
          <Select
            allowClear
            placeholder={t('parking.outside')}
            options={estates.data?.items.map((e) => ({ value: e.id, label: e.name }))}
          />
        </Form.Item>
        <Form.Item name="totalSpaces" label={t('parking.totalSpaces')} rules={[{ required: true }]}>
          <InputNumber min={1} max={5000} precision={0} data-testid="car-park-total" />
        </Form.Item>
        <Form.Item name="openedOn" label={t('parking.openedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t('parking.note')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <FormModal<VehicleForm>
        open={vehicleOpen}
        title={t('parking.register')}
        testId="vehicle-form"
        onClose={() => setVehicleOpen(false)}
        onSubmit={async (v) => {
          await call(
            client.POST('/api/communities/{communityId}/parking/vehicles', {
              params: { path },
              body: { householdId: v.householdId, plate: v.plate, note: v.note ?? '' },
            }),
          );
          vehicles.reload();
        }}
      >
        {/* No `required` rule on a select: antd would put aria-required on its wrapper div, which axe refuses; the server answers a missing one. */}
        <Form.Item name="householdId" label={t('parking.household')}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            placeholder={t('parking.chooseHousehold')}
            data-testid="vehicle-household"
            options={households.data?.items.map((h) => ({
              value: h.id,
              label: `${h.estateName} ${h.buildingName} ${h.room}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="plate" label={t('parking.plate')} extra={t('parking.plateHint')} rules={[{ required: true }]}>
          <Input data-testid="vehicle-plate" />
        </Form.Item>
        <Form.Item name="note" label={t('parking.note')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <Tabs
        items={[
          { key: 'parks', label: t('parking.carParks'), children: carParks },
          { key: 'vehicles', label: t('parking.vehicles'), children: vehicleTable },
        ]}
      />
    </Page>
  );
}
