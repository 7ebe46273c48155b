import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CommunityParams, RosterExportQuery, RosterImportQuery, RosterImportResponse } from '../../../contract/org';
import { AppError, errors } from '../../core/errors';
import {
  exportHouseholds,
  exportResidents,
  importRoster,
  ROSTER_MAX_BYTES,
  rosterTemplate,
  XLSX_TYPE,
} from './roster.service';
import type { Upload } from '../../openapi/document';
import { requestContext } from '../../core/context';

const tags = ['org', 'rosters'];
const sendXlsx = (reply: FastifyReply, name: string, buf: Buffer) =>
  reply
    .type(XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .send(buf);

const rosterUpload: Upload = {
  description: `One roster as the part \`file\`: the template's 户 and 居民 sheets filled in, .xlsx ≤ ${ROSTER_MAX_BYTES / 1024 / 1024} MB.`,
  parts: { file: { type: 'string', format: 'binary' } },
  required: ['file'],
  encoding: { file: XLSX_TYPE },
};

/** Roster (台账) template, import and export as .xlsx. */
export default async function rosterRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/rosters';

  r.get(
    `${base}/template.xlsx`,
    {
      config: { access: { action: 'org.manage' } },
      schema: { tags, summary: 'Empty roster with the 户 and 居民 sheets', params: CommunityParams },
    },
    async (_req, reply) => sendXlsx(reply, 'roster-template.xlsx', await rosterTemplate()),
  );
  r.get(
    `${base}/households.xlsx`,
    {
      config: { access: { action: 'org.read' } },
      schema: { tags, summary: 'Households as an .xlsx roster', params: CommunityParams },
    },
    async (req, reply) => sendXlsx(reply, 'households.xlsx', await exportHouseholds(s(req))),
  );
  r.get(
    `${base}/residents.xlsx`,
    {
      config: { access: { action: 'org.read' } },
      schema: {
        tags,
        summary: 'Residents; numbers masked unless the caller may reveal them and gives a reason (audited)',
        params: CommunityParams,
        querystring: RosterExportQuery,
      },
    },
    async (req, reply) => sendXlsx(reply, 'residents.xlsx', await exportResidents(s(req), req.query.reason)),
  );

  r.post(
    `${base}/import`,
    {
      config: {
        access: { action: 'org.manage' },
        upload: rosterUpload,
        errors: {
          400: ['file_required', 'too_many_files'],
          413: ['roster_too_large'],
          415: ['unsupported_media_type'],
          422: ['roster_invalid', 'roster_unreadable'],
        },
      },
      schema: {
        tags,
        summary: 'Import a roster (multipart field `file`, .xlsx ≤ 5 MB); all rows or none; dryRun=1 only validates',
        params: CommunityParams,
        querystring: RosterImportQuery,
        response: { 200: RosterImportResponse },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw errors.unsupportedMedia();
      const files = req.files();
      const first = await files.next();
      if (first.done)
        throw new AppError(
          'file_required',
          400,
          '请选择要上传的文件',
          'Attach the roster as the multipart field "file"',
        );
      const buf = await first.value.toBuffer();
      // One roster per import: a second file is refused rather than silently dropped.
      const tooMany = () => new AppError('too_many_files', 400, '一次只能导入一个文件', 'Import one file at a time');
      try {
        if (!(await files.next()).done) throw tooMany();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_FILES_LIMIT') throw tooMany();
        throw e;
      }
      return importRoster(s(req), buf, req.query.dryRun === '1' || req.query.dryRun === 'true');
    },
  );
}
