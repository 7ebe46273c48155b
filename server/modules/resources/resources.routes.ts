import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Agreement,
  AgreementList,
  CreateAgreementBody,
  CreateDonationBody,
  CreateNeedBody,
  CreateOfferBody,
  Donation,
  DonationList,
  DonationPhoto,
  DonationPhotoParams,
  ItemParams,
  ListNeedsQuery,
  MatchOfferBody,
  Need,
  NeedList,
  NeedMetBody,
  NeedProjectBody,
  Offer,
  OfferList,
} from '../../../contract/resources';
import { CommunityParams } from '../../../contract/org';
import { requestContext } from '../../core/context';
import { photoUploadDoc, readOnePhoto } from '../../core/files/photo-upload';
import * as svc from './resources.service';

const tags = ['resources'];
const read = { access: { action: 'resources.read' } };
const manage = { access: { action: 'resources.manage' } };

/** Partners and pairing agreements, the resource and need lists, donations. */
export default async function resourceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const C = '/communities/:communityId';

  r.get(
    `${C}/pairing-agreements`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Pairing agreements (结对共建) with partner units',
        params: CommunityParams,
        response: { 200: AgreementList },
      },
    },
    (req) => svc.listAgreements(ctxOf(req)),
  );
  r.post(
    `${C}/pairing-agreements`,
    {
      config: { ...manage, errors: { 422: ['invalid_dates', 'not_partner_unit', 'organization_not_found'] } },
      schema: {
        tags,
        summary: 'Record a pairing agreement with a partner unit',
        params: CommunityParams,
        body: CreateAgreementBody,
        response: { 201: Agreement },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createAgreement(ctxOf(req), req.body)),
  );

  r.get(
    `${C}/resource-offers`,
    {
      config: read,
      schema: {
        tags,
        summary: 'The resource list (资源清单): what partners offer',
        params: CommunityParams,
        response: { 200: OfferList },
      },
    },
    (req) => svc.listOffers(ctxOf(req)),
  );
  r.post(
    `${C}/resource-offers`,
    {
      config: { ...manage, errors: { 422: ['agreement_not_found', 'organization_not_found'] } },
      schema: {
        tags,
        summary: 'Add an offer to the resource list',
        params: CommunityParams,
        body: CreateOfferBody,
        response: { 201: Offer },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createOffer(ctxOf(req), req.body)),
  );

  r.get(
    `${C}/donations`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Donations with their estimated market value, and the total value saved',
        params: CommunityParams,
        response: { 200: DonationList },
      },
    },
    (req) => svc.listDonations(ctxOf(req)),
  );
  r.post(
    `${C}/donations`,
    {
      config: { ...manage, errors: { 422: ['offer_not_found', 'organization_not_found'] } },
      schema: {
        tags,
        summary: 'Record a donation (item, quantity, estimated value, donor, where it went)',
        params: CommunityParams,
        body: CreateDonationBody,
        response: { 201: Donation },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createDonation(ctxOf(req), req.body)),
  );
  r.post(
    `${C}/donations/:id/photos`,
    {
      config: {
        ...manage,
        upload: photoUploadDoc({}),
        errors: {
          400: ['photo_required'],
          413: ['photo_too_large'],
          415: ['unsupported_media_type'],
          422: ['invalid_image'],
          503: ['busy'],
        },
      },
      schema: {
        tags,
        summary: 'Add a photo of a donation (multipart: one `photo`)',
        params: ItemParams,
        response: { 201: DonationPhoto },
      },
    },
    async (req, reply) => {
      const { photo } = await readOnePhoto(req, app.ctx.config.dataDir, []);
      return reply.code(201).send(await svc.addDonationPhoto(ctxOf(req), req.params.id, photo));
    },
  );
  r.get(
    `${C}/donations/:id/photos/:photoId`,
    {
      config: read,
      schema: {
        tags,
        summary: 'A photo of a donation (or its thumbnail)',
        params: DonationPhotoParams,
        querystring: z.object({ size: z.enum(['full', 'thumb']).default('full') }),
      },
    },
    async (req, reply) => {
      const p = await svc.donationPhoto(ctxOf(req), req.params.id, req.params.photoId, req.query.size);
      return reply
        .type(p.mime)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(p.buf);
    },
  );

  r.get(
    `${C}/needs`,
    {
      config: read,
      schema: {
        tags,
        summary: 'The need list (需求清单) with the offer, project and donation each need went to',
        params: CommunityParams,
        querystring: ListNeedsQuery,
        response: { 200: NeedList },
      },
    },
    (req) => svc.listNeeds(ctxOf(req), req.query),
  );
  r.post(
    `${C}/needs`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a need to the need list',
        params: CommunityParams,
        body: CreateNeedBody,
        response: { 201: Need },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createNeed(ctxOf(req), req.body)),
  );
  r.post(
    `${C}/needs/:id/match`,
    {
      config: { ...manage, errors: { 409: ['need_met'], 422: ['offer_not_found'] } },
      schema: {
        tags,
        summary: 'Match a need to an offer of the resource list',
        params: ItemParams,
        body: MatchOfferBody,
        response: { 200: Need },
      },
    },
    (req) => svc.matchOffer(ctxOf(req), req.params.id, req.body.offerId),
  );
  r.post(
    `${C}/needs/:id/project`,
    {
      config: { ...manage, errors: { 409: ['need_met'], 422: ['project_not_found'] } },
      schema: {
        tags,
        summary: 'Take a need into a project of the project list',
        params: ItemParams,
        body: NeedProjectBody,
        response: { 200: Need },
      },
    },
    (req) => svc.toProject(ctxOf(req), req.params.id, req.body.projectId),
  );
  r.post(
    `${C}/needs/:id/met`,
    {
      config: { ...manage, errors: { 409: ['need_met'], 422: ['donation_not_found'] } },
      schema: {
        tags,
        summary: 'Mark a need met, pointing at the donation that met it',
        params: ItemParams,
        body: NeedMetBody,
        response: { 200: Need },
      },
    },
    (req) => svc.markMet(ctxOf(req), req.params.id, req.body.donationId),
  );
}
