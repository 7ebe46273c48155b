import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateReportBody,
  LedgerList,
  LedgerParams,
  LedgerQuery,
  MonthlyReport,
  ReportList,
  ReportParams,
  UpdateReportBody,
} from '../../../contract/reports';
import { NoBody } from '../../../contract/common';
import { CommunityParams } from '../../../contract/org';
import { requestContext } from '../../core/context';
import { monthFigures } from '../../workflows/reports';
import { reportDocx } from './reports.docx';
import * as svc from './reports.service';

const tags = ['reports'];
const read = { access: { action: 'reports.read' } };
const write = { access: { action: 'reports.write' } };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const attachment = (reply: FastifyReply, type: string, ascii: string, name: string, body: Buffer) =>
  reply
    .type(type)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);

/** Ledgers (台账) of every module as .xlsx, and the monthly work report (月报). */
export default async function reportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const ledgers = '/communities/:communityId/ledgers';
  const reports = '/communities/:communityId/monthly-reports';

  r.get(
    ledgers,
    {
      config: { access: { action: 'reports.ledgers' } },
      schema: {
        tags,
        summary: "The ledgers the caller may export (each module's own right to its records)",
        params: CommunityParams,
        response: { 200: LedgerList },
      },
    },
    (req) => svc.listLedgers(ctxOf(req)),
  );
  r.get(
    `${ledgers}/:key/export.xlsx`,
    {
      config: { access: { action: 'reports.ledgers' }, errors: { 422: ['invalid_period'] } },
      schema: {
        tags,
        summary:
          'One ledger of a period as .xlsx: a cover sheet (community, period, generated, by whom, rows) and the rows',
        params: LedgerParams,
        querystring: LedgerQuery,
      },
    },
    async (req, reply) => {
      const x = await svc.ledgerXlsx(ctxOf(req), req.params.key, req.query);
      return attachment(reply, XLSX, `ledger-${req.params.key}.xlsx`, x.filename, x.buffer);
    },
  );

  r.get(
    reports,
    {
      config: read,
      schema: {
        tags,
        summary: 'The monthly reports (archive), newest month first',
        params: CommunityParams,
        response: { 200: ReportList },
      },
    },
    (req) => svc.listReports(ctxOf(req)),
  );
  r.post(
    reports,
    {
      config: { ...write, errors: { 409: ['report_exists'], 422: ['report_month_in_future'] } },
      schema: {
        tags,
        summary: "Generate a month's report as a draft from the month's data",
        params: CommunityParams,
        body: CreateReportBody,
        response: { 201: MonthlyReport },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createReport(ctxOf(req), req.body.month, monthFigures)),
  );
  r.get(
    `${reports}/:month`,
    {
      config: read,
      schema: { tags, summary: "One month's report", params: ReportParams, response: { 200: MonthlyReport } },
    },
    (req) => svc.getReport(ctxOf(req), req.params.month),
  );
  r.patch(
    `${reports}/:month`,
    {
      config: { ...write, errors: { 409: ['report_finalised'] } },
      schema: {
        tags,
        summary: 'Edit text sections of a draft (those named); a finalised report answers 409',
        params: ReportParams,
        body: UpdateReportBody,
        response: { 200: MonthlyReport },
      },
    },
    (req) => svc.updateReport(ctxOf(req), req.params.month, req.body.sections),
  );
  r.post(
    `${reports}/:month/regenerate`,
    {
      config: { ...write, errors: { 409: ['report_finalised'] } },
      schema: {
        tags,
        summary: "Read a draft's figures again from the month's data (text kept)",
        params: ReportParams,
        body: NoBody,
        response: { 200: MonthlyReport },
      },
    },
    (req) => svc.regenerateReport(ctxOf(req), req.params.month, monthFigures),
  );
  r.post(
    `${reports}/:month/finalise`,
    {
      config: { ...write, errors: { 409: ['report_finalised', 'report_changed'] } },
      schema: {
        tags,
        summary: 'Finalise: freeze the content with its SHA-256 (audited) and archive it; further edits answer 409',
        params: ReportParams,
        body: NoBody,
        response: { 200: MonthlyReport },
      },
    },
    (req) => svc.finaliseReport(ctxOf(req), req.params.month),
  );
  r.get(
    `${reports}/:month/report.docx`,
    {
      config: read,
      schema: { tags, summary: 'The report as .docx (Word)', params: ReportParams },
    },
    async (req, reply) => {
      const rep = await svc.getReport(ctxOf(req), req.params.month);
      return attachment(
        reply,
        DOCX,
        `monthly-report-${rep.month}.docx`,
        `${rep.communityName}${rep.month}工作月报.docx`,
        await reportDocx(rep),
      );
    },
  );
}
