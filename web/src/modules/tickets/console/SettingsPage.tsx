import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useEditing } from '../../../components/FormModal';
import { Page } from '../../../components/Page';
import { call, client, errorText, type Item } from '../../../lib/api';
import { useApi } from '../../../lib/useApi';
import { useCommunityId } from '../../../console/session';
import { STATES, type Category } from '../types';
import type { TicketState } from '../../../../../contract/tickets';
import { testId } from '../../../lib/testid';
import { LessonsCard } from './LessonsCard';

type CategoryForm = Omit<Category, 'code'>;
type Template = Item<'/api/communities/{communityId}/ticket-templates'>;
const HOURS = ['responseHoursNormal', 'resolutionHoursNormal', 'responseHoursUrgent', 'resolutionHoursUrgent'] as const;
const MAX_HOURS = {
  responseHoursNormal: 720,
  resolutionHoursNormal: 2160,
  responseHoursUrgent: 720,
  resolutionHoursUrgent: 2160,
};
// The states a handler writes a reply for (moves into them carry a message).
const REPLY_STATES = STATES.filter((s) => !['submitted', 'closed', 'reopened'].includes(s));

/** Staff set the community's ticket categories (keywords, deadlines per urgency, on/off) and the reply templates per state. */
export default function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const c = useCommunityId();
  const cats = useApi('/api/communities/{communityId}/ticket-categories', { path: { communityId: c } });
  const templates = useApi('/api/communities/{communityId}/ticket-templates', { path: { communityId: c } });
  const editing = useEditing<Category>();
  const [state, setState] = useState<TicketState>();
  const [text, setText] = useState('');
  const label = (x: Category) => (i18n.language === 'en' ? x.labelEn : x.labelZh);

  const addTemplate = async () => {
    try {
      await call(
        client.POST('/api/communities/{communityId}/ticket-templates', {
          params: { path: { communityId: c } },
          body: { state: state!, text },
        }),
      );
      message.success(t('common.saved'));
      setText('');
      templates.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const removeTemplate = async (id: string) => {
    try {
      await call(
        client.DELETE('/api/communities/{communityId}/ticket-templates/{templateId}', {
          params: { path: { communityId: c, templateId: id } },
        }),
      );
      templates.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Page title={t('tickets.settings')}>
      <Card size="small" title={<h2 className="card-title">{t('tickets.categoriesTitle')}</h2>}>
        <p className="muted">{t('tickets.categoriesHint')}</p>
        <Table<Category>
          rowKey="code"
          size="small"
          loading={cats.loading}
          dataSource={cats.data?.items ?? []}
          pagination={false}
          onRow={(x) => testId(`category-row-${x.code}`)}
          columns={[
            {
              title: t('tickets.category'),
              key: 'label',
              render: (_, x) => (
                <>
                  <strong>{label(x)}</strong> <span className="muted">{x.code}</span>
                </>
              ),
            },
            {
              title: t('tickets.keywords'),
              dataIndex: 'keywords',
              render: (k: string[]) =>
                k.length ? (
                  <>
                    {k.slice(0, 8).join('、')}
                    {k.length > 8 && <span className="muted">{t('tickets.keywordMore', { n: k.length })}</span>}
                  </>
                ) : (
                  <span className="muted">—</span>
                ),
            },
            {
              title: t('tickets.windowsNormal'),
              key: 'normal',
              className: 'nowrap',
              render: (_, x) => t('tickets.hoursPair', { r: x.responseHoursNormal, d: x.resolutionHoursNormal }),
            },
            {
              title: t('tickets.windowsUrgent'),
              key: 'urgent',
              className: 'nowrap',
              render: (_, x) => t('tickets.hoursPair', { r: x.responseHoursUrgent, d: x.resolutionHoursUrgent }),
            },
            {
              title: t('tickets.active'),
              dataIndex: 'active',
              render: (a: boolean) => (a ? <Tag className="tag-ok">{t('common.yes')}</Tag> : t('common.no')),
            },
            {
              title: t('common.actions'),
              key: 'edit',
              render: (_, x) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => editing.edit(x)}
                  data-testid={`category-edit-${x.code}`}
                  aria-label={`${t('common.edit')} ${label(x)}`}
                >
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={<h2 className="card-title">{t('tickets.templatesTitle')}</h2>}
      >
        <p className="muted">{t('tickets.templatesHint')}</p>
        <Space wrap align="start" style={{ marginBottom: 12 }}>
          <Select
            style={{ width: 160 }}
            placeholder={t('tickets.filterState')}
            aria-label={t('tickets.filterState')}
            value={state}
            onChange={setState}
            options={REPLY_STATES.map((s) => ({ value: s, label: t(`tickets.state.${s}`) }))}
            data-testid="template-state"
          />
          <Input.TextArea
            style={{ width: 420 }}
            rows={2}
            maxLength={500}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('tickets.templateText')}
            aria-label={t('tickets.templateText')}
            data-testid="template-text"
          />
          <Button
            type="primary"
            disabled={!state || !text.trim()}
            onClick={() => void addTemplate()}
            data-testid="template-add"
          >
            {t('tickets.addTemplate')}
          </Button>
        </Space>
        <Table<Template>
          rowKey={(x) => x.id ?? `default-${x.state}-${x.text}`}
          size="small"
          loading={templates.loading}
          pagination={false}
          dataSource={templates.data?.items ?? []}
          onRow={() => testId('template-row')}
          columns={[
            {
              title: t('tickets.filterState'),
              dataIndex: 'state',
              className: 'nowrap',
              render: (s: string) => t(`tickets.state.${s}`, { defaultValue: s }),
            },
            { title: t('tickets.templateText'), dataIndex: 'text' },
            {
              title: t('tickets.source'),
              key: 'source',
              className: 'nowrap',
              render: (_, x) =>
                x.id ? t('tickets.sourceOwn') : <span className="muted">{t('tickets.sourceDefault')}</span>,
            },
            {
              title: t('common.actions'),
              key: 'remove',
              render: (_, x) =>
                x.id && (
                  <Popconfirm
                    title={t('tickets.removeTemplate')}
                    onConfirm={() => void removeTemplate(x.id!)}
                    okText={t('common.yes')}
                    cancelText={t('common.no')}
                  >
                    <Button type="link" size="small" danger data-testid="template-remove">
                      {t('tickets.remove')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>

      <LessonsCard
        communityId={c}
        label={(code) => {
          const x = cats.data?.items.find((k) => k.code === code);
          return x ? label(x) : code;
        }}
      />

      <FormModal<CategoryForm>
        open={editing.open}
        testId="category-form"
        title={editing.record ? t('tickets.editCategory', { label: label(editing.record) }) : ''}
        initialValues={editing.record}
        onClose={editing.close}
        onSubmit={async (v) => {
          const body: CategoryForm = {
            labelZh: v.labelZh,
            labelEn: v.labelEn,
            active: v.active,
            keywords: (v.keywords ?? []).map((k) => k.trim()).filter(Boolean),
            responseHoursNormal: v.responseHoursNormal,
            resolutionHoursNormal: v.resolutionHoursNormal,
            responseHoursUrgent: v.responseHoursUrgent,
            resolutionHoursUrgent: v.resolutionHoursUrgent,
          };
          await call(
            client.PUT('/api/communities/{communityId}/ticket-categories/{code}', {
              params: { path: { communityId: c, code: editing.record!.code } },
              body,
            }),
          );
          cats.reload();
        }}
      >
        <Space wrap>
          <Form.Item
            name="labelZh"
            label={t('tickets.labelZh')}
            rules={[{ required: true, whitespace: true }, { max: 20 }]}
          >
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item
            name="labelEn"
            label={t('tickets.labelEn')}
            rules={[{ required: true, whitespace: true }, { max: 40 }]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </Space>
        <Form.Item name="keywords" label={t('tickets.keywords')} extra={t('tickets.keywordsHelp')}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，', '、', ' ']}
            suffixIcon={null}
            aria-label={t('tickets.keywords')}
            data-testid="category-keywords"
          />
        </Form.Item>
        <Space wrap>
          {HOURS.map((h) => (
            <Form.Item
              key={h}
              name={h}
              label={t(`tickets.${h}`)}
              rules={[{ required: true }, { type: 'integer', min: 1, max: MAX_HOURS[h] }]}
            >
              <InputNumber style={{ width: 150 }} data-testid={`category-${h}`} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="active" label={t('tickets.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FormModal>
    </Page>
  );
}
