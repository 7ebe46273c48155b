import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateProjectBody,
  ListProjectsQuery,
  Photo,
  PHOTO_KINDS,
  Project,
  ProjectList,
  ProjectParams,
  ProjectPhotoParams,
  PublicPhotoParams,
  PublicProject,
  PublicProjectList,
  PublicProjectParams,
  PublicProjectsQuery,
  SpendingBody,
  UpdateProjectBody,
} from '../../../contract/projects';
import { CommunityParams } from '../../../contract/org';
import { requestContext } from '../../core/context';
import { errors } from '../../core/errors';
import { photoUploadDoc, readOnePhoto } from '../../core/files/photo-upload';
import * as svc from './projects.service';

const tags = ['projects'];
const read = { access: { action: 'projects.read' } };
const manage = { access: { action: 'projects.manage' } };
const Size = z.object({ size: z.enum(['full', 'thumb']).default('full') });
const PHOTO_ERRORS = {
  400: ['photo_required'],
  413: ['photo_too_large'],
  415: ['unsupported_media_type'],
  422: ['invalid_image'],
  503: ['busy'],
};

const sendPhoto = (reply: FastifyReply, p: { mime: string; buf: Buffer }, cache: string) =>
  reply.type(p.mime).header('cache-control', cache).header('x-content-type-options', 'nosniff').send(p.buf);

/** Funded projects: the books (staff), and their public disclosure. */
export default async function projectRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/projects';
  const one = `${base}/:id`;

  r.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Funded projects (项目清单) with budget, spent and balance',
        params: CommunityParams,
        querystring: ListProjectsQuery,
        response: { 200: ProjectList },
      },
    },
    (req) => svc.listProjects(ctxOf(req), req.query),
  );
  r.post(
    base,
    {
      config: { ...manage, errors: { 422: ['topic_not_found'] } },
      schema: {
        tags,
        summary: 'Record a funded project',
        params: CommunityParams,
        body: CreateProjectBody,
        response: { 201: Project },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createProject(ctxOf(req), req.body)),
  );
  r.get(
    one,
    {
      config: read,
      schema: {
        tags,
        summary: 'A project with its items, spending and photos',
        params: ProjectParams,
        response: { 200: Project },
      },
    },
    (req) => svc.getProject(ctxOf(req), req.params.id),
  );
  r.patch(
    one,
    {
      config: { ...manage, errors: { 409: ['budget_below_spent'], 422: ['topic_not_found'] } },
      schema: {
        tags,
        summary: 'Change a project: budget (not below what is spent), progress, status, publication',
        params: ProjectParams,
        body: UpdateProjectBody,
        response: { 200: Project },
      },
    },
    (req) => svc.updateProject(ctxOf(req), req.params.id, req.body),
  );
  r.post(
    `${one}/spending`,
    {
      config: { ...manage, errors: { 409: ['over_budget'], 422: ['invoice_not_usable'] } },
      schema: {
        tags,
        summary: 'Record a spending entry (409 over_budget when the balance is too small: nothing is written)',
        params: ProjectParams,
        body: SpendingBody,
        response: { 201: Project },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.addSpending(ctxOf(req), req.params.id, req.body)),
  );

  r.post(
    `${one}/photos`,
    {
      config: { ...manage, upload: photoUploadDoc({ kind: `before, after or invoice` }), errors: PHOTO_ERRORS },
      schema: {
        tags,
        summary: 'Upload a before/after photo or an invoice (multipart: `kind` and one `photo`)',
        params: ProjectParams,
        response: { 201: Photo },
      },
    },
    async (req, reply) => {
      const { fields, photo } = await readOnePhoto(req, app.ctx.config.dataDir, ['kind']);
      const kind = PHOTO_KINDS.find((k) => k === fields.kind);
      if (!kind) throw errors.validation([{ path: 'kind', message: `one of ${PHOTO_KINDS.join(', ')}` }]);
      return reply.code(201).send(await svc.addPhoto(ctxOf(req), req.params.id, kind, photo));
    },
  );
  r.get(
    `${one}/photos/:photoId`,
    {
      config: read,
      schema: {
        tags,
        summary: 'A photo or invoice of the project (or its thumbnail)',
        params: ProjectPhotoParams,
        querystring: Size,
      },
    },
    async (req, reply) =>
      sendPhoto(
        reply,
        await svc.photoOf(ctxOf(req), req.params.id, req.params.photoId, req.query.size),
        'private, max-age=3600',
      ),
  );

  r.get(
    '/public/projects',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Published projects of a community (no personal data)',
        querystring: PublicProjectsQuery,
        response: { 200: PublicProjectList },
      },
    },
    (req) => svc.publicProjects(app.ctx.db, req.query.communityId),
  );
  r.get(
    '/public/projects/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary:
          'Public disclosure of a published project: budget, spending, balance, before/after photos (no invoices, no personal data)',
        params: PublicProjectParams,
        response: { 200: PublicProject },
      },
    },
    (req) => svc.publicProject(app.ctx.db, req.params.id),
  );
  r.get(
    '/public/projects/:id/photos/:photoId',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'A before/after photo of a published project',
        params: PublicPhotoParams,
        querystring: Size,
      },
    },
    async (req, reply) =>
      sendPhoto(
        reply,
        await svc.publicPhoto(app.ctx, req.params.id, req.params.photoId, req.query.size),
        'private, max-age=3600',
      ),
  );
}
