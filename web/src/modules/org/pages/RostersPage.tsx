import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RosterErrorT } from '../../../../../contract/org';
import { Page } from '../../../components/Page';
import { ApiError, call, client, download, errorText, type Answer } from '../../../lib/api';
import { FormModal } from '../../../components/FormModal';
import { useSession } from '../../../console/session';
import { currentLang } from '../../../app/i18n';
import { useCommunityId } from '../../../console/session';
import { testId } from '../../../lib/testid';

type Result = Answer<'/api/communities/{communityId}/rosters/import', 'post'>;
type RosterFile = `/api/communities/{communityId}/rosters/${'template' | 'households' | 'residents'}.xlsx`;

/** Roster (台账) import from .xlsx with a row-by-row error report, the template, and exports. */
export default function RostersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const communityId = useCommunityId();
  const [dryRun, setDryRun] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const [rowErrors, setRowErrors] = useState<RosterErrorT[]>();

  async function upload(file: File) {
    setBusy(true);
    setResult(undefined);
    setRowErrors(undefined);
    try {
      setResult(
        await call(
          client.POST('/api/communities/{communityId}/rosters/import', {
            params: { path: { communityId }, query: dryRun ? { dryRun: '1' } : {} },
            // openapi-typescript types the binary part as a string (its name here); the serializer sends the File itself.
            body: { file: file.name },
            bodySerializer: () => {
              const form = new FormData();
              form.append('file', file);
              return form;
            },
          }),
        ),
      );
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && Array.isArray(e.details))
        setRowErrors(e.details as RosterErrorT[]);
      else message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const fetchFile = (path: RosterFile, name: string) =>
    download(path, { path: { communityId } }, name).catch((e) => message.error(errorText(e)));
  // Full numbers are for those with the reveal right (org.reveal: staff), and only with a purpose the server records.
  const { roles, platformAdmin } = useSession();
  const mayReveal = platformAdmin || roles.includes('staff');
  const [fullOpen, setFullOpen] = useState(false);

  return (
    <Page title={t('nav.rosters')}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title={<h2 className="card-title">{t('org.rosterImport')}</h2>}>
          <p>{t('org.rosterImportHint')}</p>
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                fetchFile('/api/communities/{communityId}/rosters/template.xlsx', t('org.rosterTemplateFile'))
              }
              data-testid="roster-template"
            >
              {t('org.rosterTemplate')}
            </Button>
            <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} data-testid="roster-dry-run">
              {t('org.rosterDryRun')}
            </Checkbox>
            <Upload
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              showUploadList={false}
              maxCount={1}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="roster-upload">
                {t('org.rosterUpload')}
              </Button>
            </Upload>
          </Space>
          <div aria-live="polite" style={{ marginTop: 16 }}>
            {result && (
              <Alert
                type="success"
                showIcon
                data-testid="roster-result"
                message={t(result.dryRun ? 'org.rosterCheckedOk' : 'org.rosterImported', {
                  households: result.households,
                  residents: result.residents,
                })}
              />
            )}
            {rowErrors && (
              <>
                <Alert
                  type="error"
                  showIcon
                  message={t('org.rosterInvalid', { count: rowErrors.length })}
                  style={{ marginBottom: 12 }}
                />
                <Table<RosterErrorT>
                  data-testid="roster-errors"
                  size="small"
                  rowKey={(r) => `${r.sheet}-${r.row}-${r.column}-${r.message_en}`}
                  dataSource={rowErrors}
                  pagination={{ pageSize: 50, hideOnSinglePage: true }}
                  onRow={() => testId('roster-error-row')}
                  columns={[
                    { title: t('org.sheet'), dataIndex: 'sheet' },
                    { title: t('org.row'), dataIndex: 'row', align: 'right' },
                    { title: t('org.column'), dataIndex: 'column' },
                    {
                      title: t('org.problem'),
                      key: 'm',
                      render: (_, r) => (currentLang() === 'en' ? r.message_en : r.message_zh),
                    },
                  ]}
                />
              </>
            )}
          </div>
        </Card>
        <Card title={<h2 className="card-title">{t('org.rosterExport')}</h2>}>
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                fetchFile('/api/communities/{communityId}/rosters/households.xlsx', t('org.householdsFile'))
              }
              data-testid="export-households"
            >
              {t('org.exportHouseholds')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => fetchFile('/api/communities/{communityId}/rosters/residents.xlsx', t('org.residentsFile'))}
              data-testid="export-residents"
            >
              {t('org.exportResidents')}
            </Button>
            {mayReveal && (
              <Button icon={<DownloadOutlined />} onClick={() => setFullOpen(true)} data-testid="export-residents-full">
                {t('org.exportResidentsFull')}
              </Button>
            )}
          </Space>
          <FormModal<{ reason: string }>
            open={fullOpen}
            title={t('org.exportFullTitle')}
            testId="export-full"
            okText={t('org.exportFullSubmit')}
            doneText={t('org.exportFullSubmit')}
            onClose={() => setFullOpen(false)}
            onSubmit={({ reason }) =>
              download(
                '/api/communities/{communityId}/rosters/residents.xlsx',
                { path: { communityId }, query: { reason: reason.trim() } },
                t('org.residentsFile'),
              )
            }
          >
            <p>{t('org.exportFullHint')}</p>
            <Form.Item
              name="reason"
              label={t('org.exportFullReason')}
              rules={[{ required: true, whitespace: true, min: 2, message: t('org.exportFullReasonRequired') }]}
            >
              <Input maxLength={200} data-testid="export-full-reason" />
            </Form.Item>
          </FormModal>
        </Card>
      </Space>
    </Page>
  );
}
