// Generated from the server's OpenAPI document by `npm run openapi`; do not edit. npm test fails when it is stale.
export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with login name or phone and password */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password (the old one, a new one of at least 10 characters, not a common one); other sessions end */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Communities the caller holds a role in (all for the platform admin), with counts */
        get: operations["getCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One community with its counts of estates, grids, buildings, households and residents */
        get: operations["getCommunitiesByCommunityId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts holding roles in the community, paged; search by name or login, filter by role */
        get: operations["getCommunitiesAccounts"];
        put?: never;
        /** Create an account with roles in the community */
        post: operations["postCommunitiesAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/accounts/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an account's roles in the community */
        put: operations["putCommunitiesAccountsRolesByUserId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of one record (who changed what, when), with the hash chain */
        get: operations["getCommunitiesAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buildings, paged; filter by estate, grid or name */
        get: operations["getCommunitiesBuildings"];
        put?: never;
        /** Add a building to an estate */
        post: operations["postCommunitiesBuildings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/buildings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a building (name, grid, floors, note) */
        patch: operations["patchCommunitiesBuildingsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/buildings/{id}/join-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New one-time join codes for every household of the building; earlier codes stop working */
        post: operations["postCommunitiesBuildingsJoinCodesById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consultations of the community (drafts only for staff) */
        get: operations["getCommunitiesConsultations"];
        put?: never;
        /** Create a draft consultation */
        post: operations["postCommunitiesConsultations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consultation: rules, and the result once closed; a representative sees their receipt */
        get: operations["getCommunitiesConsultationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft (409 rules_fixed once open) */
        patch: operations["patchCommunitiesConsultationsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff archive (JSON) of a closed consultation, households by code; recompute with `gongzhi verify-consultation` */
        get: operations["getCommunitiesConsultationsArchiveById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vote online as the household representative (send an Idempotency-Key) */
        post: operations["postCommunitiesConsultationsBallotsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/ballots/{ballotId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a pending entry (not by the person who entered it) */
        post: operations["postCommunitiesConsultationsBallotsConfirmByIdByBallotId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/ballots/{ballotId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a reasoned correction (a new chain entry, pending until confirmed) */
        post: operations["postCommunitiesConsultationsBallotsCorrectionsByIdByBallotId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close now: freeze and publish tally, pass/fail and chain head */
        post: operations["postCommunitiesConsultationsCloseById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/eligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eligible households and whether each has a ballot (never the answers) */
        get: operations["getCommunitiesConsultationsEligibleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open: fix the rules and snapshot the eligible households */
        post: operations["postCommunitiesConsultationsOpenById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/paper-ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter a paper or door-to-door ballot (pending until a second staff member confirms) */
        post: operations["postCommunitiesConsultationsPaperBallotsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff entries waiting for confirmation */
        get: operations["getCommunitiesConsultationsPendingById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data for the printable A4 report: sealed result, turnout by building, QR code to the public check */
        get: operations["getCommunitiesConsultationsReportById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/consultations/{id}/turnout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts and turnout by building (never who voted how) */
        get: operations["getCommunitiesConsultationsTurnoutById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A community's figures over a period of months (default: the last 12), from the summary tables */
        get: operations["getCommunitiesDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/estates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estates (小区) of the community, paged, with building and household counts */
        get: operations["getCommunitiesEstates"];
        put?: never;
        /** Add an estate */
        post: operations["postCommunitiesEstates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/estates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an estate's name, address or note */
        patch: operations["patchCommunitiesEstatesById"];
        trace?: never;
    };
    "/api/communities/{communityId}/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grids (网格) with their buildings and service team, paged */
        get: operations["getCommunitiesGrids"];
        put?: never;
        /** Add a grid */
        post: operations["postCommunitiesGrids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/grids/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a grid or change its note */
        patch: operations["patchCommunitiesGridsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/grids/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The grid's service team (building leaders, second building leaders, property specialists) */
        get: operations["getCommunitiesGridsMembersById"];
        put?: never;
        /** Add a member to the grid's service team */
        post: operations["postCommunitiesGridsMembersById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/grids/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from the grid's service team */
        delete: operations["deleteCommunitiesGridsMembersByIdByMemberId"];
        options?: never;
        head?: never;
        /** Change a service team member */
        patch: operations["patchCommunitiesGridsMembersByIdByMemberId"];
        trace?: never;
    };
    "/api/communities/{communityId}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households (户), paged; filter by estate or building, search by code or room */
        get: operations["getCommunitiesHouseholds"];
        put?: never;
        /** Add a household to a building */
        post: operations["postCommunitiesHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One household with its residents and representative */
        get: operations["getCommunitiesHouseholdsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a household (building, room, code, note) */
        patch: operations["patchCommunitiesHouseholdsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/households/{id}/representative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make one of the household's residents its representative (户代表) */
        put: operations["putCommunitiesHouseholdsRepresentativeById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings (月例会, 议事会, 座谈会) */
        get: operations["getCommunitiesMeetings"];
        put?: never;
        /** Plan a meeting; a monthly meeting draws its agenda from open topics and tickets */
        post: operations["postCommunitiesMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting with attendance, minutes, decisions, signatures and action items */
        get: operations["getCommunitiesMeetingsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit agenda, minutes, decisions (until closed) */
        patch: operations["patchCommunitiesMeetingsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/meetings/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action item (owner, due date) */
        post: operations["postCommunitiesMeetingsActionItemsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/meetings/{id}/action-items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Mark an action item done or not done */
        patch: operations["patchCommunitiesMeetingsActionItemsByIdByItemId"];
        trace?: never;
    };
    "/api/communities/{communityId}/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record attendance per party (应到/实到) */
        put: operations["putCommunitiesMeetingsAttendanceById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/meetings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close with signatures; needs minutes and attendance */
        post: operations["postCommunitiesMeetingsCloseById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/meetings/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Action items across meetings, tracked to done */
        get: operations["getCommunitiesMeetingsActionItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/meetings/chat-intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split a pasted group-chat export into candidate tickets with a suggested category */
        post: operations["postCommunitiesMeetingsChatIntake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/meetings/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings held in a period, by kind, and open action items */
        get: operations["getCommunitiesMeetingsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/my/household": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own household (resident H5); 404 without one */
        get: operations["getCommunitiesMyHousehold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outbound channels of the community */
        get: operations["getCommunitiesNotificationChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/notification-channels/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the WeChat Work group-robot webhook of the community */
        put: operations["putCommunitiesNotificationChannelsByKind"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest 50 channel deliveries and their status */
        get: operations["getCommunitiesNotificationDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations (party branch, committee, property company, partner units), paged */
        get: operations["getCommunitiesOrganizations"];
        put?: never;
        /** Add an organization */
        post: operations["postCommunitiesOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organization */
        patch: operations["patchCommunitiesOrganizationsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of an organization */
        get: operations["getCommunitiesOrganizationsMembersById"];
        put?: never;
        /** Add a member to an organization */
        post: operations["postCommunitiesOrganizationsMembersById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/organizations/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from an organization */
        delete: operations["deleteCommunitiesOrganizationsMembersByIdByMemberId"];
        options?: never;
        head?: never;
        /** Change an organization member */
        patch: operations["patchCommunitiesOrganizationsMembersByIdByMemberId"];
        trace?: never;
    };
    "/api/communities/{communityId}/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Residents, paged; search and filter by tag, estate, building and age; numbers masked */
        get: operations["getCommunitiesResidents"];
        put?: never;
        /** Add a resident, optionally to a household */
        post: operations["postCommunitiesResidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resident; phone and ID number masked */
        get: operations["getCommunitiesResidentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a resident; omitted numbers stay as they are */
        patch: operations["patchCommunitiesResidentsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/residents/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The full phone or ID number; recorded in the audit trail with the reason */
        post: operations["postCommunitiesResidentsRevealById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/rosters/households.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households as an .xlsx roster */
        get: operations["getCommunitiesRostersHouseholdsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/rosters/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a roster (multipart field `file`, .xlsx ≤ 5 MB); all rows or none; dryRun=1 only validates */
        post: operations["postCommunitiesRostersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/rosters/residents.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Residents; numbers masked unless the caller may reveal them and gives a reason (audited) */
        get: operations["getCommunitiesRostersResidentsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/rosters/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Empty roster with the 户 and 居民 sheets */
        get: operations["getCommunitiesRostersTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/ticket-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categories with keywords and deadlines (defaults overridden per community) */
        get: operations["getCommunitiesTicketCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/ticket-categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set one category: labels, keywords, response/resolution hours per urgency */
        put: operations["putCommunitiesTicketCategoriesByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/ticket-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reply templates per state (the defaults until the community writes its own) */
        get: operations["getCommunitiesTicketTemplates"];
        put?: never;
        /** Add a reply template */
        post: operations["postCommunitiesTicketTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/ticket-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a reply template */
        delete: operations["deleteCommunitiesTicketTemplatesByTemplateId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets: scope mine | supported | grid | all, filters, 20 per page newest first */
        get: operations["getCommunitiesTickets"];
        put?: never;
        /** Report a ticket: JSON body, or multipart with a `data` part (the JSON) and up to 9 `photos`. Send an Idempotency-Key. */
        post: operations["postCommunitiesTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ticket with timeline, photos, helpers, links */
        get: operations["getCommunitiesTicketsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the one responsible assignee and the helpers */
        post: operations["postCommunitiesTicketsAssigneeById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/category": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the category (deadlines follow) */
        post: operations["postCommunitiesTicketsCategoryById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A note on the timeline; the reporter answering resumes a ticket waiting on them */
        post: operations["postCommunitiesTicketsCommentsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reporter confirms the fix with a rating 1–5 and a comment; the ticket is closed */
        post: operations["postCommunitiesTicketsConfirmById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link to a topic, work order, referral or proposal (registered targets) */
        post: operations["postCommunitiesTicketsLinksById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this duplicate into another ticket; supporters carry over */
        post: operations["postCommunitiesTicketsMergeById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo (or its thumbnail) for those who may see the ticket */
        get: operations["getCommunitiesTicketsPhotosByIdByPhotoId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reporter reopens a resolved ticket with a reason */
        post: operations["postCommunitiesTicketsReopenById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同问: my household has the same problem (once per household) */
        post: operations["postCommunitiesTicketsSupportById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/support/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my household's 同问 while the ticket is open */
        post: operations["postCommunitiesTicketsSupportWithdrawById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Handler moves the ticket: accepted, in_progress, waiting_on_reporter, resume, resolved, rejected (reason) */
        post: operations["postCommunitiesTicketsTransitionById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People a ticket can be assigned to: grid teams (with their grids) and staff */
        get: operations["getCommunitiesTicketsAssignees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public board of an estate: tickets and their states, no personal data */
        get: operations["getCommunitiesTicketsBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/bulk-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign many tickets to one person; all or none */
        post: operations["postCommunitiesTicketsBulkAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/category-suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suggest a category from the text (jieba + keyword rules of the community) */
        post: operations["postCommunitiesTicketsCategorySuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Response and resolution times, satisfaction, reopen rate by grid, category and month */
        get: operations["getCommunitiesTicketsFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/ledger.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 民呼我应 ledger as .xlsx */
        get: operations["getCommunitiesTicketsLedgerXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/linked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets linked to a record of another module (the other side of a link) */
        get: operations["getCommunitiesTicketsLinked"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue tickets the caller handles (all of them for staff) */
        get: operations["getCommunitiesTicketsOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Estates and buildings to pick a ticket's location from, and the caller's own building */
        get: operations["getCommunitiesTicketsPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/tickets/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Printable QR code for a building: opens the H5 report form with the building filled in */
        get: operations["getCommunitiesTicketsQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 四方议事 topics */
        get: operations["getCommunitiesTopics"];
        put?: never;
        /** Propose a topic */
        post: operations["postCommunitiesTopics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A topic with its stages, evidence, meetings, decision and what the active stage still needs */
        get: operations["getCommunitiesTopicsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit title, description or estate */
        patch: operations["patchCommunitiesTopicsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/topics/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the active stage (409 stage_incomplete lists what is missing) or skip it with a reason */
        post: operations["postCommunitiesTopicsAdvanceById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/topics/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the decision, based on a closed consultation (frozen once signed) */
        put: operations["putCommunitiesTopicsDecisionById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/topics/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add evidence to the active stage */
        post: operations["postCommunitiesTopicsEvidenceById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/topics/{id}/signoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the decision for one of the four parties (members of that party only) */
        post: operations["postCommunitiesTopicsSignoffsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/topics/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link source tickets */
        post: operations["postCommunitiesTopicsTicketsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/topics/{id}/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a ticket linked by mistake (not once the topic is closed) */
        delete: operations["deleteCommunitiesTopicsTicketsByIdByTicketId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/topics/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Problems solved (closed topics) and active topics by stage */
        get: operations["getCommunitiesTopicsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a household with its one-time code; creates or links the account and signs in */
        post: operations["postJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their roles per community */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inbox, newest first */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one message read */
        post: operations["postNotificationsReadById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every message read */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published rules, and the result once closed (no personal data) */
        get: operations["getPublicConsultationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/consultations/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public archive of a closed consultation: households as salted tokens, answers, channels, the chain (docs/consultation-archive.md) */
        get: operations["getPublicConsultationsArchiveById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/consultations/{id}/proofs/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A receipt as a proof: the chain segment from its entry to the published head */
        get: operations["getPublicConsultationsProofsByIdByHash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/consultations/{id}/receipts/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a receipt without signing in */
        get: operations["getPublicConsultationsReceiptsByIdByHash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/towns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Towns the caller may compare (platform admin: all; anyone else: none) */
        get: operations["getTowns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/towns/{townId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every community of a town side by side over a period (platform admin) */
        get: operations["getTownsOverviewByTownId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every refusal: a stable `code` to branch on, `message` in the language of Accept-Language (zh-CN unless it starts with `en`), both messages, and `details` for some codes (e.g. the fields that failed validation). */
        Error: {
            error: {
                /** @example validation_failed */
                code: string;
                /** @description For validation_failed: `[{ path, message }]`; for other codes, code-specific. */
                details?: unknown;
                /** @example 提交的内容不符合要求 */
                message: string;
                /** @example The request is not valid */
                message_en: string;
                /** @example 提交的内容不符合要求 */
                message_zh: string;
            };
        };
    };
    responses: {
        /** @description The request is not valid: `bad_url`, `file_required`, `json_too_deep`, `malformed_json`, `nul_character`, `too_many_files`, `validation_failed` */
        "E400.bad_url.file_required.json_too_deep.malformed_json.nul_character.too_many_files.validation_failed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "bad_url" | "file_required" | "json_too_deep" | "malformed_json" | "nul_character" | "too_many_files" | "validation_failed";
                    };
                };
            };
        };
        /** @description The request is not valid: `bad_url`, `invalid_idempotency_key`, `json_too_deep`, `malformed_json`, `nul_character`, `validation_failed` */
        "E400.bad_url.invalid_idempotency_key.json_too_deep.malformed_json.nul_character.validation_failed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "bad_url" | "invalid_idempotency_key" | "json_too_deep" | "malformed_json" | "nul_character" | "validation_failed";
                    };
                };
            };
        };
        /** @description The request is not valid: `bad_url`, `json_too_deep`, `malformed_json`, `nul_character`, `validation_failed` */
        "E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "bad_url" | "json_too_deep" | "malformed_json" | "nul_character" | "validation_failed";
                    };
                };
            };
        };
        /** @description The request is not valid: `bad_url`, `nul_character` */
        "E400.bad_url.nul_character": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "bad_url" | "nul_character";
                    };
                };
            };
        };
        /** @description The request is not valid: `bad_url`, `nul_character`, `validation_failed` */
        "E400.bad_url.nul_character.validation_failed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "bad_url" | "nul_character" | "validation_failed";
                    };
                };
            };
        };
        /** @description Not signed in: `unauthenticated` */
        "E401.unauthenticated": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "unauthenticated";
                    };
                };
            };
        };
        /** @description Refused: `cross_site_request` */
        "E403.cross_site_request": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cross_site_request";
                    };
                };
            };
        };
        /** @description Refused: `cross_site_request`, `forbidden` */
        "E403.cross_site_request.forbidden": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cross_site_request" | "forbidden";
                    };
                };
            };
        };
        /** @description Refused: `cross_site_request`, `forbidden`, `not_party_member` */
        "E403.cross_site_request.forbidden.not_party_member": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cross_site_request" | "forbidden" | "not_party_member";
                    };
                };
            };
        };
        /** @description Refused: `cross_site_request`, `forbidden`, `not_representative` */
        "E403.cross_site_request.forbidden.not_representative": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cross_site_request" | "forbidden" | "not_representative";
                    };
                };
            };
        };
        /** @description Refused: `cross_site_request`, `forbidden`, `not_your_ticket` */
        "E403.cross_site_request.forbidden.not_your_ticket": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cross_site_request" | "forbidden" | "not_your_ticket";
                    };
                };
            };
        };
        /** @description Refused: `forbidden` */
        "E403.forbidden": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "forbidden";
                    };
                };
            };
        };
        /** @description Not found or not visible to the caller: `not_found` */
        "E404.not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "not_found";
                    };
                };
            };
        };
        /** @description Not found or not visible to the caller: `not_found`, `receipt_not_found` */
        "E404.not_found.receipt_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "not_found" | "receipt_not_found";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `already_linked` */
        "E409.already_linked": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_linked";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `already_resident`, `login_taken` */
        "E409.already_resident.login_taken": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_resident" | "login_taken";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `already_signed`, `no_decision` */
        "E409.already_signed.no_decision": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_signed" | "no_decision";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `already_supported`, `own_ticket`, `ticket_not_open` */
        "E409.already_supported.own_ticket.ticket_not_open": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_supported" | "own_ticket" | "ticket_not_open";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `already_voted`, `consultation_closed`, `consultation_not_open` */
        "E409.already_voted.consultation_closed.consultation_not_open": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_voted" | "consultation_closed" | "consultation_not_open";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `already_voted`, `consultation_closed`, `consultation_not_open`, `voting_not_started` */
        "E409.already_voted.consultation_closed.consultation_not_open.voting_not_started": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_voted" | "consultation_closed" | "consultation_not_open" | "voting_not_started";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `archive_not_public`, `consultation_not_closed` */
        "E409.archive_not_public.consultation_not_closed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "archive_not_public" | "consultation_not_closed";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `ballot_not_pending`, `consultation_closed`, `consultation_not_open`, `same_person_confirm` */
        "E409.ballot_not_pending.consultation_closed.consultation_not_open.same_person_confirm": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "ballot_not_pending" | "consultation_closed" | "consultation_not_open" | "same_person_confirm";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `consultation_already_open` */
        "E409.consultation_already_open": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "consultation_already_open";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `consultation_closed`, `consultation_not_open` */
        "E409.consultation_closed.consultation_not_open": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "consultation_closed" | "consultation_not_open";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `consultation_not_closed` */
        "E409.consultation_not_closed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "consultation_not_closed";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `consultation_not_open` */
        "E409.consultation_not_open": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "consultation_not_open";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `decision_signed` */
        "E409.decision_signed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "decision_signed";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `duplicate` */
        "E409.duplicate": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "duplicate";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `invalid_transition` */
        "E409.invalid_transition": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_transition";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `invalid_transition`, `merge_target_closed` */
        "E409.invalid_transition.merge_target_closed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_transition" | "merge_target_closed";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `login_taken`, `resident_has_account` */
        "E409.login_taken.resident_has_account": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "login_taken" | "resident_has_account";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `meeting_closed` */
        "E409.meeting_closed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "meeting_closed";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `meeting_closed`, `meeting_incomplete` */
        "E409.meeting_closed.meeting_incomplete": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "meeting_closed" | "meeting_incomplete";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `rules_fixed` */
        "E409.rules_fixed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "rules_fixed";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `stage_incomplete`, `topic_closed` */
        "E409.stage_incomplete.topic_closed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "stage_incomplete" | "topic_closed";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `ticket_not_open` */
        "E409.ticket_not_open": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "ticket_not_open";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `topic_closed` */
        "E409.topic_closed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "topic_closed";
                    };
                };
            };
        };
        /** @description Too large: `payload_too_large` */
        "E413.payload_too_large": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
        };
        /** @description Too large: `payload_too_large`, `photo_too_large` */
        "E413.payload_too_large.photo_too_large": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "payload_too_large" | "photo_too_large";
                    };
                };
            };
        };
        /** @description Too large: `payload_too_large`, `roster_too_large` */
        "E413.payload_too_large.roster_too_large": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "payload_too_large" | "roster_too_large";
                    };
                };
            };
        };
        /** @description URL too long: `uri_too_long` */
        "E414.uri_too_long": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "uri_too_long";
                    };
                };
            };
        };
        /** @description Unsupported content type: `unsupported_media_type` */
        "E415.unsupported_media_type": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `bad_period`, `period_too_long` */
        "E422.bad_period.period_too_long": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "bad_period" | "period_too_long";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `cannot_demote_self` */
        "E422.cannot_demote_self": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cannot_demote_self";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `duplicate_party` */
        "E422.duplicate_party": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "duplicate_party";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `estate_not_found` */
        "E422.estate_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "estate_not_found";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `form_number_required`, `household_not_eligible`, `idempotency_key_reused` */
        "E422.form_number_required.household_not_eligible.idempotency_key_reused": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "form_number_required" | "household_not_eligible" | "idempotency_key_reused";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `household_not_eligible`, `idempotency_key_reused`, `invalid_answers` */
        "E422.household_not_eligible.idempotency_key_reused.invalid_answers": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "household_not_eligible" | "idempotency_key_reused" | "invalid_answers";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `idempotency_key_reused`, `invalid_image`, `too_many_photos`, `unknown_category` */
        "E422.idempotency_key_reused.invalid_image.too_many_photos.unknown_category": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "idempotency_key_reused" | "invalid_image" | "too_many_photos" | "unknown_category";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_assignee` */
        "E422.invalid_assignee": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_assignee";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_credentials` */
        "E422.invalid_credentials": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_credentials";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_id_number` */
        "E422.invalid_id_number": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_id_number";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_times` */
        "E422.invalid_times": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_times";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `join_code_invalid`, `login_is_phone`, `weak_password` */
        "E422.join_code_invalid.login_is_phone.weak_password": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "join_code_invalid" | "login_is_phone" | "weak_password";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `login_is_phone`, `weak_password` */
        "E422.login_is_phone.weak_password": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "login_is_phone" | "weak_password";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `merge_into_self` */
        "E422.merge_into_self": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "merge_into_self";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `not_in_household` */
        "E422.not_in_household": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "not_in_household";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `reason_required` */
        "E422.reason_required": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "reason_required";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `response_after_resolution` */
        "E422.response_after_resolution": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "response_after_resolution";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `roster_invalid`, `roster_unreadable` */
        "E422.roster_invalid.roster_unreadable": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "roster_invalid" | "roster_unreadable";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `topic_required` */
        "E422.topic_required": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "topic_required";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `unknown_category` */
        "E422.unknown_category": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "unknown_category";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `unknown_link_target` */
        "E422.unknown_link_target": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "unknown_link_target";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `weak_password`, `wrong_password` */
        "E422.weak_password.wrong_password": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "weak_password" | "wrong_password";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `webhook_address_not_public`, `webhook_https_only` */
        "E422.webhook_address_not_public.webhook_https_only": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "webhook_address_not_public" | "webhook_https_only";
                    };
                };
            };
        };
        /** @description Too many attempts: `too_many_requests` */
        "E429.too_many_requests": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "too_many_requests";
                    };
                };
            };
        };
        /** @description Unexpected server error: `internal_error` */
        "E500.internal_error": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
        };
        /** @description Busy; retry later: `busy` */
        "E503.busy": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "busy";
                    };
                };
            };
        };
    };
    parameters: {
        /** @description A fresh key per submission (a UUID). A retry with the same key and body gets the first answer again (header `Idempotent-Replayed: true`); the same key with another body is refused 422 `idempotency_key_reused`. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "resident1",
                 *       "password": "your-password"
                 *     }
                 */
                "application/json": {
                    /** @description Login name or mobile phone */
                    login: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        communities: {
                            householdId: string | null;
                            id: string;
                            name: string;
                            residentId: string | null;
                            roles: string[];
                        }[];
                        user: {
                            displayName: string;
                            id: string;
                            login: string;
                            platformAdmin: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            403: components["responses"]["E403.cross_site_request"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_credentials"];
            429: components["responses"]["E429.too_many_requests"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            403: components["responses"]["E403.cross_site_request"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At least 10 characters, not one of the most common passwords */
                    newPassword: string;
                    oldPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.weak_password.wrong_password"];
            429: components["responses"]["E429.too_many_requests"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            buildings: number;
                            estates: number;
                            grids: number;
                            households: number;
                            id: string;
                            name: string;
                            residents: number;
                            townName: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character"];
            401: components["responses"]["E401.unauthenticated"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesByCommunityId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        counts: {
                            buildings: number;
                            estates: number;
                            grids: number;
                            households: number;
                            residents: number;
                        };
                        id: string;
                        name: string;
                        town: {
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesAccounts: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                role?: "staff" | "party_branch" | "party_member" | "committee" | "building_leader" | "grid_member" | "property_manager" | "property_specialist" | "technician" | "partner_contact" | "department_liaison" | "deputy" | "resident";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            disabled: boolean;
                            displayName: string;
                            id: string;
                            lastLoginAt: string | null;
                            login: string;
                            /** @description masked */
                            phone: string | null;
                            roles: string[];
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    login: string;
                    password: string;
                    phone?: string | null;
                    /** @description Link the account to this resident of the community */
                    residentId?: string;
                    roles: ("staff" | "party_branch" | "party_member" | "committee" | "building_leader" | "grid_member" | "property_manager" | "property_specialist" | "technician" | "partner_contact" | "department_liaison" | "deputy" | "resident")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disabled: boolean;
                        displayName: string;
                        id: string;
                        lastLoginAt: string | null;
                        login: string;
                        /** @description masked */
                        phone: string | null;
                        roles: string[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.login_taken.resident_has_account"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.login_is_phone.weak_password"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    putCommunitiesAccountsRolesByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: ("staff" | "party_branch" | "party_member" | "committee" | "building_leader" | "grid_member" | "property_manager" | "property_specialist" | "technician" | "partner_contact" | "department_liaison" | "deputy" | "resident")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disabled: boolean;
                        displayName: string;
                        id: string;
                        lastLoginAt: string | null;
                        login: string;
                        /** @description masked */
                        phone: string | null;
                        roles: string[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.cannot_demote_self"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesAudit: {
        parameters: {
            query?: {
                entityId?: string;
                entityType?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorName: string | null;
                            after: unknown;
                            before: unknown;
                            createdAt: string;
                            entityId: string;
                            entityType: string;
                            hash: string;
                            seq: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesBuildings: {
        parameters: {
            query?: {
                estateId?: string;
                gridId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            estateId: string;
                            estateName: string;
                            floors: number | null;
                            gridId: string | null;
                            gridName: string | null;
                            households: number;
                            id: string;
                            name: string;
                            note: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesBuildings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    estateId: string;
                    floors?: number | null;
                    gridId?: string | null;
                    name: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        estateId: string;
                        estateName: string;
                        floors: number | null;
                        gridId: string | null;
                        gridName: string | null;
                        households: number;
                        id: string;
                        name: string;
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesBuildingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    estateId?: string;
                    floors?: number | null;
                    gridId?: string | null;
                    name?: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        estateId: string;
                        estateName: string;
                        floors: number | null;
                        gridId: string | null;
                        gridName: string | null;
                        households: number;
                        id: string;
                        name: string;
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesBuildingsJoinCodesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        building: {
                            estateName: string;
                            id: string;
                            name: string;
                        };
                        items: {
                            code: string;
                            householdId: string;
                            joinUrl: string;
                            room: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesConsultations: {
        parameters: {
            query?: {
                status?: "draft" | "open" | "closed";
                topicId?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            closedAt: string | null;
                            closesAt: string;
                            description: string;
                            eligibleCount: number | null;
                            id: string;
                            openedAt: string | null;
                            opensAt: string;
                            result: {
                                chainHead: string;
                                chainLength: number;
                                closedAt: string;
                                closedBy: string;
                                tally: {
                                    byChannel: {
                                        [key: string]: number;
                                    };
                                    eligible: number;
                                    participants: number;
                                    participationMet: boolean;
                                    passed: boolean;
                                    pending: number;
                                    questions: {
                                        approvals: number;
                                        counts: {
                                            [key: string]: number;
                                        };
                                        key: string;
                                        leading: string | null;
                                        passed: boolean;
                                    }[];
                                };
                            } | null;
                            rules: {
                                approval: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                                participation: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                            };
                            scope: {
                                /** @enum {string} */
                                kind: "all";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "estates";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "buildings";
                            } | {
                                /** @enum {string} */
                                kind: "tag";
                                /** @enum {string} */
                                tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                            };
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                            topicId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesConsultations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approval: {
                        den: number;
                        num: number;
                        /** @enum {string} */
                        op: ">=" | ">";
                    };
                    /** Format: date-time */
                    closesAt: string;
                    /** @default  */
                    description?: string;
                    /** Format: date-time */
                    opensAt: string;
                    participation: {
                        den: number;
                        num: number;
                        /** @enum {string} */
                        op: ">=" | ">";
                    };
                    questions: {
                        approveOption?: string;
                        key: string;
                        options: {
                            key: string;
                            label: string;
                        }[];
                        text: string;
                    }[];
                    scope: {
                        /** @enum {string} */
                        kind: "all";
                    } | {
                        ids: string[];
                        /** @enum {string} */
                        kind: "estates";
                    } | {
                        ids: string[];
                        /** @enum {string} */
                        kind: "buildings";
                    } | {
                        /** @enum {string} */
                        kind: "tag";
                        /** @enum {string} */
                        tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                    };
                    title: string;
                    /** @default null */
                    topicId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        closesAt: string;
                        description: string;
                        eligibleCount: number | null;
                        id: string;
                        my: {
                            eligible: boolean;
                            receipt: {
                                ballotId: string;
                                chainHead?: string | null;
                                chainLength?: number | null;
                                /** @enum {string} */
                                channel: "online" | "paper" | "door_to_door";
                                consultationId: string;
                                hash: string;
                                seq: number;
                                /** @enum {string} */
                                status: "pending" | "counted";
                            } | null;
                        } | null;
                        openedAt: string | null;
                        opensAt: string;
                        progress: {
                            counted: number;
                            pending: number;
                        } | null;
                        questions: {
                            approveOption?: string;
                            key: string;
                            options: {
                                key: string;
                                label: string;
                            }[];
                            text: string;
                        }[];
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        rules: {
                            approval: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                            participation: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                        };
                        scope: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "estates";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "buildings";
                        } | {
                            /** @enum {string} */
                            kind: "tag";
                            /** @enum {string} */
                            tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                        };
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        title: string;
                        topicId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_times"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesConsultationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        closesAt: string;
                        description: string;
                        eligibleCount: number | null;
                        id: string;
                        my: {
                            eligible: boolean;
                            receipt: {
                                ballotId: string;
                                chainHead?: string | null;
                                chainLength?: number | null;
                                /** @enum {string} */
                                channel: "online" | "paper" | "door_to_door";
                                consultationId: string;
                                hash: string;
                                seq: number;
                                /** @enum {string} */
                                status: "pending" | "counted";
                            } | null;
                        } | null;
                        openedAt: string | null;
                        opensAt: string;
                        progress: {
                            counted: number;
                            pending: number;
                        } | null;
                        questions: {
                            approveOption?: string;
                            key: string;
                            options: {
                                key: string;
                                label: string;
                            }[];
                            text: string;
                        }[];
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        rules: {
                            approval: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                            participation: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                        };
                        scope: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "estates";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "buildings";
                        } | {
                            /** @enum {string} */
                            kind: "tag";
                            /** @enum {string} */
                            tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                        };
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        title: string;
                        topicId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesConsultationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approval?: {
                        den: number;
                        num: number;
                        /** @enum {string} */
                        op: ">=" | ">";
                    };
                    /** Format: date-time */
                    closesAt?: string;
                    description?: string;
                    /** Format: date-time */
                    opensAt?: string;
                    participation?: {
                        den: number;
                        num: number;
                        /** @enum {string} */
                        op: ">=" | ">";
                    };
                    questions?: {
                        approveOption?: string;
                        key: string;
                        options: {
                            key: string;
                            label: string;
                        }[];
                        text: string;
                    }[];
                    scope?: {
                        /** @enum {string} */
                        kind: "all";
                    } | {
                        ids: string[];
                        /** @enum {string} */
                        kind: "estates";
                    } | {
                        ids: string[];
                        /** @enum {string} */
                        kind: "buildings";
                    } | {
                        /** @enum {string} */
                        kind: "tag";
                        /** @enum {string} */
                        tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                    };
                    title?: string;
                    topicId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        closesAt: string;
                        description: string;
                        eligibleCount: number | null;
                        id: string;
                        my: {
                            eligible: boolean;
                            receipt: {
                                ballotId: string;
                                chainHead?: string | null;
                                chainLength?: number | null;
                                /** @enum {string} */
                                channel: "online" | "paper" | "door_to_door";
                                consultationId: string;
                                hash: string;
                                seq: number;
                                /** @enum {string} */
                                status: "pending" | "counted";
                            } | null;
                        } | null;
                        openedAt: string | null;
                        opensAt: string;
                        progress: {
                            counted: number;
                            pending: number;
                        } | null;
                        questions: {
                            approveOption?: string;
                            key: string;
                            options: {
                                key: string;
                                label: string;
                            }[];
                            text: string;
                        }[];
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        rules: {
                            approval: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                            participation: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                        };
                        scope: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "estates";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "buildings";
                        } | {
                            /** @enum {string} */
                            kind: "tag";
                            /** @enum {string} */
                            tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                        };
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        title: string;
                        topicId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.rules_fixed"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesConsultationsArchiveById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ballots: {
                            answers: {
                                [key: string]: string;
                            };
                            ballotId: string;
                            /** @enum {string} */
                            channel: "online" | "paper" | "door_to_door";
                            confirmedBy?: string | null;
                            enteredBy?: string | null;
                            formNumber: string | null;
                            household: string;
                            householdCode?: string;
                            lastSeq: number;
                            receipt: string;
                            seq: number;
                            /** @enum {string} */
                            status: "pending" | "counted";
                        }[];
                        chainCheck: {
                            entries: number;
                            firstBreak: {
                                reason: string;
                                seq: number;
                            } | null;
                            head: string;
                            ok: boolean;
                        };
                        consultation: {
                            closedAt: string | null;
                            closesAt: string;
                            communityName: string;
                            description: string;
                            id: string;
                            openedAt: string | null;
                            opensAt: string;
                            questions: {
                                approveOption?: string;
                                key: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                text: string;
                            }[];
                            rules: {
                                approval: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                                participation: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                            };
                            scope: {
                                /** @enum {string} */
                                kind: "all";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "estates";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "buildings";
                            } | {
                                /** @enum {string} */
                                kind: "tag";
                                /** @enum {string} */
                                tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                            };
                            title: string;
                        };
                        eligible: {
                            code?: string;
                            householdId?: string;
                            representative?: string | null;
                            salt?: string;
                            token: string;
                        }[];
                        entries: {
                            actor_id: string | null;
                            actorName?: string | null;
                            at: string;
                            ballot_id: string | null;
                            consultation_id: string;
                            data: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            household_id: string | null;
                            /** @enum {string} */
                            kind: "open" | "ballot" | "confirm" | "correction" | "close";
                            prev_hash: string;
                            seq: number;
                        }[];
                        exportedAt: string;
                        /** @enum {string} */
                        format: "gongzhi-consultation/2";
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        /** @enum {string} */
                        view: "public" | "staff";
                    } | {
                        ballots: {
                            answers: {
                                [key: string]: string;
                            };
                            ballotId: string;
                            /** @enum {string} */
                            channel: "online" | "paper" | "door_to_door";
                            confirmedBy: string | null;
                            enteredBy: string | null;
                            formNumber: string | null;
                            householdCode: string;
                            householdId: string;
                            receipt: string;
                            seq: number;
                            /** @enum {string} */
                            status: "pending" | "counted";
                        }[];
                        chainCheck: {
                            entries: number;
                            firstBreak: {
                                reason: string;
                                seq: number;
                            } | null;
                            head: string;
                            ok: boolean;
                        };
                        consultation: {
                            closedAt: string | null;
                            closesAt: string;
                            communityName: string;
                            description: string;
                            id: string;
                            openedAt: string | null;
                            opensAt: string;
                            questions: {
                                approveOption?: string;
                                key: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                text: string;
                            }[];
                            rules: {
                                approval: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                                participation: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                            };
                            scope: {
                                /** @enum {string} */
                                kind: "all";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "estates";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "buildings";
                            } | {
                                /** @enum {string} */
                                kind: "tag";
                                /** @enum {string} */
                                tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                            };
                            title: string;
                        };
                        eligible: {
                            code: string;
                            householdId: string;
                            representative: string | null;
                        }[];
                        entries: {
                            actor_id: string | null;
                            actorName: string | null;
                            at: string;
                            ballot_id: string | null;
                            consultation_id: string;
                            data: unknown;
                            hash: string;
                            household_id: string | null;
                            /** @enum {string} */
                            kind: "open" | "ballot" | "confirm" | "correction" | "close";
                            prev_hash: string;
                            seq: number;
                        }[];
                        exportedAt: string;
                        /** @enum {string} */
                        format: "gongzhi-consultation/1";
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.consultation_not_closed"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesConsultationsBallotsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description A fresh key per submission (a UUID). A retry with the same key and body gets the first answer again (header `Idempotent-Replayed: true`); the same key with another body is refused 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "answers": {
                 *         "q1": "agree"
                 *       }
                 *     }
                 */
                "application/json": {
                    answers: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ballotId: string;
                        chainHead?: string | null;
                        chainLength?: number | null;
                        /** @enum {string} */
                        channel: "online" | "paper" | "door_to_door";
                        consultationId: string;
                        hash: string;
                        seq: number;
                        /** @enum {string} */
                        status: "pending" | "counted";
                    };
                };
            };
            400: components["responses"]["E400.bad_url.invalid_idempotency_key.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden.not_representative"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_voted.consultation_closed.consultation_not_open.voting_not_started"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.household_not_eligible.idempotency_key_reused.invalid_answers"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesConsultationsBallotsConfirmByIdByBallotId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ballotId: string;
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ballotId: string;
                        chainHead?: string | null;
                        chainLength?: number | null;
                        /** @enum {string} */
                        channel: "online" | "paper" | "door_to_door";
                        consultationId: string;
                        hash: string;
                        seq: number;
                        /** @enum {string} */
                        status: "pending" | "counted";
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.ballot_not_pending.consultation_closed.consultation_not_open.same_person_confirm"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesConsultationsBallotsCorrectionsByIdByBallotId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ballotId: string;
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        [key: string]: string;
                    };
                    formNumber?: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ballotId: string;
                        chainHead?: string | null;
                        chainLength?: number | null;
                        /** @enum {string} */
                        channel: "online" | "paper" | "door_to_door";
                        consultationId: string;
                        hash: string;
                        seq: number;
                        /** @enum {string} */
                        status: "pending" | "counted";
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.consultation_closed.consultation_not_open"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesConsultationsCloseById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        closesAt: string;
                        description: string;
                        eligibleCount: number | null;
                        id: string;
                        my: {
                            eligible: boolean;
                            receipt: {
                                ballotId: string;
                                chainHead?: string | null;
                                chainLength?: number | null;
                                /** @enum {string} */
                                channel: "online" | "paper" | "door_to_door";
                                consultationId: string;
                                hash: string;
                                seq: number;
                                /** @enum {string} */
                                status: "pending" | "counted";
                            } | null;
                        } | null;
                        openedAt: string | null;
                        opensAt: string;
                        progress: {
                            counted: number;
                            pending: number;
                        } | null;
                        questions: {
                            approveOption?: string;
                            key: string;
                            options: {
                                key: string;
                                label: string;
                            }[];
                            text: string;
                        }[];
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        rules: {
                            approval: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                            participation: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                        };
                        scope: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "estates";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "buildings";
                        } | {
                            /** @enum {string} */
                            kind: "tag";
                            /** @enum {string} */
                            tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                        };
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        title: string;
                        topicId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.consultation_closed.consultation_not_open"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesConsultationsEligibleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            ballot: {
                                /** @enum {string} */
                                channel: "online" | "paper" | "door_to_door";
                                /** @enum {string} */
                                status: "pending" | "counted";
                            } | null;
                            code: string;
                            householdId: string;
                            representative: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesConsultationsOpenById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        closesAt: string;
                        description: string;
                        eligibleCount: number | null;
                        id: string;
                        my: {
                            eligible: boolean;
                            receipt: {
                                ballotId: string;
                                chainHead?: string | null;
                                chainLength?: number | null;
                                /** @enum {string} */
                                channel: "online" | "paper" | "door_to_door";
                                consultationId: string;
                                hash: string;
                                seq: number;
                                /** @enum {string} */
                                status: "pending" | "counted";
                            } | null;
                        } | null;
                        openedAt: string | null;
                        opensAt: string;
                        progress: {
                            counted: number;
                            pending: number;
                        } | null;
                        questions: {
                            approveOption?: string;
                            key: string;
                            options: {
                                key: string;
                                label: string;
                            }[];
                            text: string;
                        }[];
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        rules: {
                            approval: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                            participation: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                        };
                        scope: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "estates";
                        } | {
                            ids: string[];
                            /** @enum {string} */
                            kind: "buildings";
                        } | {
                            /** @enum {string} */
                            kind: "tag";
                            /** @enum {string} */
                            tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                        };
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        title: string;
                        topicId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.consultation_already_open"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesConsultationsPaperBallotsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description A fresh key per submission (a UUID). A retry with the same key and body gets the first answer again (header `Idempotent-Replayed: true`); the same key with another body is refused 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        [key: string]: string;
                    };
                    /** @enum {string} */
                    channel: "paper" | "door_to_door";
                    formNumber?: string;
                    householdId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ballotId: string;
                        chainHead?: string | null;
                        chainLength?: number | null;
                        /** @enum {string} */
                        channel: "online" | "paper" | "door_to_door";
                        consultationId: string;
                        hash: string;
                        seq: number;
                        /** @enum {string} */
                        status: "pending" | "counted";
                    };
                };
            };
            400: components["responses"]["E400.bad_url.invalid_idempotency_key.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_voted.consultation_closed.consultation_not_open"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.form_number_required.household_not_eligible.idempotency_key_reused"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesConsultationsPendingById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answers: {
                                [key: string]: string;
                            };
                            at: string;
                            ballotId: string;
                            /** @enum {string} */
                            channel: "online" | "paper" | "door_to_door";
                            enteredBy: string;
                            enteredById: string;
                            formNumber: string | null;
                            householdCode: string;
                            householdId: string;
                            /** @enum {string} */
                            kind: "ballot" | "correction";
                            reason: string | null;
                            seq: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesConsultationsReportById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chainCheck: {
                            entries: number;
                            firstBreak: {
                                reason: string;
                                seq: number;
                            } | null;
                            head: string;
                            ok: boolean;
                        };
                        chainFormat: number;
                        closedAt: string | null;
                        closesAt: string;
                        communityName: string;
                        description: string;
                        eligibleCount: number;
                        opensAt: string;
                        publicUrl: string;
                        qrSvg: string;
                        questions: {
                            approveOption?: string;
                            key: string;
                            options: {
                                key: string;
                                label: string;
                            }[];
                            text: string;
                        }[];
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        rules: {
                            approval: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                            participation: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                        };
                        sealHash: string | null;
                        title: string;
                        turnout: {
                            counted: number;
                            eligible: number;
                            items: {
                                building: string;
                                buildingId: string;
                                counted: number;
                                eligible: number;
                                estate: string;
                                pending: number;
                            }[];
                            pending: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.consultation_not_closed"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesConsultationsTurnoutById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counted: number;
                        eligible: number;
                        items: {
                            building: string;
                            buildingId: string;
                            counted: number;
                            eligible: number;
                            estate: string;
                            pending: number;
                        }[];
                        pending: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.consultation_not_open"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesDashboard: {
        parameters: {
            query?: {
                /** @description First month, YYYY-MM (Asia/Shanghai); default 11 months before `to` */
                from?: string;
                /** @description Last month, YYYY-MM; default this month */
                to?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byCategory: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            /** @description 1–5, over the tickets rated */
                            avgSatisfaction: number | null;
                            closed: number;
                            key: string;
                            label: string;
                            open: number;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolved: number;
                            tickets: number;
                        }[];
                        byGrid: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            /** @description 1–5, over the tickets rated */
                            avgSatisfaction: number | null;
                            closed: number;
                            key: string;
                            label: string;
                            open: number;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolved: number;
                            tickets: number;
                        }[];
                        byMonth: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            /** @description 1–5, over the tickets rated */
                            avgSatisfaction: number | null;
                            closed: number;
                            consultationsHeld: number;
                            meetingsHeld: number;
                            month: string;
                            open: number;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolved: number;
                            tickets: number;
                            topicsClosed: number;
                        }[];
                        byState: {
                            count: number;
                            state: string;
                        }[];
                        communityId: string;
                        consultations: {
                            eligible: number;
                            held: number;
                            participants: number;
                            participationRate: number | null;
                        };
                        from: string;
                        meetingsHeld: number;
                        tickets: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            /** @description 1–5, over the tickets rated */
                            avgSatisfaction: number | null;
                            closed: number;
                            open: number;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolution: {
                                avg: number | null;
                                count: number;
                                median: number | null;
                                over: number;
                                p90: number | null;
                            };
                            resolved: number;
                            response: {
                                avg: number | null;
                                count: number;
                                median: number | null;
                                over: number;
                                p90: number | null;
                            };
                            tickets: number;
                        };
                        to: string;
                        topicsClosed: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            422: components["responses"]["E422.bad_period.period_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesEstates: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: string | null;
                            buildings: number;
                            households: number;
                            id: string;
                            name: string;
                            note: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesEstates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    name: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        buildings: number;
                        households: number;
                        id: string;
                        name: string;
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesEstatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    name?: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        buildings: number;
                        households: number;
                        id: string;
                        name: string;
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesGrids: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            buildings: {
                                estateName: string;
                                id: string;
                                name: string;
                            }[];
                            id: string;
                            name: string;
                            note: string | null;
                            team: {
                                buildingId: string | null;
                                id: string;
                                name: string;
                                phone: string | null;
                                residentId: string | null;
                                /** @enum {string} */
                                role: "building_leader" | "second_building_leader" | "property_specialist" | "other";
                                userId: string | null;
                            }[];
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesGrids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildings: {
                            estateName: string;
                            id: string;
                            name: string;
                        }[];
                        id: string;
                        name: string;
                        note: string | null;
                        team: {
                            buildingId: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                            residentId: string | null;
                            /** @enum {string} */
                            role: "building_leader" | "second_building_leader" | "property_specialist" | "other";
                            userId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesGridsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildings: {
                            estateName: string;
                            id: string;
                            name: string;
                        }[];
                        id: string;
                        name: string;
                        note: string | null;
                        team: {
                            buildingId: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                            residentId: string | null;
                            /** @enum {string} */
                            role: "building_leader" | "second_building_leader" | "property_specialist" | "other";
                            userId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesGridsMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            buildingId: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                            residentId: string | null;
                            /** @enum {string} */
                            role: "building_leader" | "second_building_leader" | "property_specialist" | "other";
                            userId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesGridsMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    buildingId?: string | null;
                    name: string;
                    phone?: string | null;
                    residentId?: string | null;
                    /** @enum {string} */
                    role: "building_leader" | "second_building_leader" | "property_specialist" | "other";
                    userId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildingId: string | null;
                        id: string;
                        name: string;
                        phone: string | null;
                        residentId: string | null;
                        /** @enum {string} */
                        role: "building_leader" | "second_building_leader" | "property_specialist" | "other";
                        userId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    deleteCommunitiesGridsMembersByIdByMemberId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesGridsMembersByIdByMemberId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    buildingId?: string | null;
                    name?: string;
                    phone?: string | null;
                    residentId?: string | null;
                    /** @enum {string} */
                    role?: "building_leader" | "second_building_leader" | "property_specialist" | "other";
                    userId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildingId: string | null;
                        id: string;
                        name: string;
                        phone: string | null;
                        residentId: string | null;
                        /** @enum {string} */
                        role: "building_leader" | "second_building_leader" | "property_specialist" | "other";
                        userId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesHouseholds: {
        parameters: {
            query?: {
                buildingId?: string;
                estateId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            estateId: string;
                            estateName: string;
                            id: string;
                            /** @description At least one resident of the household has an account */
                            joined: boolean;
                            note: string | null;
                            representative: {
                                id: string;
                                name: string;
                            } | null;
                            residents: number;
                            room: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesHouseholds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    buildingId: string;
                    code?: string;
                    note?: string | null;
                    room: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildingId: string;
                        buildingName: string;
                        code: string;
                        estateId: string;
                        estateName: string;
                        id: string;
                        /** @description At least one resident of the household has an account */
                        joined: boolean;
                        note: string | null;
                        representative: {
                            id: string;
                            name: string;
                        } | null;
                        residents: number;
                        room: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesHouseholdsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildingId: string;
                        buildingName: string;
                        code: string;
                        estateId: string;
                        estateName: string;
                        id: string;
                        /** @description At least one resident of the household has an account */
                        joined: boolean;
                        note: string | null;
                        representative: {
                            id: string;
                            name: string;
                        } | null;
                        residentCount: number;
                        residents: {
                            age: number | null;
                            birthDate: string | null;
                            buildingName: string | null;
                            estateName: string | null;
                            /** @enum {string|null} */
                            gender: "male" | "female" | null;
                            hasAccount: boolean;
                            householdCode: string | null;
                            householdId: string | null;
                            id: string;
                            /** @description masked */
                            idNumber: string | null;
                            isRepresentative: boolean;
                            name: string;
                            note: string | null;
                            /** @description masked */
                            phone: string | null;
                            room: string | null;
                            /** @description stored tags plus elderly when age ≥ 60 */
                            tags: ("party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income")[];
                        }[];
                        room: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesHouseholdsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    buildingId?: string;
                    code?: string;
                    note?: string | null;
                    room?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildingId: string;
                        buildingName: string;
                        code: string;
                        estateId: string;
                        estateName: string;
                        id: string;
                        /** @description At least one resident of the household has an account */
                        joined: boolean;
                        note: string | null;
                        representative: {
                            id: string;
                            name: string;
                        } | null;
                        residents: number;
                        room: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    putCommunitiesHouseholdsRepresentativeById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    residentId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildingId: string;
                        buildingName: string;
                        code: string;
                        estateId: string;
                        estateName: string;
                        id: string;
                        /** @description At least one resident of the household has an account */
                        joined: boolean;
                        note: string | null;
                        representative: {
                            id: string;
                            name: string;
                        } | null;
                        residents: number;
                        room: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.not_in_household"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesMeetings: {
        parameters: {
            query?: {
                from?: string;
                kind?: "monthly" | "deliberation" | "forum";
                status?: "planned" | "closed";
                to?: string;
                topicId?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            closedAt: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "monthly" | "deliberation" | "forum";
                            location: string | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "planned" | "closed";
                            title: string;
                            topicId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agenda?: {
                        /** @enum {string} */
                        kind: "topic" | "ticket" | "other";
                        /** @default null */
                        refId?: string | null;
                        title: string;
                    }[];
                    /** @enum {string} */
                    kind: "monthly" | "deliberation" | "forum";
                    /** @default null */
                    location?: string | null;
                    /** Format: date-time */
                    scheduledAt: string;
                    title: string;
                    /** @default null */
                    topicId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionItems: {
                            done: boolean;
                            doneAt: string | null;
                            dueDate: string;
                            id: string;
                            meetingId: string;
                            overdue: boolean;
                            ownerName: string;
                            text: string;
                        }[];
                        agenda: {
                            /** @enum {string} */
                            kind: "topic" | "ticket" | "other";
                            refId: string | null;
                            title: string;
                        }[];
                        attendance: {
                            expected: number;
                            names: string[];
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                            present: number;
                        }[];
                        closedAt: string | null;
                        decisions: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "monthly" | "deliberation" | "forum";
                        location: string | null;
                        minutes: string | null;
                        scheduledAt: string;
                        signatures: {
                            name: string;
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                        }[];
                        /** @enum {string} */
                        status: "planned" | "closed";
                        title: string;
                        topicId: string | null;
                        totals: {
                            expected: number;
                            present: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.topic_required"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionItems: {
                            done: boolean;
                            doneAt: string | null;
                            dueDate: string;
                            id: string;
                            meetingId: string;
                            overdue: boolean;
                            ownerName: string;
                            text: string;
                        }[];
                        agenda: {
                            /** @enum {string} */
                            kind: "topic" | "ticket" | "other";
                            refId: string | null;
                            title: string;
                        }[];
                        attendance: {
                            expected: number;
                            names: string[];
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                            present: number;
                        }[];
                        closedAt: string | null;
                        decisions: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "monthly" | "deliberation" | "forum";
                        location: string | null;
                        minutes: string | null;
                        scheduledAt: string;
                        signatures: {
                            name: string;
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                        }[];
                        /** @enum {string} */
                        status: "planned" | "closed";
                        title: string;
                        topicId: string | null;
                        totals: {
                            expected: number;
                            present: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agenda?: {
                        /** @enum {string} */
                        kind: "topic" | "ticket" | "other";
                        /** @default null */
                        refId?: string | null;
                        title: string;
                    }[];
                    decisions?: string[];
                    location?: string | null;
                    minutes?: string;
                    /** Format: date-time */
                    scheduledAt?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionItems: {
                            done: boolean;
                            doneAt: string | null;
                            dueDate: string;
                            id: string;
                            meetingId: string;
                            overdue: boolean;
                            ownerName: string;
                            text: string;
                        }[];
                        agenda: {
                            /** @enum {string} */
                            kind: "topic" | "ticket" | "other";
                            refId: string | null;
                            title: string;
                        }[];
                        attendance: {
                            expected: number;
                            names: string[];
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                            present: number;
                        }[];
                        closedAt: string | null;
                        decisions: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "monthly" | "deliberation" | "forum";
                        location: string | null;
                        minutes: string | null;
                        scheduledAt: string;
                        signatures: {
                            name: string;
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                        }[];
                        /** @enum {string} */
                        status: "planned" | "closed";
                        title: string;
                        topicId: string | null;
                        totals: {
                            expected: number;
                            present: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.meeting_closed"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesMeetingsActionItemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dueDate: string;
                    ownerName: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionItems: {
                            done: boolean;
                            doneAt: string | null;
                            dueDate: string;
                            id: string;
                            meetingId: string;
                            overdue: boolean;
                            ownerName: string;
                            text: string;
                        }[];
                        agenda: {
                            /** @enum {string} */
                            kind: "topic" | "ticket" | "other";
                            refId: string | null;
                            title: string;
                        }[];
                        attendance: {
                            expected: number;
                            names: string[];
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                            present: number;
                        }[];
                        closedAt: string | null;
                        decisions: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "monthly" | "deliberation" | "forum";
                        location: string | null;
                        minutes: string | null;
                        scheduledAt: string;
                        signatures: {
                            name: string;
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                        }[];
                        /** @enum {string} */
                        status: "planned" | "closed";
                        title: string;
                        topicId: string | null;
                        totals: {
                            expected: number;
                            present: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesMeetingsActionItemsByIdByItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    done: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionItems: {
                            done: boolean;
                            doneAt: string | null;
                            dueDate: string;
                            id: string;
                            meetingId: string;
                            overdue: boolean;
                            ownerName: string;
                            text: string;
                        }[];
                        agenda: {
                            /** @enum {string} */
                            kind: "topic" | "ticket" | "other";
                            refId: string | null;
                            title: string;
                        }[];
                        attendance: {
                            expected: number;
                            names: string[];
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                            present: number;
                        }[];
                        closedAt: string | null;
                        decisions: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "monthly" | "deliberation" | "forum";
                        location: string | null;
                        minutes: string | null;
                        scheduledAt: string;
                        signatures: {
                            name: string;
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                        }[];
                        /** @enum {string} */
                        status: "planned" | "closed";
                        title: string;
                        topicId: string | null;
                        totals: {
                            expected: number;
                            present: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    putCommunitiesMeetingsAttendanceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        expected: number;
                        /** @default [] */
                        names?: string[];
                        /** @enum {string} */
                        party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                        present: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionItems: {
                            done: boolean;
                            doneAt: string | null;
                            dueDate: string;
                            id: string;
                            meetingId: string;
                            overdue: boolean;
                            ownerName: string;
                            text: string;
                        }[];
                        agenda: {
                            /** @enum {string} */
                            kind: "topic" | "ticket" | "other";
                            refId: string | null;
                            title: string;
                        }[];
                        attendance: {
                            expected: number;
                            names: string[];
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                            present: number;
                        }[];
                        closedAt: string | null;
                        decisions: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "monthly" | "deliberation" | "forum";
                        location: string | null;
                        minutes: string | null;
                        scheduledAt: string;
                        signatures: {
                            name: string;
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                        }[];
                        /** @enum {string} */
                        status: "planned" | "closed";
                        title: string;
                        topicId: string | null;
                        totals: {
                            expected: number;
                            present: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.duplicate_party"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesMeetingsCloseById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    signatures: {
                        name: string;
                        /** @enum {string} */
                        party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionItems: {
                            done: boolean;
                            doneAt: string | null;
                            dueDate: string;
                            id: string;
                            meetingId: string;
                            overdue: boolean;
                            ownerName: string;
                            text: string;
                        }[];
                        agenda: {
                            /** @enum {string} */
                            kind: "topic" | "ticket" | "other";
                            refId: string | null;
                            title: string;
                        }[];
                        attendance: {
                            expected: number;
                            names: string[];
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                            present: number;
                        }[];
                        closedAt: string | null;
                        decisions: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "monthly" | "deliberation" | "forum";
                        location: string | null;
                        minutes: string | null;
                        scheduledAt: string;
                        signatures: {
                            name: string;
                            /** @enum {string} */
                            party: "party_branch" | "property_company" | "committee" | "building_leaders" | "residents" | "other";
                        }[];
                        /** @enum {string} */
                        status: "planned" | "closed";
                        title: string;
                        topicId: string | null;
                        totals: {
                            expected: number;
                            present: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.meeting_closed.meeting_incomplete"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesMeetingsActionItems: {
        parameters: {
            query?: {
                done?: "true" | "false";
                overdue?: "true";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            done: boolean;
                            doneAt: string | null;
                            dueDate: string;
                            id: string;
                            meetingId: string;
                            meetingTitle: string;
                            overdue: boolean;
                            ownerName: string;
                            text: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesMeetingsChatIntake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        candidates: {
                            lines: number[];
                            speaker: string;
                            suggestedCategory: string;
                            text: string;
                            time: string | null;
                        }[];
                        skipped: {
                            line: number;
                            /** @enum {string} */
                            reason: "system" | "sticker" | "chatter" | "unparsed";
                            text: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesMeetingsStats: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byKind: {
                            [key: string]: number;
                        };
                        held: number;
                        openActionItems: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesMyHousehold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buildingName: string;
                        code: string;
                        estateName: string;
                        id: string;
                        representative: {
                            id: string;
                            name: string;
                        } | null;
                        residents: {
                            id: string;
                            isRepresentative: boolean;
                            name: string;
                            phone: string | null;
                        }[];
                        room: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesNotificationChannels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            kind: string;
                            updatedAt: string;
                            /** @description Key masked */
                            url: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    putCommunitiesNotificationChannelsByKind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                kind: "wecom_robot";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /**
                     * Format: uri
                     * @description WeChat Work group robot webhook, https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…
                     */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        kind: string;
                        updatedAt: string;
                        /** @description Key masked */
                        url: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.webhook_address_not_public.webhook_https_only"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesNotificationDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            createdAt: string;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            sentAt: string | null;
                            status: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesOrganizations: {
        parameters: {
            query?: {
                kind?: "party_branch" | "property_company" | "committee" | "partner_unit" | "department";
                page?: number;
                pageSize?: number;
                q?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            contactName: string | null;
                            /** @description masked */
                            contactPhone: string | null;
                            estateId: string | null;
                            estateName: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "party_branch" | "property_company" | "committee" | "partner_unit" | "department";
                            members: number;
                            name: string;
                            note: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactName?: string | null;
                    contactPhone?: string | null;
                    estateId?: string | null;
                    /** @enum {string} */
                    kind: "party_branch" | "property_company" | "committee" | "partner_unit" | "department";
                    name: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactName: string | null;
                        /** @description masked */
                        contactPhone: string | null;
                        estateId: string | null;
                        estateName: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "party_branch" | "property_company" | "committee" | "partner_unit" | "department";
                        members: number;
                        name: string;
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesOrganizationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactName?: string | null;
                    contactPhone?: string | null;
                    estateId?: string | null;
                    /** @enum {string} */
                    kind?: "party_branch" | "property_company" | "committee" | "partner_unit" | "department";
                    name?: string;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactName: string | null;
                        /** @description masked */
                        contactPhone: string | null;
                        estateId: string | null;
                        estateName: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "party_branch" | "property_company" | "committee" | "partner_unit" | "department";
                        members: number;
                        name: string;
                        note: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesOrganizationsMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @description masked */
                            phone: string | null;
                            residentId: string | null;
                            title: string | null;
                            userId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesOrganizationsMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    phone?: string | null;
                    residentId?: string | null;
                    title?: string | null;
                    userId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description masked */
                        phone: string | null;
                        residentId: string | null;
                        title: string | null;
                        userId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    deleteCommunitiesOrganizationsMembersByIdByMemberId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesOrganizationsMembersByIdByMemberId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    phone?: string | null;
                    residentId?: string | null;
                    title?: string | null;
                    userId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description masked */
                        phone: string | null;
                        residentId: string | null;
                        title: string | null;
                        userId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesResidents: {
        parameters: {
            query?: {
                ageMax?: number;
                ageMin?: number;
                buildingId?: string;
                estateId?: string;
                householdId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                tag?: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            age: number | null;
                            birthDate: string | null;
                            buildingName: string | null;
                            estateName: string | null;
                            /** @enum {string|null} */
                            gender: "male" | "female" | null;
                            hasAccount: boolean;
                            householdCode: string | null;
                            householdId: string | null;
                            id: string;
                            /** @description masked */
                            idNumber: string | null;
                            isRepresentative: boolean;
                            name: string;
                            note: string | null;
                            /** @description masked */
                            phone: string | null;
                            room: string | null;
                            /** @description stored tags plus elderly when age ≥ 60 */
                            tags: ("party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income")[];
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesResidents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    birthDate?: string | null;
                    /** @enum {string|null} */
                    gender?: "male" | "female" | null;
                    householdId?: string | null;
                    idNumber?: string | null;
                    name: string;
                    note?: string | null;
                    phone?: string | null;
                    tags?: ("party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        age: number | null;
                        birthDate: string | null;
                        buildingName: string | null;
                        estateName: string | null;
                        /** @enum {string|null} */
                        gender: "male" | "female" | null;
                        hasAccount: boolean;
                        householdCode: string | null;
                        householdId: string | null;
                        id: string;
                        /** @description masked */
                        idNumber: string | null;
                        isRepresentative: boolean;
                        name: string;
                        note: string | null;
                        /** @description masked */
                        phone: string | null;
                        room: string | null;
                        /** @description stored tags plus elderly when age ≥ 60 */
                        tags: ("party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income")[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_id_number"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesResidentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        age: number | null;
                        birthDate: string | null;
                        buildingName: string | null;
                        estateName: string | null;
                        /** @enum {string|null} */
                        gender: "male" | "female" | null;
                        hasAccount: boolean;
                        householdCode: string | null;
                        householdId: string | null;
                        id: string;
                        /** @description masked */
                        idNumber: string | null;
                        isRepresentative: boolean;
                        name: string;
                        note: string | null;
                        /** @description masked */
                        phone: string | null;
                        room: string | null;
                        /** @description stored tags plus elderly when age ≥ 60 */
                        tags: ("party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income")[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesResidentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    birthDate?: string | null;
                    /** @enum {string|null} */
                    gender?: "male" | "female" | null;
                    householdId?: string | null;
                    idNumber?: string | null;
                    name?: string;
                    note?: string | null;
                    phone?: string | null;
                    tags?: ("party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        age: number | null;
                        birthDate: string | null;
                        buildingName: string | null;
                        estateName: string | null;
                        /** @enum {string|null} */
                        gender: "male" | "female" | null;
                        hasAccount: boolean;
                        householdCode: string | null;
                        householdId: string | null;
                        id: string;
                        /** @description masked */
                        idNumber: string | null;
                        isRepresentative: boolean;
                        name: string;
                        note: string | null;
                        /** @description masked */
                        phone: string | null;
                        room: string | null;
                        /** @description stored tags plus elderly when age ≥ 60 */
                        tags: ("party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income")[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.duplicate"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesResidentsRevealById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    field: "phone" | "idNumber";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        value: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesRostersHouseholdsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesRostersImport: {
        parameters: {
            query?: {
                dryRun?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        households: number;
                        residents: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.file_required.json_too_deep.malformed_json.nul_character.too_many_files.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large.roster_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.roster_invalid.roster_unreadable"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesRostersResidentsXlsx: {
        parameters: {
            query?: {
                /** @description Why full numbers are needed; without it (or without the reveal right) numbers stay masked */
                reason?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesRostersTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @default true */
                            active: boolean;
                            code: string;
                            keywords: string[];
                            labelEn: string;
                            labelZh: string;
                            resolutionHoursNormal: number;
                            resolutionHoursUrgent: number;
                            responseHoursNormal: number;
                            responseHoursUrgent: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    putCommunitiesTicketCategoriesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    keywords: string[];
                    labelEn: string;
                    labelZh: string;
                    resolutionHoursNormal: number;
                    resolutionHoursUrgent: number;
                    responseHoursNormal: number;
                    responseHoursUrgent: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default true */
                        active: boolean;
                        code: string;
                        keywords: string[];
                        labelEn: string;
                        labelZh: string;
                        resolutionHoursNormal: number;
                        resolutionHoursUrgent: number;
                        responseHoursNormal: number;
                        responseHoursUrgent: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.response_after_resolution"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketTemplates: {
        parameters: {
            query?: {
                state?: "submitted" | "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "closed" | "reopened" | "rejected" | "duplicate";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string | null;
                            state: string;
                            text: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "submitted" | "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "closed" | "reopened" | "rejected" | "duplicate";
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                        text: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    deleteCommunitiesTicketTemplatesByTemplateId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTickets: {
        parameters: {
            query?: {
                category?: string;
                gridId?: string;
                overdue?: "1" | "true";
                page?: number;
                pageSize?: number;
                q?: string;
                scope?: "mine" | "supported" | "grid" | "all";
                state?: "submitted" | "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "closed" | "reopened" | "rejected" | "duplicate";
                urgency?: "normal" | "urgent";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            area: string | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            buildingId: string | null;
                            buildingName: string | null;
                            category: string;
                            categoryLabel: string;
                            channel: string;
                            createdAt: string;
                            escalationLevel: number;
                            estateId: string | null;
                            estateName: string | null;
                            gridId: string | null;
                            gridName: string | null;
                            id: string;
                            locationKind: string;
                            number: string;
                            overdue: boolean;
                            reopenCount: number;
                            /** @description Masked (张*) */
                            reporterName: string | null;
                            resolutionDueAt: string;
                            responseDueAt: string;
                            satisfaction: number | null;
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "closed" | "reopened" | "rejected" | "duplicate";
                            supportCount: number;
                            title: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urgency: "normal" | "urgent";
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTickets: {
        parameters: {
            query?: never;
            header?: {
                /** @description A fresh key per submission (a UUID). A retry with the same key and body gets the first answer again (header `Idempotent-Replayed: true`); the same key with another body is refused 422 `idempotency_key_reused`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "3号楼楼道灯不亮",
                 *       "description": "3号楼2单元楼道灯坏了一周，晚上看不见台阶。",
                 *       "locationKind": "building",
                 *       "buildingId": "0193b1c2-3d4e-7f60-8a9b-0c1d2e3f4a5b",
                 *       "urgency": "normal"
                 *     }
                 */
                "application/json": {
                    /** @description Where in a public area, e.g. 南门道闸 */
                    area?: string;
                    buildingId?: string;
                    /** @description Omitted: suggested from the text */
                    category?: string;
                    /**
                     * @default h5
                     * @enum {string}
                     */
                    channel?: "h5" | "qr" | "phone" | "visit" | "monthly_meeting" | "group_chat" | "staff";
                    description: string;
                    estateId?: string;
                    /** @enum {string} */
                    locationKind: "estate" | "building" | "public_area";
                    /** @description Staff and grid teams: the resident this is recorded for */
                    onBehalfOfResidentId?: string;
                    title: string;
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    urgency?: "normal" | "urgent";
                };
                "multipart/form-data": {
                    data: {
                        /** @description Where in a public area, e.g. 南门道闸 */
                        area?: string;
                        buildingId?: string;
                        /** @description Omitted: suggested from the text */
                        category?: string;
                        /**
                         * @default h5
                         * @enum {string}
                         */
                        channel?: "h5" | "qr" | "phone" | "visit" | "monthly_meeting" | "group_chat" | "staff";
                        description: string;
                        estateId?: string;
                        /** @enum {string} */
                        locationKind: "estate" | "building" | "public_area";
                        /** @description Staff and grid teams: the resident this is recorded for */
                        onBehalfOfResidentId?: string;
                        title: string;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        urgency?: "normal" | "urgent";
                    };
                    photos?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0193b1c2-4e5f-7a60-8b9c-0d1e2f3a4b5c",
                     *       "number": "T-20261202-0007"
                     *     }
                     */
                    "application/json": {
                        id: string;
                        number: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.invalid_idempotency_key.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large.photo_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.idempotency_key_reused.invalid_image.too_many_photos.unknown_category"];
            429: components["responses"]["E429.too_many_requests"];
            500: components["responses"]["E500.internal_error"];
            503: components["responses"]["E503.busy"];
        };
    };
    getCommunitiesTicketsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedAt: string | null;
                        area: string | null;
                        assignee: {
                            id: string;
                            name: string;
                        } | null;
                        buildingId: string | null;
                        buildingName: string | null;
                        can: {
                            confirm: boolean;
                            handle: boolean;
                            support: boolean;
                            transitions: string[];
                        };
                        category: string;
                        categoryLabel: string;
                        channel: string;
                        closedAt: string | null;
                        closingReason: string | null;
                        createdAt: string;
                        /** @description null for a household that only supports (同问) it: it sees what the board shows and state changes */
                        description: string | null;
                        escalationLevel: number;
                        estateId: string | null;
                        estateName: string | null;
                        gridId: string | null;
                        gridName: string | null;
                        helpers: {
                            id: string;
                            name: string;
                        }[];
                        id: string;
                        links: {
                            note: string | null;
                            targetId: string;
                            targetType: string;
                            title: string | null;
                        }[];
                        locationKind: string;
                        mergedIntoId: string | null;
                        number: string;
                        overdue: boolean;
                        photos: {
                            height: number;
                            id: string;
                            thumbUrl: string;
                            url: string;
                            width: number;
                        }[];
                        reopenCount: number;
                        /** @description Masked (张*) */
                        reporterName: string | null;
                        /** @description Masked (138****1234); handlers only */
                        reporterPhone: string | null;
                        resolutionDueAt: string;
                        resolvedAt: string | null;
                        responseDueAt: string;
                        satisfaction: number | null;
                        satisfactionComment: string | null;
                        /** @enum {string} */
                        state: "submitted" | "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "closed" | "reopened" | "rejected" | "duplicate";
                        supportCount: number;
                        supportedByMe: boolean;
                        timeline: {
                            actorName: string | null;
                            createdAt: string;
                            data: unknown;
                            fromState: string | null;
                            id: string;
                            kind: string;
                            message: string | null;
                            toState: string | null;
                        }[];
                        title: string;
                        updatedAt: string;
                        /** @enum {string} */
                        urgency: "normal" | "urgent";
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsAssigneeById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeUserId: string;
                    helperUserIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_assignee"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsCategoryById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    category: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.unknown_category"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsCommentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsConfirmById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    satisfaction: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden.not_your_ticket"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.invalid_transition"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsLinksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    targetId: string;
                    targetType: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_linked"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.unknown_link_target"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsMergeById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    intoTicketId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.invalid_transition.merge_target_closed"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.merge_into_self"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsPhotosByIdByPhotoId: {
        parameters: {
            query?: {
                size?: "full" | "thumb";
            };
            header?: never;
            path: {
                communityId: string;
                id: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsReopenById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden.not_your_ticket"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.invalid_transition"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsSupportById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_supported.own_ticket.ticket_not_open"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsSupportWithdrawById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.ticket_not_open"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsTransitionById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message?: string;
                    /** @description Required to reject */
                    reason?: string;
                    /** @enum {string} */
                    to: "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "rejected" | "resume";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.invalid_transition"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.reason_required"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsAssignees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            gridIds: string[];
                            id: string;
                            name: string;
                            roles: string[];
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsBoard: {
        parameters: {
            query: {
                estateId: string;
                page?: number;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        estate: {
                            id: string;
                            name: string;
                        };
                        items: {
                            area: string | null;
                            buildingName: string | null;
                            /** @description 同问 is open to the caller's household: it is open, not theirs, not yet supported */
                            canSupport: boolean;
                            category: string;
                            categoryLabel: string;
                            createdAt: string;
                            id: string;
                            /** @description The caller's household reported it (false when not signed in) */
                            mine: boolean;
                            number: string;
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "closed" | "reopened" | "rejected" | "duplicate";
                            supportCount: number;
                            /** @description The caller's household already supports it */
                            supported: boolean;
                            title: string;
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsBulkAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeUserId: string;
                    ticketIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTicketsCategorySuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string;
                        confidence: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsFigures: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byCategory: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            avgSatisfaction: number | null;
                            closed: number;
                            key: string;
                            label: string;
                            overdue: number;
                            reopenRate: number | null;
                            resolved: number;
                            responded: number;
                            tickets: number;
                        }[];
                        byGrid: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            avgSatisfaction: number | null;
                            closed: number;
                            key: string;
                            label: string;
                            overdue: number;
                            reopenRate: number | null;
                            resolved: number;
                            responded: number;
                            tickets: number;
                        }[];
                        byMonth: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            avgSatisfaction: number | null;
                            closed: number;
                            key: string;
                            label: string;
                            overdue: number;
                            reopenRate: number | null;
                            resolved: number;
                            responded: number;
                            tickets: number;
                        }[];
                        byState: {
                            count: number;
                            state: string;
                        }[];
                        total: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            avgSatisfaction: number | null;
                            closed: number;
                            key: string;
                            label: string;
                            overdue: number;
                            reopenRate: number | null;
                            resolved: number;
                            responded: number;
                            tickets: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsLedgerXlsx: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsLinked: {
        parameters: {
            query: {
                targetId: string;
                targetType: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsOverdue: {
        parameters: {
            query?: {
                category?: string;
                gridId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                scope?: "mine" | "supported" | "grid" | "all";
                state?: "submitted" | "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "closed" | "reopened" | "rejected" | "duplicate";
                urgency?: "normal" | "urgent";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            area: string | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            buildingId: string | null;
                            buildingName: string | null;
                            category: string;
                            categoryLabel: string;
                            channel: string;
                            createdAt: string;
                            escalationLevel: number;
                            estateId: string | null;
                            estateName: string | null;
                            gridId: string | null;
                            gridName: string | null;
                            id: string;
                            locationKind: string;
                            number: string;
                            overdue: boolean;
                            reopenCount: number;
                            /** @description Masked (张*) */
                            reporterName: string | null;
                            resolutionDueAt: string;
                            responseDueAt: string;
                            satisfaction: number | null;
                            /** @enum {string} */
                            state: "submitted" | "accepted" | "in_progress" | "waiting_on_reporter" | "resolved" | "closed" | "reopened" | "rejected" | "duplicate";
                            supportCount: number;
                            title: string;
                            updatedAt: string;
                            /** @enum {string} */
                            urgency: "normal" | "urgent";
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsPlaces: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        estates: {
                            buildings: {
                                id: string;
                                name: string;
                            }[];
                            id: string;
                            name: string;
                        }[];
                        myBuildingId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTicketsQr: {
        parameters: {
            query: {
                buildingId: string;
                format?: "svg" | "png";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTopics: {
        parameters: {
            query?: {
                stage?: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                status?: "active" | "closed";
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            closedAt: string | null;
                            consultationId: string | null;
                            createdAt: string;
                            estateId: string | null;
                            id: string;
                            /** @enum {string} */
                            source: "ticket" | "party" | "monthly_meeting" | "other";
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            /** @enum {string} */
                            status: "active" | "closed";
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTopics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    /** @default null */
                    estateId?: string | null;
                    /** @enum {string} */
                    source: "ticket" | "party" | "monthly_meeting" | "other";
                    /** @default [] */
                    ticketIds?: string[];
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.estate_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTopicsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    patchCommunitiesTopicsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    estateId?: string | null;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTopicsAdvanceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resolveTickets?: boolean;
                    skipReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.stage_incomplete.topic_closed"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    putCommunitiesTopicsDecisionById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    consultationId?: string | null;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.decision_signed"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTopicsEvidenceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fileRef?: string;
                    /** @enum {string} */
                    kind: "note" | "file" | "meeting" | "option" | "publication";
                    meetingId?: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.topic_closed"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTopicsSignoffsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    party: "party_branch" | "property_company" | "committee" | "building_leaders";
                    signerName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden.not_party_member"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_signed.no_decision"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesTopicsTicketsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ticketIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    deleteCommunitiesTopicsTicketsByIdByTicketId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                id: string;
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        consultationId: string | null;
                        createdAt: string;
                        decision: {
                            at: string | null;
                            consultationId: string | null;
                            signoffs: {
                                /** @enum {string} */
                                party: "party_branch" | "property_company" | "committee" | "building_leaders";
                                signedAt: string;
                                signerName: string;
                            }[];
                            text: string;
                        } | null;
                        description: string;
                        estateId: string | null;
                        evidence: {
                            createdAt: string;
                            fileRef: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "note" | "file" | "meeting" | "option" | "publication";
                            meetingId: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            text: string;
                        }[];
                        id: string;
                        meetings: {
                            id: string;
                            kind: string;
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[];
                        missing: string[];
                        /** @enum {string} */
                        source: "ticket" | "party" | "monthly_meeting" | "other";
                        /** @enum {string} */
                        stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                        stages: {
                            endedAt: string | null;
                            skipReason: string | null;
                            /** @enum {string} */
                            stage: "proposed" | "research" | "forum" | "consultation" | "decision" | "implementation" | "review" | "closed";
                            startedAt: string;
                            /** @enum {string} */
                            status: "active" | "completed" | "skipped";
                        }[];
                        /** @enum {string} */
                        status: "active" | "closed";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            supportCount: number;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.topic_closed"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesTopicsStats: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: number;
                        byStage: {
                            [key: string]: number;
                        };
                        problemsSolved: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["E400.bad_url.nul_character"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postJoin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @description Defaults to the phone */
                    login?: string;
                    name: string;
                    /** @description Needed when not signed in: at least 10 characters */
                    password?: string;
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        communities: {
                            householdId: string | null;
                            id: string;
                            name: string;
                            residentId: string | null;
                            roles: string[];
                        }[];
                        user: {
                            displayName: string;
                            id: string;
                            login: string;
                            platformAdmin: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            403: components["responses"]["E403.cross_site_request"];
            409: components["responses"]["E409.already_resident.login_taken"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.join_code_invalid.login_is_phone.weak_password"];
            429: components["responses"]["E429.too_many_requests"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        communities: {
                            householdId: string | null;
                            id: string;
                            name: string;
                            residentId: string | null;
                            roles: string[];
                        }[];
                        user: {
                            displayName: string;
                            id: string;
                            login: string;
                            platformAdmin: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character"];
            401: components["responses"]["E401.unauthenticated"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                unread?: "1" | "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: string;
                            communityId: string | null;
                            createdAt: string;
                            entityId: string | null;
                            entityType: string | null;
                            id: string;
                            kind: string;
                            read: boolean;
                            title: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                        unread: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postNotificationsReadById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": null;
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No input: send no body, or {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getPublicConsultationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt: string | null;
                        closesAt: string;
                        description: string;
                        eligibleCount: number | null;
                        id: string;
                        openedAt: string | null;
                        opensAt: string;
                        publicArchive: boolean;
                        questions: {
                            approveOption?: string;
                            key: string;
                            options: {
                                key: string;
                                label: string;
                            }[];
                            text: string;
                        }[];
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        rules: {
                            approval: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                            participation: {
                                den: number;
                                num: number;
                                /** @enum {string} */
                                op: ">=" | ">";
                            };
                        };
                        /** @enum {string} */
                        status: "draft" | "open" | "closed";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getPublicConsultationsArchiveById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ballots: {
                            answers: {
                                [key: string]: string;
                            };
                            ballotId: string;
                            /** @enum {string} */
                            channel: "online" | "paper" | "door_to_door";
                            confirmedBy?: string | null;
                            enteredBy?: string | null;
                            formNumber: string | null;
                            household: string;
                            householdCode?: string;
                            lastSeq: number;
                            receipt: string;
                            seq: number;
                            /** @enum {string} */
                            status: "pending" | "counted";
                        }[];
                        chainCheck: {
                            entries: number;
                            firstBreak: {
                                reason: string;
                                seq: number;
                            } | null;
                            head: string;
                            ok: boolean;
                        };
                        consultation: {
                            closedAt: string | null;
                            closesAt: string;
                            communityName: string;
                            description: string;
                            id: string;
                            openedAt: string | null;
                            opensAt: string;
                            questions: {
                                approveOption?: string;
                                key: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                text: string;
                            }[];
                            rules: {
                                approval: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                                participation: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                            };
                            scope: {
                                /** @enum {string} */
                                kind: "all";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "estates";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "buildings";
                            } | {
                                /** @enum {string} */
                                kind: "tag";
                                /** @enum {string} */
                                tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                            };
                            title: string;
                        };
                        eligible: {
                            code?: string;
                            householdId?: string;
                            representative?: string | null;
                            salt?: string;
                            token: string;
                        }[];
                        entries: {
                            actor_id: string | null;
                            actorName?: string | null;
                            at: string;
                            ballot_id: string | null;
                            consultation_id: string;
                            data: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            household_id: string | null;
                            /** @enum {string} */
                            kind: "open" | "ballot" | "confirm" | "correction" | "close";
                            prev_hash: string;
                            seq: number;
                        }[];
                        exportedAt: string;
                        /** @enum {string} */
                        format: "gongzhi-consultation/2";
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                        /** @enum {string} */
                        view: "public" | "staff";
                    } | {
                        ballots: {
                            answers: {
                                [key: string]: string;
                            };
                            ballotId: string;
                            /** @enum {string} */
                            channel: "online" | "paper" | "door_to_door";
                            confirmedBy: string | null;
                            enteredBy: string | null;
                            formNumber: string | null;
                            householdCode: string;
                            householdId: string;
                            receipt: string;
                            seq: number;
                            /** @enum {string} */
                            status: "pending" | "counted";
                        }[];
                        chainCheck: {
                            entries: number;
                            firstBreak: {
                                reason: string;
                                seq: number;
                            } | null;
                            head: string;
                            ok: boolean;
                        };
                        consultation: {
                            closedAt: string | null;
                            closesAt: string;
                            communityName: string;
                            description: string;
                            id: string;
                            openedAt: string | null;
                            opensAt: string;
                            questions: {
                                approveOption?: string;
                                key: string;
                                options: {
                                    key: string;
                                    label: string;
                                }[];
                                text: string;
                            }[];
                            rules: {
                                approval: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                                participation: {
                                    den: number;
                                    num: number;
                                    /** @enum {string} */
                                    op: ">=" | ">";
                                };
                            };
                            scope: {
                                /** @enum {string} */
                                kind: "all";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "estates";
                            } | {
                                ids: string[];
                                /** @enum {string} */
                                kind: "buildings";
                            } | {
                                /** @enum {string} */
                                kind: "tag";
                                /** @enum {string} */
                                tag: "party_member" | "elderly" | "living_alone" | "car_owner" | "disabled" | "veteran" | "volunteer" | "low_income";
                            };
                            title: string;
                        };
                        eligible: {
                            code: string;
                            householdId: string;
                            representative: string | null;
                        }[];
                        entries: {
                            actor_id: string | null;
                            actorName: string | null;
                            at: string;
                            ballot_id: string | null;
                            consultation_id: string;
                            data: unknown;
                            hash: string;
                            household_id: string | null;
                            /** @enum {string} */
                            kind: "open" | "ballot" | "confirm" | "correction" | "close";
                            prev_hash: string;
                            seq: number;
                        }[];
                        exportedAt: string;
                        /** @enum {string} */
                        format: "gongzhi-consultation/1";
                        result: {
                            chainHead: string;
                            chainLength: number;
                            closedAt: string;
                            closedBy: string;
                            tally: {
                                byChannel: {
                                    [key: string]: number;
                                };
                                eligible: number;
                                participants: number;
                                participationMet: boolean;
                                passed: boolean;
                                pending: number;
                                questions: {
                                    approvals: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                }[];
                            };
                        } | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.archive_not_public.consultation_not_closed"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getPublicConsultationsProofsByIdByHash: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hash: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chainHead: string;
                        chainLength: number;
                        consultationId: string;
                        entries: {
                            actor_id: string | null;
                            at: string;
                            ballot_id: string | null;
                            consultation_id: string;
                            data: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            household_id: string | null;
                            /** @enum {string} */
                            kind: "open" | "ballot" | "confirm" | "correction" | "close";
                            prev_hash: string;
                            seq: number;
                        }[];
                        seq: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            404: components["responses"]["E404.not_found.receipt_not_found"];
            409: components["responses"]["E409.consultation_not_closed"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getPublicConsultationsReceiptsByIdByHash: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hash: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: string;
                        } | null;
                        at: string;
                        chainHead: string | null;
                        chainLength: number;
                        /** @enum {string|null} */
                        channel: "online" | "paper" | "door_to_door" | null;
                        consultationId: string;
                        /** @enum {string} */
                        consultationStatus: "draft" | "open" | "closed";
                        counted: boolean;
                        hash: string;
                        intact: boolean;
                        /** @enum {string} */
                        kind: "open" | "ballot" | "confirm" | "correction" | "close";
                        seq: number;
                        superseded: boolean;
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            404: components["responses"]["E404.not_found.receipt_not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getTowns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            communities: number;
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character"];
            401: components["responses"]["E401.unauthenticated"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getTownsOverviewByTownId: {
        parameters: {
            query?: {
                /** @description First month, YYYY-MM (Asia/Shanghai); default 11 months before `to` */
                from?: string;
                /** @description Last month, YYYY-MM; default this month */
                to?: string;
            };
            header?: never;
            path: {
                townId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        communities: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            /** @description 1–5, over the tickets rated */
                            avgSatisfaction: number | null;
                            closed: number;
                            communityId: string;
                            consultationsHeld: number;
                            medianResolutionHours: number | null;
                            medianResponseHours: number | null;
                            meetingsHeld: number;
                            name: string;
                            open: number;
                            p90ResolutionHours: number | null;
                            p90ResponseHours: number | null;
                            participationRate: number | null;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolved: number;
                            tickets: number;
                            topicsClosed: number;
                        }[];
                        from: string;
                        to: string;
                        total: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            /** @description 1–5, over the tickets rated */
                            avgSatisfaction: number | null;
                            closed: number;
                            consultationsHeld: number;
                            medianResolutionHours: number | null;
                            medianResponseHours: number | null;
                            meetingsHeld: number;
                            open: number;
                            p90ResolutionHours: number | null;
                            p90ResponseHours: number | null;
                            participationRate: number | null;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolved: number;
                            tickets: number;
                            topicsClosed: number;
                        };
                        town: {
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
}
