import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MeResponse } from '../../../contract/auth';
import { meOf, signIn } from '../../core/auth/auth.routes';
import { loadActor } from '../../core/auth/sessions';
import * as C from '../../../contract/org';
import * as accounts from './accounts.service';
import { auditTrail } from './audit.service';
import { issueJoinCodes, joinHousehold } from './joincodes.service';
import * as people from './people.service';
import * as structure from './structure.service';
import { NoBody } from '../../../contract/common';
import { requestContext } from '../../core/context';

const read = { access: { action: 'org.read' } };
// Every org write runs in inTransaction (org.scope.ts), which turns a unique-constraint race into 409 duplicate.
const manage = { access: { action: 'org.manage' }, errors: { 409: ['duplicate'] } };
const tags = ['org'];

/** Org routes: structure, people, organizations, accounts, join codes and the audit trail (notes/org-api.md). */
export default async function orgRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = (req: FastifyRequest) => requestContext(req, app.ctx);
  const P = C.CommunityParams;
  const E = C.EntityParams;
  const M = C.MemberParams;

  r.get(
    '/communities',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags,
        summary: 'Communities the caller holds a role in (all for the platform admin), with counts',
        response: { 200: C.CommunityList },
      },
    },
    async (req) => structure.listCommunities(app.ctx.db, req.actor!),
  );
  r.get(
    '/communities/:communityId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One community with its counts of estates, grids, buildings, households and residents',
        params: P,
        response: { 200: C.CommunityDetail },
      },
    },
    async (req) => structure.getCommunity(s(req)),
  );

  // ---- estates
  r.get(
    '/communities/:communityId/estates',
    {
      config: read,
      schema: {
        tags,
        summary: 'Estates (小区) of the community, paged, with building and household counts',
        params: P,
        querystring: C.EstateQuery,
        response: { 200: C.listOf(C.Estate) },
      },
    },
    async (req) => structure.listEstates(s(req), req.query),
  );
  r.post(
    '/communities/:communityId/estates',
    {
      config: manage,
      schema: { tags, summary: 'Add an estate', params: P, body: C.EstateCreate, response: { 201: C.Estate } },
    },
    async (req, reply) => reply.code(201).send(await structure.createEstate(s(req), req.body)),
  );
  r.patch(
    '/communities/:communityId/estates/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: "Change an estate's name, address or note",
        params: E,
        body: C.EstatePatch,
        response: { 200: C.Estate },
      },
    },
    async (req) => structure.patchEstate(s(req), req.params.id, req.body),
  );

  // ---- grids and their service teams
  r.get(
    '/communities/:communityId/grids',
    {
      config: read,
      schema: {
        tags,
        summary: 'Grids (网格) with their buildings and service team, paged',
        params: P,
        querystring: C.GridQuery,
        response: { 200: C.listOf(C.Grid) },
      },
    },
    async (req) => structure.listGrids(s(req), req.query),
  );
  r.post(
    '/communities/:communityId/grids',
    {
      config: manage,
      schema: { tags, summary: 'Add a grid', params: P, body: C.GridCreate, response: { 201: C.Grid } },
    },
    async (req, reply) => reply.code(201).send(await structure.createGrid(s(req), req.body)),
  );
  r.patch(
    '/communities/:communityId/grids/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Rename a grid or change its note',
        params: E,
        body: C.GridPatch,
        response: { 200: C.Grid },
      },
    },
    async (req) => structure.patchGrid(s(req), req.params.id, req.body),
  );
  r.get(
    '/communities/:communityId/grids/:id/members',
    {
      config: read,
      schema: {
        tags,
        summary: "The grid's service team (building leaders, second building leaders, property specialists)",
        params: E,
        response: { 200: C.GridMemberList },
      },
    },
    async (req) => structure.listGridMembers(s(req), req.params.id),
  );
  r.post(
    '/communities/:communityId/grids/:id/members',
    {
      config: manage,
      schema: {
        tags,
        summary: "Add a member to the grid's service team",
        params: E,
        body: C.GridMemberCreate,
        response: { 201: C.GridMember },
      },
    },
    async (req, reply) => reply.code(201).send(await structure.addGridMember(s(req), req.params.id, req.body)),
  );
  r.patch(
    '/communities/:communityId/grids/:id/members/:memberId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a service team member',
        params: M,
        body: C.GridMemberPatch,
        response: { 200: C.GridMember },
      },
    },
    async (req) => structure.patchGridMember(s(req), req.params.id, req.params.memberId, req.body),
  );
  r.delete(
    '/communities/:communityId/grids/:id/members/:memberId',
    {
      config: manage,
      schema: { tags, summary: "Remove a member from the grid's service team", params: M, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await structure.removeGridMember(s(req), req.params.id, req.params.memberId);
      return reply.code(204).send(null);
    },
  );

  // ---- buildings, households
  r.get(
    '/communities/:communityId/buildings',
    {
      config: read,
      schema: {
        tags,
        summary: 'Buildings, paged; filter by estate, grid or name',
        params: P,
        querystring: C.BuildingQuery,
        response: { 200: C.listOf(C.Building) },
      },
    },
    async (req) => structure.listBuildings(s(req), req.query),
  );
  r.post(
    '/communities/:communityId/buildings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a building to an estate',
        params: P,
        body: C.BuildingCreate,
        response: { 201: C.Building },
      },
    },
    async (req, reply) => reply.code(201).send(await structure.createBuilding(s(req), req.body)),
  );
  r.patch(
    '/communities/:communityId/buildings/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a building (name, grid, floors, note)',
        params: E,
        body: C.BuildingPatch,
        response: { 200: C.Building },
      },
    },
    async (req) => structure.patchBuilding(s(req), req.params.id, req.body),
  );
  r.post(
    '/communities/:communityId/buildings/:id/join-codes',
    {
      config: manage,
      schema: {
        tags,
        summary: 'New one-time join codes for every household of the building; earlier codes stop working',
        params: E,
        body: NoBody,
        response: { 200: C.JoinCodesResponse },
      },
    },
    async (req) => issueJoinCodes(s(req), req.params.id),
  );

  r.get(
    '/communities/:communityId/households',
    {
      config: read,
      schema: {
        tags,
        summary: 'Households (户), paged; filter by estate or building, search by code or room',
        params: P,
        querystring: C.HouseholdQuery,
        response: { 200: C.listOf(C.Household) },
      },
    },
    async (req) => structure.listHouseholds(s(req), req.query),
  );
  r.get(
    '/communities/:communityId/households/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One household with its residents and representative',
        params: E,
        response: { 200: C.HouseholdDetail },
      },
    },
    async (req) => structure.getHousehold(s(req), req.params.id),
  );
  r.get(
    '/communities/:communityId/my/household',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags,
        summary: "The caller's own household (resident H5); 404 without one",
        params: P,
        response: { 200: C.MyHousehold },
      },
    },
    async (req) => structure.myHousehold(s(req)),
  );
  r.post(
    '/communities/:communityId/households',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a household to a building',
        params: P,
        body: C.HouseholdCreate,
        response: { 201: C.Household },
      },
    },
    async (req, reply) => reply.code(201).send(await structure.createHousehold(s(req), req.body)),
  );
  r.patch(
    '/communities/:communityId/households/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a household (building, room, code, note)',
        params: E,
        body: C.HouseholdPatch,
        response: { 200: C.Household },
      },
    },
    async (req) => structure.patchHousehold(s(req), req.params.id, req.body),
  );
  r.put(
    '/communities/:communityId/households/:id/representative',
    {
      config: { ...manage, errors: { ...manage.errors, 422: ['not_in_household'] } },
      schema: {
        tags,
        summary: "Make one of the household's residents its representative (户代表)",
        params: E,
        body: C.RepresentativeBody,
        response: { 200: C.Household },
      },
    },
    async (req) => structure.setRepresentative(s(req), req.params.id, req.body.residentId),
  );

  // ---- residents
  r.get(
    '/communities/:communityId/residents',
    {
      config: read,
      schema: {
        tags,
        summary: 'Residents, paged; search and filter by tag, estate, building and age; numbers masked',
        params: P,
        querystring: C.ResidentQuery,
        response: { 200: C.listOf(C.Resident) },
      },
    },
    async (req) => people.listResidents(s(req), req.query),
  );
  r.get(
    '/communities/:communityId/residents/:id',
    {
      config: read,
      schema: { tags, summary: 'One resident; phone and ID number masked', params: E, response: { 200: C.Resident } },
    },
    async (req) => people.residentView(app.ctx.db, s(req), req.params.id),
  );
  r.post(
    '/communities/:communityId/residents',
    {
      config: { ...manage, errors: { ...manage.errors, 422: ['invalid_id_number'] } },
      schema: {
        tags,
        summary: 'Add a resident, optionally to a household',
        params: P,
        body: C.ResidentCreate,
        response: { 201: C.Resident },
      },
    },
    async (req, reply) => reply.code(201).send(await people.createResident(s(req), req.body)),
  );
  r.patch(
    '/communities/:communityId/residents/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a resident; omitted numbers stay as they are',
        params: E,
        body: C.ResidentPatch,
        response: { 200: C.Resident },
      },
    },
    async (req) => people.patchResident(s(req), req.params.id, req.body),
  );
  r.post(
    '/communities/:communityId/residents/:id/reveal',
    {
      config: { access: { action: 'org.reveal' } },
      schema: {
        tags,
        summary: 'The full phone or ID number; recorded in the audit trail with the reason',
        params: E,
        body: C.RevealBody,
        response: { 200: C.RevealResponse },
      },
    },
    async (req) => people.revealResident(s(req), req.params.id, req.body),
  );

  // ---- organizations
  r.get(
    '/communities/:communityId/organizations',
    {
      config: read,
      schema: {
        tags,
        summary: 'Organizations (party branch, committee, property company, partner units), paged',
        params: P,
        querystring: C.OrganizationQuery,
        response: { 200: C.listOf(C.Organization) },
      },
    },
    async (req) => people.listOrganizations(s(req), req.query),
  );
  r.post(
    '/communities/:communityId/organizations',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add an organization',
        params: P,
        body: C.OrganizationCreate,
        response: { 201: C.Organization },
      },
    },
    async (req, reply) => reply.code(201).send(await people.createOrganization(s(req), req.body)),
  );
  r.patch(
    '/communities/:communityId/organizations/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change an organization',
        params: E,
        body: C.OrganizationPatch,
        response: { 200: C.Organization },
      },
    },
    async (req) => people.patchOrganization(s(req), req.params.id, req.body),
  );
  r.get(
    '/communities/:communityId/organizations/:id/members',
    {
      config: read,
      schema: { tags, summary: 'Members of an organization', params: E, response: { 200: C.OrgMemberList } },
    },
    async (req) => people.listOrgMembers(s(req), req.params.id),
  );
  r.post(
    '/communities/:communityId/organizations/:id/members',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a member to an organization',
        params: E,
        body: C.OrgMemberCreate,
        response: { 201: C.OrgMember },
      },
    },
    async (req, reply) => reply.code(201).send(await people.addOrgMember(s(req), req.params.id, req.body)),
  );
  r.patch(
    '/communities/:communityId/organizations/:id/members/:memberId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change an organization member',
        params: M,
        body: C.OrgMemberPatch,
        response: { 200: C.OrgMember },
      },
    },
    async (req) => people.patchOrgMember(s(req), req.params.id, req.params.memberId, req.body),
  );
  r.delete(
    '/communities/:communityId/organizations/:id/members/:memberId',
    {
      config: manage,
      schema: { tags, summary: 'Remove a member from an organization', params: M, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await people.removeOrgMember(s(req), req.params.id, req.params.memberId);
      return reply.code(204).send(null);
    },
  );

  // ---- accounts
  const acc = { access: { action: 'org.accounts' } };
  r.get(
    '/communities/:communityId/accounts',
    {
      config: acc,
      schema: {
        tags,
        summary: 'Accounts holding roles in the community, paged; search by name or login, filter by role',
        params: P,
        querystring: C.AccountQuery,
        response: { 200: C.listOf(C.Account) },
      },
    },
    async (req) => accounts.listAccounts(s(req), req.query),
  );
  r.post(
    '/communities/:communityId/accounts',
    {
      config: {
        ...acc,
        errors: { 409: ['login_taken', 'resident_has_account'], 422: ['weak_password', 'login_is_phone'] },
      },
      schema: {
        tags,
        summary: 'Create an account with roles in the community',
        params: P,
        body: C.AccountCreate,
        response: { 201: C.Account },
      },
    },
    async (req, reply) => reply.code(201).send(await accounts.createAccount(s(req), req.body)),
  );
  r.put(
    '/communities/:communityId/accounts/:userId/roles',
    {
      config: { ...acc, errors: { 422: ['cannot_demote_self'] } },
      schema: {
        tags,
        summary: "Set an account's roles in the community",
        params: C.AccountParams,
        body: C.AccountRolesBody,
        response: { 200: C.Account },
      },
    },
    async (req) => accounts.setRoles(s(req), req.params.userId, req.body.roles),
  );

  // ---- joining a household with its code (signed in or not)
  r.post(
    '/join',
    {
      config: {
        access: { public: true },
        errors: {
          409: ['already_resident', 'login_taken'],
          422: ['join_code_invalid', 'weak_password', 'login_is_phone'],
          429: ['too_many_requests'],
        },
      },
      schema: {
        tags,
        summary: 'Join a household with its one-time code; creates or links the account and signs in',
        body: C.JoinBody,
        response: { 200: MeResponse },
      },
    },
    async (req, reply) => {
      const user = await joinHousehold(app.ctx, req, req.body);
      // A signed-in caller keeps their session; a new account is signed in like POST /auth/login.
      return req.actor ? meOf(app, await loadActor(app.ctx.db, user.id, user)) : signIn(app, req, reply, user);
    },
  );

  // ---- audit trail
  r.get(
    '/communities/:communityId/audit',
    {
      config: { access: { action: 'org.audit' } },
      schema: {
        tags,
        summary: 'The audit trail of one record (who changed what, when), with the hash chain',
        params: P,
        querystring: C.AuditQuery,
        response: { 200: C.AuditList },
      },
    },
    async (req) => auditTrail(s(req), req.query),
  );
}
