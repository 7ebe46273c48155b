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
    "/api/communities/{communityId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities (learning sessions, festivals, greening days) with seats taken and the caller's own sign-up */
        get: operations["getCommunitiesActivities"];
        put?: never;
        /** Create an activity with its capacity and time */
        post: operations["postCommunitiesActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An activity; organisers see who signed up (names masked) */
        get: operations["getCommunitiesActivitiesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/activities/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in with the code of the QR at the event (signs up on the spot while seats are left) */
        post: operations["postCommunitiesActivitiesCheckInById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/activities/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check out with the same code; the minutes served are counted */
        post: operations["postCommunitiesActivitiesCheckOutById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/activities/{id}/checkin-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed code and H5 URL for the check-in screen's QR */
        get: operations["getCommunitiesActivitiesCheckinCodeById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/activities/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up (409 activity_full when no seat is left) */
        post: operations["postCommunitiesActivitiesSignupsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/activities/{id}/walk-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a volunteer from the paper sign-in sheet with the minutes served */
        post: operations["postCommunitiesActivitiesWalkInsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/activities/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My volunteer person-times and hours */
        get: operations["getCommunitiesActivitiesMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/activities/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Person-times and hours of a year: per month, per person, party members */
        get: operations["getCommunitiesActivitiesStats"];
        put?: never;
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
        /** A community's figures over a period of months (default: the last 12): tickets, meetings, topics and consultations from the summary tables; volunteers, donations, project spend, property scores and the emergency fund from their modules */
        get: operations["getCommunitiesDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/donations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Donations with their estimated market value, and the total value saved */
        get: operations["getCommunitiesDonations"];
        put?: never;
        /** Record a donation (item, quantity, estimated value, donor, where it went) */
        post: operations["postCommunitiesDonations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/donations/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a photo of a donation (multipart: one `photo`) */
        post: operations["postCommunitiesDonationsPhotosById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/donations/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo of a donation (or its thumbnail) */
        get: operations["getCommunitiesDonationsPhotosByIdByPhotoId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/duty-shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Duty shifts overlapping a range (default: yesterday to a week ahead) and the gaps in it */
        get: operations["getCommunitiesDutyShifts"];
        put?: never;
        /** Add a shift to the roster */
        post: operations["postCommunitiesDutyShifts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/duty-shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a shift that has not ended */
        delete: operations["deleteCommunitiesDutyShiftsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/duty-shifts/{id}/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Swap the people of two shifts (the times stay) */
        post: operations["postCommunitiesDutyShiftsSwapById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/duty/now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is on duty now, with the duty phone, and when coverage next lapses */
        get: operations["getCommunitiesDutyNow"];
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
    "/api/communities/{communityId}/evaluation-rubric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rubric new rounds use (the defaults until the community saves its own) */
        get: operations["getCommunitiesEvaluationRubric"];
        /** Save the rubric: weights add up to 100; once a round used a version, saving starts the next one */
        put: operations["putCommunitiesEvaluationRubric"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluation rounds, newest quarter first */
        get: operations["getCommunitiesEvaluations"];
        put?: never;
        /** Open the quarter's round for a property company and estate (one each); fixes the rubric and the committee list */
        post: operations["postCommunitiesEvaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round: rubric, the caller's own sheet, the result once closed, ticket figures, rectifications */
        get: operations["getCommunitiesEvaluationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/evaluations/{id}/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise a rectification item for the property company, with a due date */
        post: operations["postCommunitiesEvaluationsRectificationsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/evaluations/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score every item 0–100 with a comment, once; the last member's sheet closes the round */
        post: operations["postCommunitiesEvaluationsScoresById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/evaluations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closed rounds as .xlsx for the town's subsidy (one row per round) */
        get: operations["getCommunitiesEvaluationsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/evaluations/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closed rounds across quarters: score, item means and ticket figures */
        get: operations["getCommunitiesEvaluationsTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/fee-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current fee list (维修费用清单): items with unit, unit price (fen) and standard hours */
        get: operations["getCommunitiesFeeList"];
        /** Publish a new version of the fee list (quotes keep the version they used) */
        put: operations["putCommunitiesFeeList"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger funds: balance, spending this year and the remaining yearly budget */
        get: operations["getCommunitiesFunds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/funds/{fund}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fund and its ledger (newest first) */
        get: operations["getCommunitiesFundsByFund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/funds/{fund}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a fund's budget for the current year */
        put: operations["putCommunitiesFundsBudgetByFund"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/funds/{fund}/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money paid into a fund */
        post: operations["postCommunitiesFundsDepositsByFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/grid-dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One grid's tickets over a period (the grid leader's view): staff and the party branch pick any grid, a grid team member sees their own */
        get: operations["getCommunitiesGridDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/communities/{communityId}/ledgers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledgers the caller may export (each module's own right to its records) */
        get: operations["getCommunitiesLedgers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/ledgers/{key}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ledger of a period as .xlsx: a cover sheet (community, period, generated, by whom, rows) and the rows */
        get: operations["getCommunitiesLedgersExportXlsxByKey"];
        put?: never;
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
    "/api/communities/{communityId}/monthly-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly reports (archive), newest month first */
        get: operations["getCommunitiesMonthlyReports"];
        put?: never;
        /** Generate a month's report as a draft from the month's data */
        post: operations["postCommunitiesMonthlyReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/monthly-reports/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One month's report */
        get: operations["getCommunitiesMonthlyReportsByMonth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit text sections of a draft (those named); a finalised report answers 409 */
        patch: operations["patchCommunitiesMonthlyReportsByMonth"];
        trace?: never;
    };
    "/api/communities/{communityId}/monthly-reports/{month}/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finalise: freeze the content with its SHA-256 (audited) and archive it; further edits answer 409 */
        post: operations["postCommunitiesMonthlyReportsFinaliseByMonth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/monthly-reports/{month}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a draft's figures again from the month's data (text kept) */
        post: operations["postCommunitiesMonthlyReportsRegenerateByMonth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/monthly-reports/{month}/report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as .docx (Word) */
        get: operations["getCommunitiesMonthlyReportsReportDocxByMonth"];
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
    "/api/communities/{communityId}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The need list (需求清单) with the offer, project and donation each need went to */
        get: operations["getCommunitiesNeeds"];
        put?: never;
        /** Add a need to the need list */
        post: operations["postCommunitiesNeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/needs/{id}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match a need to an offer of the resource list */
        post: operations["postCommunitiesNeedsMatchById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/needs/{id}/met": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a need met, pointing at the donation that met it */
        post: operations["postCommunitiesNeedsMetById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/needs/{id}/project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a need into a project of the project list */
        post: operations["postCommunitiesNeedsProjectById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The community's notice board (公示栏): published and withdrawn notices, newest first */
        get: operations["getCommunitiesNotices"];
        put?: never;
        /** Publish a notice from a record (its public fields snapshotted and hashed now) for a period */
        post: operations["postCommunitiesNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A notice with its snapshot, whether the record changed since, and the QR code for printing */
        get: operations["getCommunitiesNoticesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/notices/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a notice (kept, marked withdrawn with the reason; audited) */
        post: operations["postCommunitiesNoticesWithdrawById"];
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
    "/api/communities/{communityId}/notification-sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest 50 SMS of the community: recipient, kind and status (never the number or the text) */
        get: operations["getCommunitiesNotificationSms"];
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
    "/api/communities/{communityId}/pairing-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pairing agreements (结对共建) with partner units */
        get: operations["getCommunitiesPairingAgreements"];
        put?: never;
        /** Record a pairing agreement with a partner unit */
        post: operations["postCommunitiesPairingAgreements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/car-parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Car parks with their spaces and the rule version in force today */
        get: operations["getCommunitiesParkingCarParks"];
        put?: never;
        /** Record a car park (estate, total spaces, opening date) */
        post: operations["postCommunitiesParkingCarParks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/car-parks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A car park with its spaces and every rule version (with the decision and consultation behind it) */
        get: operations["getCommunitiesParkingCarParksById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/car-parks/{id}/rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rule version in force on a date (today by default) */
        get: operations["getCommunitiesParkingCarParksRuleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/car-parks/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a rule version: it must link to a topic's signed decision and its closed consultation (422 otherwise); versions are never changed */
        post: operations["postCommunitiesParkingCarParksRulesById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/car-parks/{id}/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add spaces (never beyond the car park's total; nothing is written on a refusal) */
        post: operations["postCommunitiesParkingCarParksSpacesById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resident's household's vehicles and the rules in force where it lives, each with the consultation behind it */
        get: operations["getCommunitiesParkingMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rule versions that carry out a topic's decision (the topic's implementation) */
        get: operations["getCommunitiesParkingRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered vehicles; plates masked unless the caller may reveal them and gives a reason (audited) */
        get: operations["getCommunitiesParkingVehicles"];
        put?: never;
        /** Register a vehicle to a household (plate format checked; a plate once per community) */
        post: operations["postCommunitiesParkingVehicles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/parking/vehicles/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The full plate; recorded in the audit trail with the reason */
        post: operations["postCommunitiesParkingVehiclesRevealById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/party-commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党员责任清单: each party member's commitments of a year with their fulfilment */
        get: operations["getCommunitiesPartyCommitments"];
        put?: never;
        /** Add a commitment to a party member's list */
        post: operations["postCommunitiesPartyCommitments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/party-commitments/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log fulfilment (the member their own; staff for anyone) */
        post: operations["postCommunitiesPartyCommitmentsEntriesById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funded projects (项目清单) with budget, spent and balance */
        get: operations["getCommunitiesProjects"];
        put?: never;
        /** Record a funded project */
        post: operations["postCommunitiesProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project with its items, spending and photos */
        get: operations["getCommunitiesProjectsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a project: budget (not below what is spent), progress, status, publication */
        patch: operations["patchCommunitiesProjectsById"];
        trace?: never;
    };
    "/api/communities/{communityId}/projects/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a before/after photo or an invoice (multipart: `kind` and one `photo`) */
        post: operations["postCommunitiesProjectsPhotosById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/projects/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo or invoice of the project (or its thumbnail) */
        get: operations["getCommunitiesProjectsPhotosByIdByPhotoId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/projects/{id}/spending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a spending entry (409 over_budget when the balance is too small: nothing is written) */
        post: operations["postCommunitiesProjectsSpendingById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deputy's proposals (代表建议), open ones first */
        get: operations["getCommunitiesProposals"];
        put?: never;
        /** Group tickets (or a topic's tickets) into a proposal: problem, suggestion, addressee */
        post: operations["postCommunitiesProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal with its coordination log and tickets */
        get: operations["getCommunitiesProposalsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/proposals/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a step of the coordination */
        post: operations["postCommunitiesProposalsLogsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/proposals/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome: the linked tickets are resolved with it and their reporters notified */
        post: operations["postCommunitiesProposalsOutcomeById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rectification items of every round */
        get: operations["getCommunitiesRectifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/rectifications/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a rectification done (needs at least one photo) */
        post: operations["postCommunitiesRectificationsDoneById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/rectifications/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add completion photos (multipart `photos`) */
        post: operations["postCommunitiesRectificationsPhotosById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/rectifications/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A completion photo (or its thumbnail) */
        get: operations["getCommunitiesRectificationsPhotosByIdByPhotoId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referrals to departments; outstanding ones (挂账) first */
        get: operations["getCommunitiesReferrals"];
        put?: never;
        /** Refer a ticket's need to a department (the ticket's timeline shows it) */
        post: operations["postCommunitiesReferrals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A referral */
        get: operations["getCommunitiesReferralsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/referrals/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the department's answer: the referral leaves the outstanding list */
        post: operations["postCommunitiesReferralsResponseById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/referrals/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Department response times and the outstanding count */
        get: operations["getCommunitiesReferralsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/communities/{communityId}/resource-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resource list (资源清单): what partners offer */
        get: operations["getCommunitiesResourceOffers"];
        put?: never;
        /** Add an offer to the resource list */
        post: operations["postCommunitiesResourceOffers"];
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
    "/api/communities/{communityId}/ticket-category-lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Category corrections this community's suggestions learn from */
        get: operations["getCommunitiesTicketCategoryLessons"];
        put?: never;
        post?: never;
        /** Forget every correction: the community's suggestions go back to the shared model */
        delete: operations["deleteCommunitiesTicketCategoryLessons"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/ticket-category-lessons/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Forget one correction (the ticket keeps its category) */
        delete: operations["deleteCommunitiesTicketCategoryLessonsByTicketId"];
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
    "/api/communities/{communityId}/tickets/{id}/joins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join what a resident said (group chat, call, visit) to this open ticket: a timeline entry, and the resident's household supports it */
        post: operations["postCommunitiesTicketsJoinsById"];
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
    "/api/communities/{communityId}/work-order-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quote above which a work order needs sign-off before work starts */
        get: operations["getCommunitiesWorkOrderSettings"];
        /** Set the sign-off threshold (fen) */
        put: operations["putCommunitiesWorkOrderSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work orders (a resident sees those made from their own tickets) */
        get: operations["getCommunitiesWorkOrders"];
        put?: never;
        /** Create a work order from a ticket (linked both ways), a topic or an inspection */
        post: operations["postCommunitiesWorkOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work order: quote, sign-offs, photos, acceptance, linked tickets and what the caller may do */
        get: operations["getCommunitiesWorkOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the order: text and funding while open (not after sign-off), assignee and executor until done */
        patch: operations["patchCommunitiesWorkOrdersById"];
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the work (reporter or committee): the cost is posted to the fund and the linked tickets are resolved */
        post: operations["postCommunitiesWorkOrdersAcceptById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order before work starts, with a reason (nothing is posted to any fund) */
        post: operations["postCommunitiesWorkOrdersCancelById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report the work done: multipart with a `data` part ({"note"}) and the site `photos` */
        post: operations["postCommunitiesWorkOrdersCompleteById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A completion photo (or its thumbnail) */
        get: operations["getCommunitiesWorkOrdersPhotosByIdByPhotoId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Quote from the current fee list: item and quantity per line; the total is integer fen */
        put: operations["putCommunitiesWorkOrdersQuoteById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review an emergency order that started without sign-off */
        post: operations["postCommunitiesWorkOrdersReviewById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}/signoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign off the quote as a committee member or community staff (two different people) */
        post: operations["postCommunitiesWorkOrdersSignoffsById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/work-orders/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start work (above the threshold only after both sign-offs; an emergency starts at once and is reviewed afterwards) */
        post: operations["postCommunitiesWorkOrdersStartById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities/{communityId}/workbench": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's workbench (工作台): their tickets and their grid's, overdue and due within 24 h, answers owed, paper ballots to confirm, sign-offs for their party, this week's meetings with open action items, consultations closing soon with turnout by building — each section for the roles it concerns */
        get: operations["getCommunitiesWorkbench"];
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
    "/api/notification-prefs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification preferences: SMS per kind of message, quiet hours, the daily digest */
        get: operations["getNotificationPrefs"];
        /** Set my notification preferences */
        put: operations["putNotificationPrefs"];
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
    "/api/public/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public notice of a closed round: scores, figures, rectification progress (no member, no comment) */
        get: operations["getPublicEvaluationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A notice for anyone (no sign-in, no personal data), with 「公示后记录已变更」 when the record changed */
        get: operations["getPublicNoticesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published projects of a community (no personal data) */
        get: operations["getPublicProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public disclosure of a published project: budget, spending, balance, before/after photos (no invoices, no personal data) */
        get: operations["getPublicProjectsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/projects/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A before/after photo of a published project */
        get: operations["getPublicProjectsPhotosByIdByPhotoId"];
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
    "/api/towns/{townId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Latest closed round of each property company in each estate of the town's communities (platform admin) */
        get: operations["getTownsEvaluationsByTownId"];
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
        /** @description The request is not valid: `bad_url`, `json_too_deep`, `malformed_json`, `nul_character`, `photo_required`, `validation_failed` */
        "E400.bad_url.json_too_deep.malformed_json.nul_character.photo_required.validation_failed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "bad_url" | "json_too_deep" | "malformed_json" | "nul_character" | "photo_required" | "validation_failed";
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
        /** @description Refused: `cross_site_request`, `forbidden`, `not_acceptor` */
        "E403.cross_site_request.forbidden.not_acceptor": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cross_site_request" | "forbidden" | "not_acceptor";
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
        /** @description Refused: `cross_site_request`, `forbidden`, `not_round_member` */
        "E403.cross_site_request.forbidden.not_round_member": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cross_site_request" | "forbidden" | "not_round_member";
                    };
                };
            };
        };
        /** @description Refused: `cross_site_request`, `forbidden`, `not_signer` */
        "E403.cross_site_request.forbidden.not_signer": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "cross_site_request" | "forbidden" | "not_signer";
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
        /** @description Refused: `forbidden`, `no_grid`, `not_your_grid` */
        "E403.forbidden.no_grid.not_your_grid": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "forbidden" | "no_grid" | "not_your_grid";
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
        /** @description Conflicts with the current state: `activity_ended`, `activity_full`, `already_signed_up` */
        "E409.activity_ended.activity_full.already_signed_up": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "activity_ended" | "activity_full" | "already_signed_up";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `activity_full`, `activity_not_started`, `already_signed_up` */
        "E409.activity_full.activity_not_started.already_signed_up": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "activity_full" | "activity_not_started" | "already_signed_up";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `activity_full`, `already_checked_in`, `already_signed_up`, `outside_activity_time` */
        "E409.activity_full.already_checked_in.already_signed_up.outside_activity_time": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "activity_full" | "already_checked_in" | "already_signed_up" | "outside_activity_time";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `already_checked_out`, `not_checked_in`, `outside_activity_time` */
        "E409.already_checked_out.not_checked_in.outside_activity_time": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_checked_out" | "not_checked_in" | "outside_activity_time";
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
        /** @description Conflicts with the current state: `already_scored`, `evaluation_closed` */
        "E409.already_scored.evaluation_closed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_scored" | "evaluation_closed";
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
        /** @description Conflicts with the current state: `already_signed`, `no_quote`, `side_signed`, `signoff_not_needed`, `work_order_wrong_status` */
        "E409.already_signed.no_quote.side_signed.signoff_not_needed.work_order_wrong_status": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "already_signed" | "no_quote" | "side_signed" | "signoff_not_needed" | "work_order_wrong_status";
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
        /** @description Conflicts with the current state: `budget_below_spent` */
        "E409.budget_below_spent": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "budget_below_spent";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `car_park_exists` */
        "E409.car_park_exists": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "car_park_exists";
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
        /** @description Conflicts with the current state: `evaluation_not_closed` */
        "E409.evaluation_not_closed": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "evaluation_not_closed";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `insufficient_funds`, `invalid_transition`, `work_order_wrong_status` */
        "E409.insufficient_funds.invalid_transition.work_order_wrong_status": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "insufficient_funds" | "invalid_transition" | "work_order_wrong_status";
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
        /** @description Conflicts with the current state: `need_met` */
        "E409.need_met": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "need_met";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `no_quote`, `signoff_required`, `work_order_wrong_status` */
        "E409.no_quote.signoff_required.work_order_wrong_status": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "no_quote" | "signoff_required" | "work_order_wrong_status";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `notice_already_published` */
        "E409.notice_already_published": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "notice_already_published";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `notice_withdrawn` */
        "E409.notice_withdrawn": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "notice_withdrawn";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `over_budget` */
        "E409.over_budget": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "over_budget";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `plate_taken` */
        "E409.plate_taken": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "plate_taken";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `proposal_concluded` */
        "E409.proposal_concluded": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "proposal_concluded";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `quote_signed`, `work_order_wrong_status` */
        "E409.quote_signed.work_order_wrong_status": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "quote_signed" | "work_order_wrong_status";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `rectification_done` */
        "E409.rectification_done": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "rectification_done";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `referral_answered` */
        "E409.referral_answered": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "referral_answered";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `report_changed`, `report_finalised` */
        "E409.report_changed.report_finalised": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "report_changed" | "report_finalised";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `report_exists` */
        "E409.report_exists": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "report_exists";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `report_finalised` */
        "E409.report_finalised": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "report_finalised";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `review_not_pending` */
        "E409.review_not_pending": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "review_not_pending";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `round_exists` */
        "E409.round_exists": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "round_exists";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `rule_date_taken` */
        "E409.rule_date_taken": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "rule_date_taken";
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
        /** @description Conflicts with the current state: `shift_ended` */
        "E409.shift_ended": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "shift_ended";
                    };
                };
            };
        };
        /** @description Conflicts with the current state: `space_exists`, `spaces_over_total` */
        "E409.space_exists.spaces_over_total": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "space_exists" | "spaces_over_total";
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
        /** @description Conflicts with the current state: `work_order_wrong_status` */
        "E409.work_order_wrong_status": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "work_order_wrong_status";
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
        /** @description Understood but not acceptable: `agreement_not_found`, `organization_not_found` */
        "E422.agreement_not_found.organization_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "agreement_not_found" | "organization_not_found";
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
        /** @description Understood but not acceptable: `company_not_found`, `estate_not_found`, `invalid_deadline`, `no_committee_members` */
        "E422.company_not_found.estate_not_found.invalid_deadline.no_committee_members": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "company_not_found" | "estate_not_found" | "invalid_deadline" | "no_committee_members";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `consultation_required`, `daily_cap_below_fee`, `decision_required`, `owner_priority_over_total`, `rule_backdated` */
        "E422.consultation_required.daily_cap_below_fee.decision_required.owner_priority_over_total.rule_backdated": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "consultation_required" | "daily_cap_below_fee" | "decision_required" | "owner_priority_over_total" | "rule_backdated";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `department_not_found`, `expected_date_past` */
        "E422.department_not_found.expected_date_past": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "department_not_found" | "expected_date_past";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `donation_not_found` */
        "E422.donation_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "donation_not_found";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `duplicate_fee_code` */
        "E422.duplicate_fee_code": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "duplicate_fee_code";
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
        /** @description Understood but not acceptable: `estate_not_found`, `funding_ref_required` */
        "E422.estate_not_found.funding_ref_required": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "estate_not_found" | "funding_ref_required";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `estate_not_found`, `funding_ref_required`, `source_required` */
        "E422.estate_not_found.funding_ref_required.source_required": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "estate_not_found" | "funding_ref_required" | "source_required";
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
        /** @description Understood but not acceptable: `household_not_found`, `plate_invalid` */
        "E422.household_not_found.plate_invalid": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "household_not_found" | "plate_invalid";
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
        /** @description Understood but not acceptable: `invalid_checkin_code` */
        "E422.invalid_checkin_code": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_checkin_code";
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
        /** @description Understood but not acceptable: `invalid_dates`, `not_partner_unit`, `organization_not_found` */
        "E422.invalid_dates.not_partner_unit.organization_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_dates" | "not_partner_unit" | "organization_not_found";
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
        /** @description Understood but not acceptable: `invalid_image` */
        "E422.invalid_image": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_image";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_image`, `photo_required`, `too_many_photos` */
        "E422.invalid_image.photo_required.too_many_photos": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_image" | "photo_required" | "too_many_photos";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_image`, `photos_required`, `too_many_photos` */
        "E422.invalid_image.photos_required.too_many_photos": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_image" | "photos_required" | "too_many_photos";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_log_date` */
        "E422.invalid_log_date": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_log_date";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_period` */
        "E422.invalid_period": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_period";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_period`, `notice_record_not_found`, `unknown_notice_type` */
        "E422.invalid_period.notice_record_not_found.unknown_notice_type": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_period" | "notice_record_not_found" | "unknown_notice_type";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_range` */
        "E422.invalid_range": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_range";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_scores` */
        "E422.invalid_scores": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_scores";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `invalid_shift_times` */
        "E422.invalid_shift_times": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invalid_shift_times";
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
        /** @description Understood but not acceptable: `invoice_not_usable` */
        "E422.invoice_not_usable": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "invoice_not_usable";
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
        /** @description Understood but not acceptable: `link_not_found`, `meeting_not_found`, `unknown_link_target` */
        "E422.link_not_found.meeting_not_found.unknown_link_target": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "link_not_found" | "meeting_not_found" | "unknown_link_target";
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
        /** @description Understood but not acceptable: `minutes_exceed_activity` */
        "E422.minutes_exceed_activity": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "minutes_exceed_activity";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `no_fee_list`, `not_on_fee_list` */
        "E422.no_fee_list.not_on_fee_list": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "no_fee_list" | "not_on_fee_list";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `not_a_party_member` */
        "E422.not_a_party_member": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "not_a_party_member";
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
        /** @description Understood but not acceptable: `offer_not_found` */
        "E422.offer_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "offer_not_found";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `offer_not_found`, `organization_not_found` */
        "E422.offer_not_found.organization_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "offer_not_found" | "organization_not_found";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `photo_required` */
        "E422.photo_required": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "photo_required";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `project_not_found` */
        "E422.project_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "project_not_found";
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
        /** @description Understood but not acceptable: `report_month_in_future` */
        "E422.report_month_in_future": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "report_month_in_future";
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
        /** @description Understood but not acceptable: `rubric_keys`, `rubric_weights` */
        "E422.rubric_keys.rubric_weights": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "rubric_keys" | "rubric_weights";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `same_shift` */
        "E422.same_shift": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "same_shift";
                    };
                };
            };
        };
        /** @description Understood but not acceptable: `topic_not_found` */
        "E422.topic_not_found": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "topic_not_found";
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
        /** @description Understood but not acceptable: `unknown_item` */
        "E422.unknown_item": {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "unknown_item";
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
    getCommunitiesActivities: {
        parameters: {
            query?: {
                when?: "upcoming" | "past" | "all";
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
                            capacity: number;
                            checkedIn: number;
                            endsAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "learning" | "festival" | "greening" | "renovation" | "service" | "other";
                            location: string;
                            mine: {
                                checkedInAt: string | null;
                                checkedOutAt: string | null;
                                minutes: number;
                                signedUpAt: string;
                            } | null;
                            signedUp: number;
                            startsAt: string;
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
    postCommunitiesActivities: {
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
                    capacity: number;
                    /** @default  */
                    description?: string;
                    /** Format: date-time */
                    endsAt: string;
                    /** @enum {string} */
                    kind: "learning" | "festival" | "greening" | "renovation" | "service" | "other";
                    location: string;
                    /** Format: date-time */
                    startsAt: string;
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
                        capacity: number;
                        checkedIn: number;
                        description: string;
                        endsAt: string;
                        id: string;
                        /** @enum {string} */
                        kind: "learning" | "festival" | "greening" | "renovation" | "service" | "other";
                        location: string;
                        mine: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            signedUpAt: string;
                        } | null;
                        signedUp: number;
                        signups: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            name: string;
                            partyMember: boolean;
                            signedUpAt: string;
                        }[];
                        startsAt: string;
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
            422: components["responses"]["E422.invalid_times"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesActivitiesById: {
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
                        capacity: number;
                        checkedIn: number;
                        description: string;
                        endsAt: string;
                        id: string;
                        /** @enum {string} */
                        kind: "learning" | "festival" | "greening" | "renovation" | "service" | "other";
                        location: string;
                        mine: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            signedUpAt: string;
                        } | null;
                        signedUp: number;
                        signups: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            name: string;
                            partyMember: boolean;
                            signedUpAt: string;
                        }[];
                        startsAt: string;
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
    postCommunitiesActivitiesCheckInById: {
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
                    code: string;
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
                        capacity: number;
                        checkedIn: number;
                        description: string;
                        endsAt: string;
                        id: string;
                        /** @enum {string} */
                        kind: "learning" | "festival" | "greening" | "renovation" | "service" | "other";
                        location: string;
                        mine: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            signedUpAt: string;
                        } | null;
                        signedUp: number;
                        signups: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            name: string;
                            partyMember: boolean;
                            signedUpAt: string;
                        }[];
                        startsAt: string;
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.activity_full.already_checked_in.already_signed_up.outside_activity_time"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_checkin_code"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesActivitiesCheckOutById: {
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
                    code: string;
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
                        capacity: number;
                        checkedIn: number;
                        description: string;
                        endsAt: string;
                        id: string;
                        /** @enum {string} */
                        kind: "learning" | "festival" | "greening" | "renovation" | "service" | "other";
                        location: string;
                        mine: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            signedUpAt: string;
                        } | null;
                        signedUp: number;
                        signups: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            name: string;
                            partyMember: boolean;
                            signedUpAt: string;
                        }[];
                        startsAt: string;
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_checked_out.not_checked_in.outside_activity_time"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_checkin_code"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesActivitiesCheckinCodeById: {
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
                        closesAt: string;
                        code: string;
                        opensAt: string;
                        url: string;
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
    postCommunitiesActivitiesSignupsById: {
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
                        capacity: number;
                        checkedIn: number;
                        description: string;
                        endsAt: string;
                        id: string;
                        /** @enum {string} */
                        kind: "learning" | "festival" | "greening" | "renovation" | "service" | "other";
                        location: string;
                        mine: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            signedUpAt: string;
                        } | null;
                        signedUp: number;
                        signups: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            name: string;
                            partyMember: boolean;
                            signedUpAt: string;
                        }[];
                        startsAt: string;
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.activity_ended.activity_full.already_signed_up"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesActivitiesWalkInsById: {
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
                    minutes: number;
                    name: string;
                    /** @default false */
                    partyMember?: boolean;
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
                        capacity: number;
                        checkedIn: number;
                        description: string;
                        endsAt: string;
                        id: string;
                        /** @enum {string} */
                        kind: "learning" | "festival" | "greening" | "renovation" | "service" | "other";
                        location: string;
                        mine: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            signedUpAt: string;
                        } | null;
                        signedUp: number;
                        signups: {
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            name: string;
                            partyMember: boolean;
                            signedUpAt: string;
                        }[];
                        startsAt: string;
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.activity_full.activity_not_started.already_signed_up"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.minutes_exceed_activity"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesActivitiesMine: {
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
                            activityId: string;
                            checkedInAt: string | null;
                            checkedOutAt: string | null;
                            minutes: number;
                            startsAt: string;
                            title: string;
                        }[];
                        minutes: number;
                        personTimes: number;
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
    getCommunitiesActivitiesStats: {
        parameters: {
            query?: {
                year?: number;
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
                        activities: number;
                        byMonth: {
                            hours: number;
                            month: string;
                            personTimes: number;
                        }[];
                        byPerson: {
                            hours: number;
                            name: string;
                            partyMember: boolean;
                            personTimes: number;
                        }[];
                        hours: number;
                        partyMembers: {
                            hours: number;
                            people: number;
                            personTimes: number;
                        };
                        people: number;
                        personTimes: number;
                        year: number;
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
                                /** @description the ballot to correct (a counted one may be corrected while the consultation is open) */
                                id: string;
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
                        figures: {
                            donations: {
                                count: number;
                                /** @description Value of the donations that met a need: what the community did not have to pay */
                                savedFen: number;
                                /** @description Money in whole fen (1/100 yuan) */
                                valueFen: number;
                            };
                            emergencyFund: {
                                /** @description Now, whatever the period */
                                balanceFen: number;
                                /** @description Paid in during the period */
                                depositedFen: number;
                                /** @description Paid out in the period */
                                spentFen: number;
                                /** @description Money in whole fen (1/100 yuan) */
                                yearBudgetFen: number;
                            };
                            projectSpend: {
                                payments: number;
                                projects: number;
                                /** @description Money in whole fen (1/100 yuan) */
                                spentFen: number;
                            };
                            propertyScores: {
                                byQuarter: {
                                    quarter: string;
                                    rounds: number;
                                    /** @description Mean of the weighted means of the closed rounds of the quarter */
                                    score: number | null;
                                }[];
                                fromQuarter: string;
                                rounds: {
                                    companyName: string;
                                    estateName: string;
                                    quarter: string;
                                    roundId: string;
                                    score: number | null;
                                }[];
                                toQuarter: string;
                            };
                            volunteers: {
                                hours: number;
                                people: number;
                                /** @description Sign-ups checked out (served) at activities that started in the period */
                                personTimes: number;
                            };
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
    getCommunitiesDonations: {
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
                            createdAt: string;
                            destination: string;
                            donorName: string;
                            donorOrgId: string | null;
                            id: string;
                            item: string;
                            offerId: string | null;
                            photos: {
                                height: number;
                                id: string;
                                thumbUrl: string;
                                url: string;
                                width: number;
                            }[];
                            quantity: number;
                            receivedOn: string;
                            unit: string;
                            valueFen: number;
                        }[];
                        totalValueFen: number;
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
    postCommunitiesDonations: {
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
                    destination: string;
                    donorName: string;
                    /** @default null */
                    donorOrgId?: string | null;
                    item: string;
                    /** @default null */
                    offerId?: string | null;
                    quantity: number;
                    /** Format: date */
                    receivedOn: string;
                    /** @default  */
                    unit?: string;
                    valueFen: number;
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
                        createdAt: string;
                        destination: string;
                        donorName: string;
                        donorOrgId: string | null;
                        id: string;
                        item: string;
                        offerId: string | null;
                        photos: {
                            height: number;
                            id: string;
                            thumbUrl: string;
                            url: string;
                            width: number;
                        }[];
                        quantity: number;
                        receivedOn: string;
                        unit: string;
                        valueFen: number;
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
            422: components["responses"]["E422.offer_not_found.organization_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesDonationsPhotosById: {
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
                "multipart/form-data": {
                    /** Format: binary */
                    photo: string;
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
                        height: number;
                        id: string;
                        thumbUrl: string;
                        url: string;
                        width: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.photo_required.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large.photo_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_image"];
            500: components["responses"]["E500.internal_error"];
            503: components["responses"]["E503.busy"];
        };
    };
    getCommunitiesDonationsPhotosByIdByPhotoId: {
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
    getCommunitiesDutyShifts: {
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
                        gaps: {
                            from: string;
                            to: string;
                        }[];
                        items: {
                            endsAt: string;
                            id: string;
                            note: string;
                            phone: string;
                            staffName: string;
                            startsAt: string;
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
            422: components["responses"]["E422.invalid_range"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesDutyShifts: {
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
                    /** Format: date-time */
                    endsAt: string;
                    /** @default  */
                    note?: string;
                    phone: string;
                    staffName: string;
                    /** Format: date-time */
                    startsAt: string;
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
                        endsAt: string;
                        id: string;
                        note: string;
                        phone: string;
                        staffName: string;
                        startsAt: string;
                        userId: string | null;
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
            422: components["responses"]["E422.invalid_shift_times"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    deleteCommunitiesDutyShiftsById: {
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
            409: components["responses"]["E409.shift_ended"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesDutyShiftsSwapById: {
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
                    withShiftId: string;
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
                        gaps: {
                            from: string;
                            to: string;
                        }[];
                        items: {
                            endsAt: string;
                            id: string;
                            note: string;
                            phone: string;
                            staffName: string;
                            startsAt: string;
                            userId: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.shift_ended"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.same_shift"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesDutyNow: {
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
                            phone: string;
                            staffName: string;
                            until: string;
                        }[];
                        nextGapAt: string | null;
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
    getCommunitiesEvaluationRubric: {
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
                        frozen: boolean;
                        id: string | null;
                        items: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                            weight: number;
                        }[];
                        updatedAt: string | null;
                        version: number;
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
    putCommunitiesEvaluationRubric: {
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
                    items: {
                        key: string;
                        labelEn: string;
                        labelZh: string;
                        weight: number;
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
                        frozen: boolean;
                        id: string | null;
                        items: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                            weight: number;
                        }[];
                        updatedAt: string | null;
                        version: number;
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
            422: components["responses"]["E422.rubric_keys.rubric_weights"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesEvaluations: {
        parameters: {
            query?: {
                estateId?: string;
                status?: "open" | "closed";
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
                            /** @enum {string|null} */
                            closedReason: "all_scored" | "deadline" | null;
                            companyId: string;
                            companyName: string;
                            deadlineAt: string;
                            estateId: string;
                            estateName: string;
                            id: string;
                            members: number;
                            /** @description The caller is a member of the round who has not scored yet */
                            myTurn: boolean;
                            openedAt: string;
                            quarter: string;
                            score: number | null;
                            scored: number;
                            /** @enum {string} */
                            status: "open" | "closed";
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
    postCommunitiesEvaluations: {
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
                    /** @description The property company (an organization of kind property_company) */
                    companyId: string;
                    /** Format: date-time */
                    deadlineAt: string;
                    estateId: string;
                    quarter: string;
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
                        carried: {
                            createdAt: string;
                            detail: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dueDate: string;
                            estateName: string;
                            id: string;
                            itemKey: string | null;
                            overdue: boolean;
                            photos: {
                                id: string;
                            }[];
                            quarter: string;
                            roundId: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            title: string;
                        }[];
                        closedAt: string | null;
                        /** @enum {string|null} */
                        closedReason: "all_scored" | "deadline" | null;
                        companyId: string;
                        companyName: string;
                        deadlineAt: string;
                        estateId: string;
                        estateName: string;
                        figures: {
                            avgCompletionHours: number | null;
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            avgSatisfaction: number | null;
                            dutyGapHours: number | null;
                            emergencyWorkOrders: number | null;
                            overdue: number;
                            reopened: number;
                            repairSpentFen: number | null;
                            tickets: number;
                            workOrders: number | null;
                            workOrdersCompleted: number | null;
                        };
                        id: string;
                        isMember: boolean;
                        members: number;
                        mySheet: {
                            [key: string]: {
                                comment: string;
                                score: number;
                            };
                        } | null;
                        /** @description The caller is a member of the round who has not scored yet */
                        myTurn: boolean;
                        openedAt: string;
                        progress: {
                            member: string;
                            scored: boolean;
                        }[] | null;
                        quarter: string;
                        rectifications: {
                            createdAt: string;
                            detail: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dueDate: string;
                            estateName: string;
                            id: string;
                            itemKey: string | null;
                            overdue: boolean;
                            photos: {
                                id: string;
                            }[];
                            quarter: string;
                            roundId: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            title: string;
                        }[];
                        result: {
                            absent: number;
                            items: {
                                comments: string[];
                                key: string;
                                labelZh: string;
                                max: number | null;
                                mean: number | null;
                                min: number | null;
                                spread: number | null;
                                weight: number;
                            }[];
                            members: number;
                            /** @description Weighted mean over the items, 0–100 */
                            score: number | null;
                            scored: number;
                        } | null;
                        rubric: {
                            items: {
                                key: string;
                                labelEn: string;
                                labelZh: string;
                                weight: number;
                            }[];
                            version: number;
                        };
                        score: number | null;
                        scored: number;
                        /** @enum {string} */
                        status: "open" | "closed";
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.round_exists"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.company_not_found.estate_not_found.invalid_deadline.no_committee_members"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesEvaluationsById: {
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
                        carried: {
                            createdAt: string;
                            detail: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dueDate: string;
                            estateName: string;
                            id: string;
                            itemKey: string | null;
                            overdue: boolean;
                            photos: {
                                id: string;
                            }[];
                            quarter: string;
                            roundId: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            title: string;
                        }[];
                        closedAt: string | null;
                        /** @enum {string|null} */
                        closedReason: "all_scored" | "deadline" | null;
                        companyId: string;
                        companyName: string;
                        deadlineAt: string;
                        estateId: string;
                        estateName: string;
                        figures: {
                            avgCompletionHours: number | null;
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            avgSatisfaction: number | null;
                            dutyGapHours: number | null;
                            emergencyWorkOrders: number | null;
                            overdue: number;
                            reopened: number;
                            repairSpentFen: number | null;
                            tickets: number;
                            workOrders: number | null;
                            workOrdersCompleted: number | null;
                        };
                        id: string;
                        isMember: boolean;
                        members: number;
                        mySheet: {
                            [key: string]: {
                                comment: string;
                                score: number;
                            };
                        } | null;
                        /** @description The caller is a member of the round who has not scored yet */
                        myTurn: boolean;
                        openedAt: string;
                        progress: {
                            member: string;
                            scored: boolean;
                        }[] | null;
                        quarter: string;
                        rectifications: {
                            createdAt: string;
                            detail: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dueDate: string;
                            estateName: string;
                            id: string;
                            itemKey: string | null;
                            overdue: boolean;
                            photos: {
                                id: string;
                            }[];
                            quarter: string;
                            roundId: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            title: string;
                        }[];
                        result: {
                            absent: number;
                            items: {
                                comments: string[];
                                key: string;
                                labelZh: string;
                                max: number | null;
                                mean: number | null;
                                min: number | null;
                                spread: number | null;
                                weight: number;
                            }[];
                            members: number;
                            /** @description Weighted mean over the items, 0–100 */
                            score: number | null;
                            scored: number;
                        } | null;
                        rubric: {
                            items: {
                                key: string;
                                labelEn: string;
                                labelZh: string;
                                weight: number;
                            }[];
                            version: number;
                        };
                        score: number | null;
                        scored: number;
                        /** @enum {string} */
                        status: "open" | "closed";
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
    postCommunitiesEvaluationsRectificationsById: {
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
                    /** @default  */
                    detail?: string;
                    dueDate: string;
                    itemKey?: string | null;
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
                        createdAt: string;
                        detail: string;
                        doneAt: string | null;
                        doneNote: string | null;
                        dueDate: string;
                        estateName: string;
                        id: string;
                        itemKey: string | null;
                        overdue: boolean;
                        photos: {
                            id: string;
                        }[];
                        quarter: string;
                        roundId: string;
                        /** @enum {string} */
                        status: "open" | "done";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.evaluation_not_closed"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.unknown_item"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesEvaluationsScoresById: {
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
                        [key: string]: {
                            comment: string;
                            score: number;
                        };
                    };
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
                        carried: {
                            createdAt: string;
                            detail: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dueDate: string;
                            estateName: string;
                            id: string;
                            itemKey: string | null;
                            overdue: boolean;
                            photos: {
                                id: string;
                            }[];
                            quarter: string;
                            roundId: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            title: string;
                        }[];
                        closedAt: string | null;
                        /** @enum {string|null} */
                        closedReason: "all_scored" | "deadline" | null;
                        companyId: string;
                        companyName: string;
                        deadlineAt: string;
                        estateId: string;
                        estateName: string;
                        figures: {
                            avgCompletionHours: number | null;
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            avgSatisfaction: number | null;
                            dutyGapHours: number | null;
                            emergencyWorkOrders: number | null;
                            overdue: number;
                            reopened: number;
                            repairSpentFen: number | null;
                            tickets: number;
                            workOrders: number | null;
                            workOrdersCompleted: number | null;
                        };
                        id: string;
                        isMember: boolean;
                        members: number;
                        mySheet: {
                            [key: string]: {
                                comment: string;
                                score: number;
                            };
                        } | null;
                        /** @description The caller is a member of the round who has not scored yet */
                        myTurn: boolean;
                        openedAt: string;
                        progress: {
                            member: string;
                            scored: boolean;
                        }[] | null;
                        quarter: string;
                        rectifications: {
                            createdAt: string;
                            detail: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dueDate: string;
                            estateName: string;
                            id: string;
                            itemKey: string | null;
                            overdue: boolean;
                            photos: {
                                id: string;
                            }[];
                            quarter: string;
                            roundId: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            title: string;
                        }[];
                        result: {
                            absent: number;
                            items: {
                                comments: string[];
                                key: string;
                                labelZh: string;
                                max: number | null;
                                mean: number | null;
                                min: number | null;
                                spread: number | null;
                                weight: number;
                            }[];
                            members: number;
                            /** @description Weighted mean over the items, 0–100 */
                            score: number | null;
                            scored: number;
                        } | null;
                        rubric: {
                            items: {
                                key: string;
                                labelEn: string;
                                labelZh: string;
                                weight: number;
                            }[];
                            version: number;
                        };
                        score: number | null;
                        scored: number;
                        /** @enum {string} */
                        status: "open" | "closed";
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden.not_round_member"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_scored.evaluation_closed"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_scores"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesEvaluationsExportXlsx: {
        parameters: {
            query?: {
                year?: number;
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
    getCommunitiesEvaluationsTrend: {
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
                            companyName: string;
                            estateName: string;
                            figures: {
                                avgCompletionHours: number | null;
                                avgResolutionHours: number | null;
                                avgResponseHours: number | null;
                                avgSatisfaction: number | null;
                                dutyGapHours: number | null;
                                emergencyWorkOrders: number | null;
                                overdue: number;
                                reopened: number;
                                repairSpentFen: number | null;
                                tickets: number;
                                workOrders: number | null;
                                workOrdersCompleted: number | null;
                            };
                            items: {
                                [key: string]: number | null;
                            };
                            quarter: string;
                            roundId: string;
                            score: number | null;
                        }[];
                        rubric: {
                            key: string;
                            labelEn: string;
                            labelZh: string;
                            weight: number;
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
    getCommunitiesFeeList: {
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
                            code: string;
                            id: string;
                            name: string;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        note: string;
                        publishedAt: string | null;
                        version: number;
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
    putCommunitiesFeeList: {
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
                    items: {
                        code: string;
                        name: string;
                        standardHours: number;
                        unit: string;
                        unitPriceFen: number;
                    }[];
                    /** @default  */
                    note?: string;
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
                        items: {
                            code: string;
                            id: string;
                            name: string;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        note: string;
                        publishedAt: string | null;
                        version: number;
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
            422: components["responses"]["E422.duplicate_fee_code"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesFunds: {
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
                            balanceFen: number;
                            /** @enum {string} */
                            kind: "property" | "emergency";
                            name: string;
                            remainingBudgetFen: number;
                            spentThisYearFen: number;
                            year: number;
                            yearBudgetFen: number;
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
    getCommunitiesFundsByFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                fund: "property" | "emergency";
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
                        entries: {
                            amountFen: number;
                            at: string;
                            balanceAfterFen: number;
                            id: string;
                            /** @enum {string} */
                            kind: "deposit" | "spend";
                            note: string;
                            workOrderId: string | null;
                            workOrderNumber: string | null;
                        }[];
                        fund: {
                            balanceFen: number;
                            /** @enum {string} */
                            kind: "property" | "emergency";
                            name: string;
                            remainingBudgetFen: number;
                            spentThisYearFen: number;
                            year: number;
                            yearBudgetFen: number;
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
    putCommunitiesFundsBudgetByFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                fund: "property" | "emergency";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    yearBudgetFen: number;
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
                        balanceFen: number;
                        /** @enum {string} */
                        kind: "property" | "emergency";
                        name: string;
                        remainingBudgetFen: number;
                        spentThisYearFen: number;
                        year: number;
                        yearBudgetFen: number;
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
    postCommunitiesFundsDepositsByFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                fund: "property" | "emergency";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen: number;
                    note: string;
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
                        entries: {
                            amountFen: number;
                            at: string;
                            balanceAfterFen: number;
                            id: string;
                            /** @enum {string} */
                            kind: "deposit" | "spend";
                            note: string;
                            workOrderId: string | null;
                            workOrderNumber: string | null;
                        }[];
                        fund: {
                            balanceFen: number;
                            /** @enum {string} */
                            kind: "property" | "emergency";
                            name: string;
                            remainingBudgetFen: number;
                            spentThisYearFen: number;
                            year: number;
                            yearBudgetFen: number;
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
    getCommunitiesGridDashboard: {
        parameters: {
            query?: {
                /** @description First month, YYYY-MM (Asia/Shanghai); default 11 months before `to` */
                from?: string;
                /** @description Default: the first grid the caller may open */
                gridId?: string;
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
                        byMonth: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            /** @description 1–5, over the tickets rated */
                            avgSatisfaction: number | null;
                            closed: number;
                            month: string;
                            open: number;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolved: number;
                            tickets: number;
                        }[];
                        byState: {
                            count: number;
                            state: string;
                        }[];
                        communityId: string;
                        from: string;
                        gridId: string;
                        gridName: string;
                        /** @description The grids the caller may open */
                        grids: {
                            id: string;
                            name: string;
                        }[];
                        tickets: {
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            /** @description 1–5, over the tickets rated */
                            avgSatisfaction: number | null;
                            closed: number;
                            open: number;
                            /** @description Past a running deadline now, whenever created */
                            overdue: number;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolved: number;
                            tickets: number;
                        };
                        to: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.forbidden.no_grid.not_your_grid"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            422: components["responses"]["E422.bad_period.period_too_long"];
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
    getCommunitiesLedgers: {
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
                        ledgers: {
                            /** @description The standard columns, in order */
                            columns: string[];
                            key: string;
                            module: string;
                            titleEn: string;
                            titleZh: string;
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
    getCommunitiesLedgersExportXlsxByKey: {
        parameters: {
            query?: {
                /** @description First month, YYYY-MM (Asia/Shanghai); default `to` */
                from?: string;
                /** @description Last month, YYYY-MM; default this month */
                to?: string;
            };
            header?: never;
            path: {
                communityId: string;
                key: string;
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
            422: components["responses"]["E422.invalid_period"];
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
    getCommunitiesMonthlyReports: {
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
                        reports: {
                            /** @description SHA-256 of the canonical JSON of the frozen content, once finalised */
                            contentHash: string | null;
                            /** @description Display name */
                            createdBy: string;
                            finalisedAt: string | null;
                            finalisedBy: string | null;
                            id: string;
                            month: string;
                            /** @enum {string} */
                            status: "draft" | "final";
                            updatedAt: string;
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
    postCommunitiesMonthlyReports: {
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
                    month: string;
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
                        communityId: string;
                        communityName: string;
                        /** @description SHA-256 of the canonical JSON of the frozen content, once finalised */
                        contentHash: string | null;
                        createdAt: string;
                        /** @description Display name */
                        createdBy: string;
                        figures: {
                            consultations: {
                                eligible: number;
                                held: number;
                                participants: number;
                                participationRate: number | null;
                            };
                            generatedAt: string;
                            meetings: {
                                held: number;
                                list: {
                                    at: string;
                                    decisions: number;
                                    expected: number;
                                    present: number;
                                    title: string;
                                }[];
                            };
                            projects: {
                                payments: number;
                                projects: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                            };
                            property: {
                                quarter: string;
                                rounds: {
                                    companyName: string;
                                    estateName: string;
                                    score: number | null;
                                }[];
                                score: number | null;
                            };
                            repairs: {
                                completed: number;
                                emergency: number;
                                /** @description Whole fen (1/100 yuan) */
                                emergencyFundBalanceFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                                workOrders: number;
                            };
                            resources: {
                                donations: number;
                                /** @description Whole fen (1/100 yuan) */
                                savedFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                valueFen: number;
                            };
                            tickets: {
                                avgSatisfaction: number | null;
                                byCategory: {
                                    avgSatisfaction: number | null;
                                    label: string;
                                    overdue: number;
                                    received: number;
                                    resolved: number;
                                }[];
                                /** @description Received in the month and not past a deadline */
                                onTime: number;
                                overdue: number;
                                received: number;
                                resolved: number;
                            };
                            topics: {
                                closed: number;
                                decided: {
                                    decision: string;
                                    stage: string;
                                    title: string;
                                }[];
                            };
                            volunteers: {
                                hours: number;
                                people: number;
                                personTimes: number;
                            };
                        };
                        finalisedAt: string | null;
                        finalisedBy: string | null;
                        id: string;
                        month: string;
                        sections: {
                            consultations: string;
                            party: string;
                            plan: string;
                            projects: string;
                            property: string;
                            repairs: string;
                            resources: string;
                            tickets: string;
                            topics: string;
                            volunteers: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "final";
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.report_exists"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.report_month_in_future"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesMonthlyReportsByMonth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                month: string;
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
                        communityId: string;
                        communityName: string;
                        /** @description SHA-256 of the canonical JSON of the frozen content, once finalised */
                        contentHash: string | null;
                        createdAt: string;
                        /** @description Display name */
                        createdBy: string;
                        figures: {
                            consultations: {
                                eligible: number;
                                held: number;
                                participants: number;
                                participationRate: number | null;
                            };
                            generatedAt: string;
                            meetings: {
                                held: number;
                                list: {
                                    at: string;
                                    decisions: number;
                                    expected: number;
                                    present: number;
                                    title: string;
                                }[];
                            };
                            projects: {
                                payments: number;
                                projects: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                            };
                            property: {
                                quarter: string;
                                rounds: {
                                    companyName: string;
                                    estateName: string;
                                    score: number | null;
                                }[];
                                score: number | null;
                            };
                            repairs: {
                                completed: number;
                                emergency: number;
                                /** @description Whole fen (1/100 yuan) */
                                emergencyFundBalanceFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                                workOrders: number;
                            };
                            resources: {
                                donations: number;
                                /** @description Whole fen (1/100 yuan) */
                                savedFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                valueFen: number;
                            };
                            tickets: {
                                avgSatisfaction: number | null;
                                byCategory: {
                                    avgSatisfaction: number | null;
                                    label: string;
                                    overdue: number;
                                    received: number;
                                    resolved: number;
                                }[];
                                /** @description Received in the month and not past a deadline */
                                onTime: number;
                                overdue: number;
                                received: number;
                                resolved: number;
                            };
                            topics: {
                                closed: number;
                                decided: {
                                    decision: string;
                                    stage: string;
                                    title: string;
                                }[];
                            };
                            volunteers: {
                                hours: number;
                                people: number;
                                personTimes: number;
                            };
                        };
                        finalisedAt: string | null;
                        finalisedBy: string | null;
                        id: string;
                        month: string;
                        sections: {
                            consultations: string;
                            party: string;
                            plan: string;
                            projects: string;
                            property: string;
                            repairs: string;
                            resources: string;
                            tickets: string;
                            topics: string;
                            volunteers: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "final";
                        updatedAt: string;
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
    patchCommunitiesMonthlyReportsByMonth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sections: {
                        consultations?: string;
                        party?: string;
                        plan?: string;
                        projects?: string;
                        property?: string;
                        repairs?: string;
                        resources?: string;
                        tickets?: string;
                        topics?: string;
                        volunteers?: string;
                    };
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
                        communityId: string;
                        communityName: string;
                        /** @description SHA-256 of the canonical JSON of the frozen content, once finalised */
                        contentHash: string | null;
                        createdAt: string;
                        /** @description Display name */
                        createdBy: string;
                        figures: {
                            consultations: {
                                eligible: number;
                                held: number;
                                participants: number;
                                participationRate: number | null;
                            };
                            generatedAt: string;
                            meetings: {
                                held: number;
                                list: {
                                    at: string;
                                    decisions: number;
                                    expected: number;
                                    present: number;
                                    title: string;
                                }[];
                            };
                            projects: {
                                payments: number;
                                projects: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                            };
                            property: {
                                quarter: string;
                                rounds: {
                                    companyName: string;
                                    estateName: string;
                                    score: number | null;
                                }[];
                                score: number | null;
                            };
                            repairs: {
                                completed: number;
                                emergency: number;
                                /** @description Whole fen (1/100 yuan) */
                                emergencyFundBalanceFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                                workOrders: number;
                            };
                            resources: {
                                donations: number;
                                /** @description Whole fen (1/100 yuan) */
                                savedFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                valueFen: number;
                            };
                            tickets: {
                                avgSatisfaction: number | null;
                                byCategory: {
                                    avgSatisfaction: number | null;
                                    label: string;
                                    overdue: number;
                                    received: number;
                                    resolved: number;
                                }[];
                                /** @description Received in the month and not past a deadline */
                                onTime: number;
                                overdue: number;
                                received: number;
                                resolved: number;
                            };
                            topics: {
                                closed: number;
                                decided: {
                                    decision: string;
                                    stage: string;
                                    title: string;
                                }[];
                            };
                            volunteers: {
                                hours: number;
                                people: number;
                                personTimes: number;
                            };
                        };
                        finalisedAt: string | null;
                        finalisedBy: string | null;
                        id: string;
                        month: string;
                        sections: {
                            consultations: string;
                            party: string;
                            plan: string;
                            projects: string;
                            property: string;
                            repairs: string;
                            resources: string;
                            tickets: string;
                            topics: string;
                            volunteers: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "final";
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.report_finalised"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesMonthlyReportsFinaliseByMonth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                month: string;
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
                        communityId: string;
                        communityName: string;
                        /** @description SHA-256 of the canonical JSON of the frozen content, once finalised */
                        contentHash: string | null;
                        createdAt: string;
                        /** @description Display name */
                        createdBy: string;
                        figures: {
                            consultations: {
                                eligible: number;
                                held: number;
                                participants: number;
                                participationRate: number | null;
                            };
                            generatedAt: string;
                            meetings: {
                                held: number;
                                list: {
                                    at: string;
                                    decisions: number;
                                    expected: number;
                                    present: number;
                                    title: string;
                                }[];
                            };
                            projects: {
                                payments: number;
                                projects: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                            };
                            property: {
                                quarter: string;
                                rounds: {
                                    companyName: string;
                                    estateName: string;
                                    score: number | null;
                                }[];
                                score: number | null;
                            };
                            repairs: {
                                completed: number;
                                emergency: number;
                                /** @description Whole fen (1/100 yuan) */
                                emergencyFundBalanceFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                                workOrders: number;
                            };
                            resources: {
                                donations: number;
                                /** @description Whole fen (1/100 yuan) */
                                savedFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                valueFen: number;
                            };
                            tickets: {
                                avgSatisfaction: number | null;
                                byCategory: {
                                    avgSatisfaction: number | null;
                                    label: string;
                                    overdue: number;
                                    received: number;
                                    resolved: number;
                                }[];
                                /** @description Received in the month and not past a deadline */
                                onTime: number;
                                overdue: number;
                                received: number;
                                resolved: number;
                            };
                            topics: {
                                closed: number;
                                decided: {
                                    decision: string;
                                    stage: string;
                                    title: string;
                                }[];
                            };
                            volunteers: {
                                hours: number;
                                people: number;
                                personTimes: number;
                            };
                        };
                        finalisedAt: string | null;
                        finalisedBy: string | null;
                        id: string;
                        month: string;
                        sections: {
                            consultations: string;
                            party: string;
                            plan: string;
                            projects: string;
                            property: string;
                            repairs: string;
                            resources: string;
                            tickets: string;
                            topics: string;
                            volunteers: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "final";
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.report_changed.report_finalised"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesMonthlyReportsRegenerateByMonth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                month: string;
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
                        communityId: string;
                        communityName: string;
                        /** @description SHA-256 of the canonical JSON of the frozen content, once finalised */
                        contentHash: string | null;
                        createdAt: string;
                        /** @description Display name */
                        createdBy: string;
                        figures: {
                            consultations: {
                                eligible: number;
                                held: number;
                                participants: number;
                                participationRate: number | null;
                            };
                            generatedAt: string;
                            meetings: {
                                held: number;
                                list: {
                                    at: string;
                                    decisions: number;
                                    expected: number;
                                    present: number;
                                    title: string;
                                }[];
                            };
                            projects: {
                                payments: number;
                                projects: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                            };
                            property: {
                                quarter: string;
                                rounds: {
                                    companyName: string;
                                    estateName: string;
                                    score: number | null;
                                }[];
                                score: number | null;
                            };
                            repairs: {
                                completed: number;
                                emergency: number;
                                /** @description Whole fen (1/100 yuan) */
                                emergencyFundBalanceFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                spentFen: number;
                                workOrders: number;
                            };
                            resources: {
                                donations: number;
                                /** @description Whole fen (1/100 yuan) */
                                savedFen: number;
                                /** @description Whole fen (1/100 yuan) */
                                valueFen: number;
                            };
                            tickets: {
                                avgSatisfaction: number | null;
                                byCategory: {
                                    avgSatisfaction: number | null;
                                    label: string;
                                    overdue: number;
                                    received: number;
                                    resolved: number;
                                }[];
                                /** @description Received in the month and not past a deadline */
                                onTime: number;
                                overdue: number;
                                received: number;
                                resolved: number;
                            };
                            topics: {
                                closed: number;
                                decided: {
                                    decision: string;
                                    stage: string;
                                    title: string;
                                }[];
                            };
                            volunteers: {
                                hours: number;
                                people: number;
                                personTimes: number;
                            };
                        };
                        finalisedAt: string | null;
                        finalisedBy: string | null;
                        id: string;
                        month: string;
                        sections: {
                            consultations: string;
                            party: string;
                            plan: string;
                            projects: string;
                            property: string;
                            repairs: string;
                            resources: string;
                            tickets: string;
                            topics: string;
                            volunteers: string;
                        };
                        /** @enum {string} */
                        status: "draft" | "final";
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.report_finalised"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesMonthlyReportsReportDocxByMonth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                month: string;
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
    getCommunitiesNeeds: {
        parameters: {
            query?: {
                status?: "open" | "matched" | "in_project" | "met";
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
                            createdAt: string;
                            description: string;
                            donation: {
                                id: string;
                                item: string;
                                valueFen: number;
                            } | null;
                            id: string;
                            metAt: string | null;
                            offer: {
                                id: string;
                                title: string;
                            } | null;
                            project: {
                                id: string;
                                title: string;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "matched" | "in_project" | "met";
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
    postCommunitiesNeeds: {
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
                        createdAt: string;
                        description: string;
                        donation: {
                            id: string;
                            item: string;
                            valueFen: number;
                        } | null;
                        id: string;
                        metAt: string | null;
                        offer: {
                            id: string;
                            title: string;
                        } | null;
                        project: {
                            id: string;
                            title: string;
                        } | null;
                        /** @enum {string} */
                        status: "open" | "matched" | "in_project" | "met";
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
    postCommunitiesNeedsMatchById: {
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
                    offerId: string;
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
                        createdAt: string;
                        description: string;
                        donation: {
                            id: string;
                            item: string;
                            valueFen: number;
                        } | null;
                        id: string;
                        metAt: string | null;
                        offer: {
                            id: string;
                            title: string;
                        } | null;
                        project: {
                            id: string;
                            title: string;
                        } | null;
                        /** @enum {string} */
                        status: "open" | "matched" | "in_project" | "met";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.need_met"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.offer_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesNeedsMetById: {
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
                    donationId?: string | null;
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
                        createdAt: string;
                        description: string;
                        donation: {
                            id: string;
                            item: string;
                            valueFen: number;
                        } | null;
                        id: string;
                        metAt: string | null;
                        offer: {
                            id: string;
                            title: string;
                        } | null;
                        project: {
                            id: string;
                            title: string;
                        } | null;
                        /** @enum {string} */
                        status: "open" | "matched" | "in_project" | "met";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.need_met"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.donation_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesNeedsProjectById: {
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
                    projectId: string;
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
                        createdAt: string;
                        description: string;
                        donation: {
                            id: string;
                            item: string;
                            valueFen: number;
                        } | null;
                        id: string;
                        metAt: string | null;
                        offer: {
                            id: string;
                            title: string;
                        } | null;
                        project: {
                            id: string;
                            title: string;
                        } | null;
                        /** @enum {string} */
                        status: "open" | "matched" | "in_project" | "met";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.need_met"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.project_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesNotices: {
        parameters: {
            query?: {
                status?: "published" | "withdrawn";
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
                            labelEn: string;
                            labelZh: string;
                            periodFrom: string;
                            periodTo: string;
                            publishedAt: string;
                            snapshotHash: string;
                            sourceId: string;
                            sourceType: string;
                            /** @enum {string} */
                            status: "published" | "withdrawn";
                            title: string;
                            withdrawnAt: string | null;
                            withdrawReason: string | null;
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
    postCommunitiesNotices: {
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
                    /** Format: date */
                    periodFrom: string;
                    /** Format: date */
                    periodTo: string;
                    sourceId: string;
                    sourceType: string;
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
                        check: {
                            changed: boolean;
                            changes: {
                                after: unknown;
                                before: unknown;
                                path: string;
                            }[];
                            currentHash: string | null;
                            gone: boolean;
                        };
                        id: string;
                        labelEn: string;
                        labelZh: string;
                        periodFrom: string;
                        periodTo: string;
                        publicUrl: string;
                        publishedAt: string;
                        qrSvg: string;
                        snapshot: {
                            [key: string]: unknown;
                        };
                        snapshotHash: string;
                        sourceId: string;
                        sourceType: string;
                        /** @enum {string} */
                        status: "published" | "withdrawn";
                        title: string;
                        withdrawnAt: string | null;
                        withdrawReason: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.notice_already_published"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_period.notice_record_not_found.unknown_notice_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesNoticesById: {
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
                        check: {
                            changed: boolean;
                            changes: {
                                after: unknown;
                                before: unknown;
                                path: string;
                            }[];
                            currentHash: string | null;
                            gone: boolean;
                        };
                        id: string;
                        labelEn: string;
                        labelZh: string;
                        periodFrom: string;
                        periodTo: string;
                        publicUrl: string;
                        publishedAt: string;
                        qrSvg: string;
                        snapshot: {
                            [key: string]: unknown;
                        };
                        snapshotHash: string;
                        sourceId: string;
                        sourceType: string;
                        /** @enum {string} */
                        status: "published" | "withdrawn";
                        title: string;
                        withdrawnAt: string | null;
                        withdrawReason: string | null;
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
    postCommunitiesNoticesWithdrawById: {
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
                content: {
                    "application/json": {
                        check: {
                            changed: boolean;
                            changes: {
                                after: unknown;
                                before: unknown;
                                path: string;
                            }[];
                            currentHash: string | null;
                            gone: boolean;
                        };
                        id: string;
                        labelEn: string;
                        labelZh: string;
                        periodFrom: string;
                        periodTo: string;
                        publicUrl: string;
                        publishedAt: string;
                        qrSvg: string;
                        snapshot: {
                            [key: string]: unknown;
                        };
                        snapshotHash: string;
                        sourceId: string;
                        sourceType: string;
                        /** @enum {string} */
                        status: "published" | "withdrawn";
                        title: string;
                        withdrawnAt: string | null;
                        withdrawReason: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.notice_withdrawn"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
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
    getCommunitiesNotificationSms: {
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
                            nextAttemptAt: string;
                            /** @description Display name of the person */
                            recipient: string;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sending" | "sent" | "failed" | "skipped";
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
    getCommunitiesPairingAgreements: {
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
                            contacts: {
                                name: string;
                                phone: string | null;
                                title: string;
                            }[];
                            createdAt: string;
                            endsOn: string | null;
                            id: string;
                            offers: string;
                            organizationId: string;
                            organizationName: string;
                            signedOn: string;
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
    postCommunitiesPairingAgreements: {
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
                    /** @default [] */
                    contacts?: {
                        name: string;
                        /** @default null */
                        phone?: string | null;
                        /** @default  */
                        title?: string;
                    }[];
                    /**
                     * Format: date
                     * @default null
                     */
                    endsOn?: string | null;
                    /** @default  */
                    offers?: string;
                    organizationId: string;
                    /** Format: date */
                    signedOn: string;
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
                        contacts: {
                            name: string;
                            phone: string | null;
                            title: string;
                        }[];
                        createdAt: string;
                        endsOn: string | null;
                        id: string;
                        offers: string;
                        organizationId: string;
                        organizationName: string;
                        signedOn: string;
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
            422: components["responses"]["E422.invalid_dates.not_partner_unit.organization_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesParkingCarParks: {
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
                            estateId: string | null;
                            estateName: string | null;
                            id: string;
                            name: string;
                            note: string;
                            openedOn: string;
                            ownerPrioritySpaces: number;
                            ruleInForce: {
                                carParkId: string;
                                consultationId: string;
                                consultationTitle: string;
                                createdAt: string;
                                dailyCapFen: number;
                                effectiveOn: string;
                                feeFenPerHour: number;
                                freeMinutes: number;
                                id: string;
                                note: string;
                                ownerPrioritySpaces: number;
                                /** @enum {string} */
                                state: "past" | "in_force" | "scheduled";
                                topicId: string;
                                topicTitle: string;
                            } | null;
                            spaces: number;
                            totalSpaces: number;
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
    postCommunitiesParkingCarParks: {
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
                    /** @default null */
                    estateId?: string | null;
                    name: string;
                    /** @default  */
                    note?: string;
                    /** Format: date */
                    openedOn: string;
                    totalSpaces: number;
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
                        createdAt: string;
                        estateId: string | null;
                        estateName: string | null;
                        id: string;
                        name: string;
                        note: string;
                        openedOn: string;
                        ownerPrioritySpaces: number;
                        ruleInForce: {
                            carParkId: string;
                            consultationId: string;
                            consultationTitle: string;
                            createdAt: string;
                            dailyCapFen: number;
                            effectiveOn: string;
                            feeFenPerHour: number;
                            freeMinutes: number;
                            id: string;
                            note: string;
                            ownerPrioritySpaces: number;
                            /** @enum {string} */
                            state: "past" | "in_force" | "scheduled";
                            topicId: string;
                            topicTitle: string;
                        } | null;
                        rules: {
                            carParkId: string;
                            consultationId: string;
                            consultationTitle: string;
                            createdAt: string;
                            dailyCapFen: number;
                            effectiveOn: string;
                            feeFenPerHour: number;
                            freeMinutes: number;
                            id: string;
                            note: string;
                            ownerPrioritySpaces: number;
                            /** @enum {string} */
                            state: "past" | "in_force" | "scheduled";
                            topicId: string;
                            topicTitle: string;
                        }[];
                        spaceList: {
                            id: string;
                            number: string;
                            ownerPriority: boolean;
                        }[];
                        spaces: number;
                        totalSpaces: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.car_park_exists"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.estate_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesParkingCarParksById: {
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
                        createdAt: string;
                        estateId: string | null;
                        estateName: string | null;
                        id: string;
                        name: string;
                        note: string;
                        openedOn: string;
                        ownerPrioritySpaces: number;
                        ruleInForce: {
                            carParkId: string;
                            consultationId: string;
                            consultationTitle: string;
                            createdAt: string;
                            dailyCapFen: number;
                            effectiveOn: string;
                            feeFenPerHour: number;
                            freeMinutes: number;
                            id: string;
                            note: string;
                            ownerPrioritySpaces: number;
                            /** @enum {string} */
                            state: "past" | "in_force" | "scheduled";
                            topicId: string;
                            topicTitle: string;
                        } | null;
                        rules: {
                            carParkId: string;
                            consultationId: string;
                            consultationTitle: string;
                            createdAt: string;
                            dailyCapFen: number;
                            effectiveOn: string;
                            feeFenPerHour: number;
                            freeMinutes: number;
                            id: string;
                            note: string;
                            ownerPrioritySpaces: number;
                            /** @enum {string} */
                            state: "past" | "in_force" | "scheduled";
                            topicId: string;
                            topicTitle: string;
                        }[];
                        spaceList: {
                            id: string;
                            number: string;
                            ownerPriority: boolean;
                        }[];
                        spaces: number;
                        totalSpaces: number;
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
    getCommunitiesParkingCarParksRuleById: {
        parameters: {
            query?: {
                on?: string;
            };
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
                        on: string;
                        rule: {
                            carParkId: string;
                            consultationId: string;
                            consultationTitle: string;
                            createdAt: string;
                            dailyCapFen: number;
                            effectiveOn: string;
                            feeFenPerHour: number;
                            freeMinutes: number;
                            id: string;
                            note: string;
                            ownerPrioritySpaces: number;
                            /** @enum {string} */
                            state: "past" | "in_force" | "scheduled";
                            topicId: string;
                            topicTitle: string;
                        } | null;
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
    postCommunitiesParkingCarParksRulesById: {
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
                    dailyCapFen: number;
                    /** Format: date */
                    effectiveOn: string;
                    feeFenPerHour: number;
                    freeMinutes: number;
                    /** @default  */
                    note?: string;
                    ownerPrioritySpaces: number;
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
                        carParkId: string;
                        consultationId: string;
                        consultationTitle: string;
                        createdAt: string;
                        dailyCapFen: number;
                        effectiveOn: string;
                        feeFenPerHour: number;
                        freeMinutes: number;
                        id: string;
                        note: string;
                        ownerPrioritySpaces: number;
                        /** @enum {string} */
                        state: "past" | "in_force" | "scheduled";
                        topicId: string;
                        topicTitle: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.rule_date_taken"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.consultation_required.daily_cap_below_fee.decision_required.owner_priority_over_total.rule_backdated"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesParkingCarParksSpacesById: {
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
                    numbers: string[];
                    /** @default false */
                    ownerPriority?: boolean;
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
                        createdAt: string;
                        estateId: string | null;
                        estateName: string | null;
                        id: string;
                        name: string;
                        note: string;
                        openedOn: string;
                        ownerPrioritySpaces: number;
                        ruleInForce: {
                            carParkId: string;
                            consultationId: string;
                            consultationTitle: string;
                            createdAt: string;
                            dailyCapFen: number;
                            effectiveOn: string;
                            feeFenPerHour: number;
                            freeMinutes: number;
                            id: string;
                            note: string;
                            ownerPrioritySpaces: number;
                            /** @enum {string} */
                            state: "past" | "in_force" | "scheduled";
                            topicId: string;
                            topicTitle: string;
                        } | null;
                        rules: {
                            carParkId: string;
                            consultationId: string;
                            consultationTitle: string;
                            createdAt: string;
                            dailyCapFen: number;
                            effectiveOn: string;
                            feeFenPerHour: number;
                            freeMinutes: number;
                            id: string;
                            note: string;
                            ownerPrioritySpaces: number;
                            /** @enum {string} */
                            state: "past" | "in_force" | "scheduled";
                            topicId: string;
                            topicTitle: string;
                        }[];
                        spaceList: {
                            id: string;
                            number: string;
                            ownerPriority: boolean;
                        }[];
                        spaces: number;
                        totalSpaces: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.space_exists.spaces_over_total"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesParkingMine: {
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
                        carParks: {
                            estateName: string | null;
                            id: string;
                            name: string;
                            note: string;
                            rule: {
                                carParkId: string;
                                consultationId: string;
                                consultationTitle: string;
                                createdAt: string;
                                dailyCapFen: number;
                                effectiveOn: string;
                                feeFenPerHour: number;
                                freeMinutes: number;
                                id: string;
                                note: string;
                                ownerPrioritySpaces: number;
                                /** @enum {string} */
                                state: "past" | "in_force" | "scheduled";
                                topicId: string;
                                topicTitle: string;
                            } | null;
                            totalSpaces: number;
                            why: {
                                closedAt: string | null;
                                consultationId: string;
                                decision: string | null;
                                eligible: number;
                                participants: number;
                                passed: boolean;
                                questions: {
                                    counts: {
                                        count: number;
                                        key: string;
                                        label: string;
                                    }[];
                                    key: string;
                                    leading: string | null;
                                    passed: boolean;
                                    text: string;
                                }[];
                                title: string;
                            } | null;
                        }[];
                        vehicles: {
                            createdAt: string;
                            householdId: string;
                            householdLabel: string;
                            id: string;
                            masked: boolean;
                            newEnergy: boolean;
                            note: string;
                            plate: string;
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
    getCommunitiesParkingRules: {
        parameters: {
            query: {
                topicId: string;
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
                            carParkId: string;
                            carParkName: string;
                            consultationId: string;
                            consultationTitle: string;
                            createdAt: string;
                            dailyCapFen: number;
                            effectiveOn: string;
                            feeFenPerHour: number;
                            freeMinutes: number;
                            id: string;
                            note: string;
                            ownerPrioritySpaces: number;
                            /** @enum {string} */
                            state: "past" | "in_force" | "scheduled";
                            topicId: string;
                            topicTitle: string;
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
    getCommunitiesParkingVehicles: {
        parameters: {
            query?: {
                householdId?: string;
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
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            householdId: string;
                            householdLabel: string;
                            id: string;
                            masked: boolean;
                            newEnergy: boolean;
                            note: string;
                            plate: string;
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
    postCommunitiesParkingVehicles: {
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
                    householdId: string;
                    /** @default  */
                    note?: string;
                    plate: string;
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
                        createdAt: string;
                        householdId: string;
                        householdLabel: string;
                        id: string;
                        masked: boolean;
                        newEnergy: boolean;
                        note: string;
                        plate: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.plate_taken"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.household_not_found.plate_invalid"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesParkingVehiclesRevealById: {
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
                content: {
                    "application/json": {
                        value: string;
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
    getCommunitiesPartyCommitments: {
        parameters: {
            query?: {
                year?: number;
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
                            done: number;
                            entries: {
                                amount: number;
                                date: string;
                                id: string;
                                note: string;
                            }[];
                            fulfilled: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "visit_households" | "serve_hours" | "other";
                            memberName: string;
                            target: number;
                            text: string;
                            unit: string;
                            userId: string;
                            year: number;
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
    postCommunitiesPartyCommitments: {
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
                    kind: "visit_households" | "serve_hours" | "other";
                    memberName: string;
                    target: number;
                    text: string;
                    userId: string;
                    year: number;
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
                        done: number;
                        entries: {
                            amount: number;
                            date: string;
                            id: string;
                            note: string;
                        }[];
                        fulfilled: boolean;
                        id: string;
                        /** @enum {string} */
                        kind: "visit_households" | "serve_hours" | "other";
                        memberName: string;
                        target: number;
                        text: string;
                        unit: string;
                        userId: string;
                        year: number;
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
            422: components["responses"]["E422.not_a_party_member"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesPartyCommitmentsEntriesById: {
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
                    amount: number;
                    /** Format: date */
                    date: string;
                    note: string;
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
                        done: number;
                        entries: {
                            amount: number;
                            date: string;
                            id: string;
                            note: string;
                        }[];
                        fulfilled: boolean;
                        id: string;
                        /** @enum {string} */
                        kind: "visit_households" | "serve_hours" | "other";
                        memberName: string;
                        target: number;
                        text: string;
                        unit: string;
                        userId: string;
                        year: number;
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
    getCommunitiesProjects: {
        parameters: {
            query?: {
                topicId?: string;
                year?: number;
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
                            balanceFen: number;
                            budgetFen: number;
                            funder: string;
                            id: string;
                            name: string;
                            program: string;
                            progress: number;
                            published: boolean;
                            spentFen: number;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "completed";
                            topicId: string | null;
                            year: number;
                        }[];
                        totals: {
                            budgetFen: number;
                            spentFen: number;
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
    postCommunitiesProjects: {
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
                    budgetFen: number;
                    /** @default  */
                    description?: string;
                    funder: string;
                    /** @default [] */
                    items?: {
                        name: string;
                        /** @default null */
                        quantity?: number | null;
                        /** @default  */
                        unit?: string;
                    }[];
                    name: string;
                    /** @default  */
                    program?: string;
                    /** @default null */
                    topicId?: string | null;
                    year: number;
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
                        balanceFen: number;
                        budgetFen: number;
                        createdAt: string;
                        description: string;
                        funder: string;
                        id: string;
                        items: {
                            name: string;
                            quantity: number | null;
                            unit: string;
                        }[];
                        name: string;
                        photos: {
                            createdAt: string;
                            height: number;
                            id: string;
                            /** @enum {string} */
                            kind: "before" | "after" | "invoice";
                            width: number;
                        }[];
                        program: string;
                        progress: number;
                        published: boolean;
                        spending: {
                            amountFen: number;
                            createdAt: string;
                            id: string;
                            invoicePhotoId: string | null;
                            note: string;
                            payee: string;
                            /** @enum {string} */
                            payeeKind: "organization" | "person";
                            spentOn: string;
                            workOrderId: string | null;
                        }[];
                        spentFen: number;
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "completed";
                        topicId: string | null;
                        updatedAt: string;
                        year: number;
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
            422: components["responses"]["E422.topic_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesProjectsById: {
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
                        balanceFen: number;
                        budgetFen: number;
                        createdAt: string;
                        description: string;
                        funder: string;
                        id: string;
                        items: {
                            name: string;
                            quantity: number | null;
                            unit: string;
                        }[];
                        name: string;
                        photos: {
                            createdAt: string;
                            height: number;
                            id: string;
                            /** @enum {string} */
                            kind: "before" | "after" | "invoice";
                            width: number;
                        }[];
                        program: string;
                        progress: number;
                        published: boolean;
                        spending: {
                            amountFen: number;
                            createdAt: string;
                            id: string;
                            invoicePhotoId: string | null;
                            note: string;
                            payee: string;
                            /** @enum {string} */
                            payeeKind: "organization" | "person";
                            spentOn: string;
                            workOrderId: string | null;
                        }[];
                        spentFen: number;
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "completed";
                        topicId: string | null;
                        updatedAt: string;
                        year: number;
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
    patchCommunitiesProjectsById: {
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
                    budgetFen?: number;
                    description?: string;
                    funder?: string;
                    items?: {
                        name: string;
                        /** @default null */
                        quantity?: number | null;
                        /** @default  */
                        unit?: string;
                    }[];
                    name?: string;
                    program?: string;
                    progress?: number;
                    published?: boolean;
                    /** @enum {string} */
                    status?: "planned" | "in_progress" | "completed";
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
                        balanceFen: number;
                        budgetFen: number;
                        createdAt: string;
                        description: string;
                        funder: string;
                        id: string;
                        items: {
                            name: string;
                            quantity: number | null;
                            unit: string;
                        }[];
                        name: string;
                        photos: {
                            createdAt: string;
                            height: number;
                            id: string;
                            /** @enum {string} */
                            kind: "before" | "after" | "invoice";
                            width: number;
                        }[];
                        program: string;
                        progress: number;
                        published: boolean;
                        spending: {
                            amountFen: number;
                            createdAt: string;
                            id: string;
                            invoicePhotoId: string | null;
                            note: string;
                            payee: string;
                            /** @enum {string} */
                            payeeKind: "organization" | "person";
                            spentOn: string;
                            workOrderId: string | null;
                        }[];
                        spentFen: number;
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "completed";
                        topicId: string | null;
                        updatedAt: string;
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.budget_below_spent"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.topic_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesProjectsPhotosById: {
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
                "multipart/form-data": {
                    /** @description before, after or invoice */
                    kind: string;
                    /** Format: binary */
                    photo: string;
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
                        createdAt: string;
                        height: number;
                        id: string;
                        /** @enum {string} */
                        kind: "before" | "after" | "invoice";
                        width: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.photo_required.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            413: components["responses"]["E413.payload_too_large.photo_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_image"];
            500: components["responses"]["E500.internal_error"];
            503: components["responses"]["E503.busy"];
        };
    };
    getCommunitiesProjectsPhotosByIdByPhotoId: {
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
    postCommunitiesProjectsSpendingById: {
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
                    amountFen: number;
                    /** @default null */
                    invoicePhotoId?: string | null;
                    /** @default  */
                    note?: string;
                    payee: string;
                    /**
                     * @default organization
                     * @enum {string}
                     */
                    payeeKind?: "organization" | "person";
                    /** Format: date */
                    spentOn: string;
                    /** @default null */
                    workOrderId?: string | null;
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
                        balanceFen: number;
                        budgetFen: number;
                        createdAt: string;
                        description: string;
                        funder: string;
                        id: string;
                        items: {
                            name: string;
                            quantity: number | null;
                            unit: string;
                        }[];
                        name: string;
                        photos: {
                            createdAt: string;
                            height: number;
                            id: string;
                            /** @enum {string} */
                            kind: "before" | "after" | "invoice";
                            width: number;
                        }[];
                        program: string;
                        progress: number;
                        published: boolean;
                        spending: {
                            amountFen: number;
                            createdAt: string;
                            id: string;
                            invoicePhotoId: string | null;
                            note: string;
                            payee: string;
                            /** @enum {string} */
                            payeeKind: "organization" | "person";
                            spentOn: string;
                            workOrderId: string | null;
                        }[];
                        spentFen: number;
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "completed";
                        topicId: string | null;
                        updatedAt: string;
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.over_budget"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invoice_not_usable"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesProposals: {
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
                            addressee: string;
                            concludedAt: string | null;
                            createdAt: string;
                            id: string;
                            logCount: number;
                            /** @enum {string} */
                            status: "open" | "concluded";
                            ticketCount: number;
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
    postCommunitiesProposals: {
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
                    addressee: string;
                    problem: string;
                    suggestion: string;
                    /** @default [] */
                    ticketIds?: string[];
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
                        addressee: string;
                        concludedAt: string | null;
                        createdAt: string;
                        id: string;
                        logCount: number;
                        logs: {
                            date: string;
                            id: string;
                            text: string;
                        }[];
                        months: number;
                        outcome: string | null;
                        problem: string;
                        /** @enum {string} */
                        status: "open" | "concluded";
                        suggestion: string;
                        ticketCount: number;
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        topicId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_linked"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.topic_not_found"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesProposalsById: {
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
                        addressee: string;
                        concludedAt: string | null;
                        createdAt: string;
                        id: string;
                        logCount: number;
                        logs: {
                            date: string;
                            id: string;
                            text: string;
                        }[];
                        months: number;
                        outcome: string | null;
                        problem: string;
                        /** @enum {string} */
                        status: "open" | "concluded";
                        suggestion: string;
                        ticketCount: number;
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
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
    postCommunitiesProposalsLogsById: {
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
                    /** Format: date */
                    date: string;
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
                        addressee: string;
                        concludedAt: string | null;
                        createdAt: string;
                        id: string;
                        logCount: number;
                        logs: {
                            date: string;
                            id: string;
                            text: string;
                        }[];
                        months: number;
                        outcome: string | null;
                        problem: string;
                        /** @enum {string} */
                        status: "open" | "concluded";
                        suggestion: string;
                        ticketCount: number;
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        topicId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.proposal_concluded"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_log_date"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesProposalsOutcomeById: {
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
                    outcome: string;
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
                        addressee: string;
                        concludedAt: string | null;
                        createdAt: string;
                        id: string;
                        logCount: number;
                        logs: {
                            date: string;
                            id: string;
                            text: string;
                        }[];
                        months: number;
                        outcome: string | null;
                        problem: string;
                        /** @enum {string} */
                        status: "open" | "concluded";
                        suggestion: string;
                        ticketCount: number;
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        ticketsResolved: number;
                        title: string;
                        topicId: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.proposal_concluded"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesRectifications: {
        parameters: {
            query?: {
                roundId?: string;
                status?: "open" | "done";
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
                            createdAt: string;
                            detail: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dueDate: string;
                            estateName: string;
                            id: string;
                            itemKey: string | null;
                            overdue: boolean;
                            photos: {
                                id: string;
                            }[];
                            quarter: string;
                            roundId: string;
                            /** @enum {string} */
                            status: "open" | "done";
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
    postCommunitiesRectificationsDoneById: {
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
                    note: string;
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
                        createdAt: string;
                        detail: string;
                        doneAt: string | null;
                        doneNote: string | null;
                        dueDate: string;
                        estateName: string;
                        id: string;
                        itemKey: string | null;
                        overdue: boolean;
                        photos: {
                            id: string;
                        }[];
                        quarter: string;
                        roundId: string;
                        /** @enum {string} */
                        status: "open" | "done";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.rectification_done"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.photo_required"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesRectificationsPhotosById: {
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
                "multipart/form-data": {
                    photos: string[];
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
                        createdAt: string;
                        detail: string;
                        doneAt: string | null;
                        doneNote: string | null;
                        dueDate: string;
                        estateName: string;
                        id: string;
                        itemKey: string | null;
                        overdue: boolean;
                        photos: {
                            id: string;
                        }[];
                        quarter: string;
                        roundId: string;
                        /** @enum {string} */
                        status: "open" | "done";
                        title: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.rectification_done"];
            413: components["responses"]["E413.payload_too_large.photo_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_image.photo_required.too_many_photos"];
            500: components["responses"]["E500.internal_error"];
            503: components["responses"]["E503.busy"];
        };
    };
    getCommunitiesRectificationsPhotosByIdByPhotoId: {
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
    getCommunitiesReferrals: {
        parameters: {
            query?: {
                status?: "outstanding" | "answered";
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
                            answeredAt: string | null;
                            contactName: string;
                            contactPhone: string | null;
                            departmentId: string;
                            departmentName: string;
                            expectedDate: string;
                            id: string;
                            need: string;
                            overdue: boolean;
                            referredAt: string;
                            reminders: number;
                            response: string | null;
                            /** @enum {string} */
                            status: "outstanding" | "answered";
                            ticketId: string;
                            ticketNumber: string;
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
    postCommunitiesReferrals: {
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
                    contactName: string;
                    contactPhone?: string;
                    departmentId: string;
                    /** Format: date */
                    expectedDate: string;
                    need: string;
                    ticketId: string;
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
                        answeredAt: string | null;
                        contactName: string;
                        contactPhone: string | null;
                        departmentId: string;
                        departmentName: string;
                        expectedDate: string;
                        id: string;
                        need: string;
                        overdue: boolean;
                        referredAt: string;
                        reminders: number;
                        response: string | null;
                        /** @enum {string} */
                        status: "outstanding" | "answered";
                        ticketId: string;
                        ticketNumber: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_linked"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.department_not_found.expected_date_past"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesReferralsById: {
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
                        answeredAt: string | null;
                        contactName: string;
                        contactPhone: string | null;
                        departmentId: string;
                        departmentName: string;
                        expectedDate: string;
                        id: string;
                        need: string;
                        overdue: boolean;
                        referredAt: string;
                        reminders: number;
                        response: string | null;
                        /** @enum {string} */
                        status: "outstanding" | "answered";
                        ticketId: string;
                        ticketNumber: string;
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
    postCommunitiesReferralsResponseById: {
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
                    response: string;
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
                        answeredAt: string | null;
                        contactName: string;
                        contactPhone: string | null;
                        departmentId: string;
                        departmentName: string;
                        expectedDate: string;
                        id: string;
                        need: string;
                        overdue: boolean;
                        referredAt: string;
                        reminders: number;
                        response: string | null;
                        /** @enum {string} */
                        status: "outstanding" | "answered";
                        ticketId: string;
                        ticketNumber: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.referral_answered"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesReferralsStats: {
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
                        answered: number;
                        departments: {
                            answered: number;
                            avgResponseDays: number | null;
                            departmentId: string;
                            departmentName: string;
                            onTime: number;
                            outstanding: number;
                            referred: number;
                        }[];
                        outstanding: number;
                        overdue: number;
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
    getCommunitiesResourceOffers: {
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
                            agreementId: string | null;
                            createdAt: string;
                            description: string;
                            id: string;
                            /** @enum {string} */
                            kind: "goods" | "service" | "venue" | "funds";
                            organizationId: string | null;
                            organizationName: string | null;
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
    postCommunitiesResourceOffers: {
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
                    /** @default null */
                    agreementId?: string | null;
                    /** @default  */
                    description?: string;
                    /** @enum {string} */
                    kind: "goods" | "service" | "venue" | "funds";
                    /** @default null */
                    organizationId?: string | null;
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
                        agreementId: string | null;
                        createdAt: string;
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "goods" | "service" | "venue" | "funds";
                        organizationId: string | null;
                        organizationName: string | null;
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
            422: components["responses"]["E422.agreement_not_found.organization_not_found"];
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
    getCommunitiesTicketCategoryLessons: {
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
                            at: string;
                            from: string;
                            number: string;
                            taughtBy: string;
                            ticketId: string;
                            title: string;
                            to: string;
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
    deleteCommunitiesTicketCategoryLessons: {
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
                        forgotten: number;
                    };
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
    deleteCommunitiesTicketCategoryLessonsByTicketId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
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
                        forgotten: number;
                    };
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
                            /** @description May write on the timeline: the handlers and the reporter, not a household that only supports it (同问) */
                            comment: boolean;
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
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
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
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
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
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
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
                content: {
                    "application/json": {
                        state: string;
                    };
                };
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
    postCommunitiesTicketsJoinsById: {
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
                    /**
                     * @default group_chat
                     * @enum {string}
                     */
                    channel?: "phone" | "visit" | "monthly_meeting" | "group_chat" | "staff";
                    message: string;
                    onBehalfOfResidentId: string;
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
                        supportCount: number;
                        /** @description false: the resident's household reported the ticket or already supported it */
                        supported: boolean;
                    };
                };
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
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
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
                content: {
                    "application/json": {
                        supportCount: number;
                    };
                };
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
                content: {
                    "application/json": {
                        state: string;
                    };
                };
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
                content: {
                    "application/json": {
                        supportCount: number;
                    };
                };
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
                content: {
                    "application/json": {
                        supportCount: number;
                    };
                };
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
                content: {
                    "application/json": {
                        state: string;
                    };
                };
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
                    link?: {
                        id: string;
                        type: string;
                    };
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
            422: components["responses"]["E422.link_not_found.meeting_not_found.unknown_link_target"];
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
                            link: {
                                id: string;
                                labelZh: string;
                                path: string | null;
                                title: string | null;
                                type: string;
                            } | null;
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
    getCommunitiesWorkOrderSettings: {
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
                        signoffThresholdFen: number;
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
    putCommunitiesWorkOrderSettings: {
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
                    signoffThresholdFen: number;
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
                        signoffThresholdFen: number;
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
    getCommunitiesWorkOrders: {
        parameters: {
            query?: {
                mine?: "1";
                status?: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                /** @description Only the work orders carrying out this topic */
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
                            createdAt: string;
                            emergency: boolean;
                            estateId: string | null;
                            /** @enum {string} */
                            fundingSource: "property" | "emergency" | "project" | "donation";
                            id: string;
                            location: string;
                            number: string;
                            /** @enum {string} */
                            source: "ticket" | "inspection" | "topic";
                            sourceId: string | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                            title: string;
                            totalFen: number;
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
    postCommunitiesWorkOrders: {
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
                    /** @default false */
                    emergency?: boolean;
                    /** @default null */
                    estateId?: string | null;
                    /** @default null */
                    fundingRef?: string | null;
                    /**
                     * @default property
                     * @enum {string}
                     */
                    fundingSource?: "property" | "emergency" | "project" | "donation";
                    location: string;
                    /** @enum {string} */
                    source: "ticket" | "inspection" | "topic";
                    /** @default null */
                    sourceId?: string | null;
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
                        id: string;
                        number: string;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_linked"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.estate_not_found.funding_ref_required.source_required"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesWorkOrdersById: {
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
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
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
    patchCommunitiesWorkOrdersById: {
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
                    assigneeKind?: "property" | "vendor";
                    assigneeName?: string | null;
                    description?: string;
                    estateId?: string | null;
                    executorName?: string | null;
                    fundingRef?: string | null;
                    /** @enum {string} */
                    fundingSource?: "property" | "emergency" | "project" | "donation";
                    location?: string;
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
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.quote_signed.work_order_wrong_status"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.estate_not_found.funding_ref_required"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesWorkOrdersAcceptById: {
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
                    /** @default  */
                    comment?: string;
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
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden.not_acceptor"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.insufficient_funds.invalid_transition.work_order_wrong_status"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesWorkOrdersCancelById: {
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
                content: {
                    "application/json": {
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.work_order_wrong_status"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesWorkOrdersCompleteById: {
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
                    note: string;
                };
                "multipart/form-data": {
                    data: {
                        note: string;
                    };
                    photos: string[];
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
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.work_order_wrong_status"];
            413: components["responses"]["E413.payload_too_large.photo_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.invalid_image.photos_required.too_many_photos"];
            500: components["responses"]["E500.internal_error"];
            503: components["responses"]["E503.busy"];
        };
    };
    getCommunitiesWorkOrdersPhotosByIdByPhotoId: {
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
    putCommunitiesWorkOrdersQuoteById: {
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
                        feeItemId: string;
                        quantity: number;
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
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.quote_signed.work_order_wrong_status"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            422: components["responses"]["E422.no_fee_list.not_on_fee_list"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesWorkOrdersReviewById: {
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
                    note: string;
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
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.review_not_pending"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesWorkOrdersSignoffsById: {
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
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden.not_signer"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.already_signed.no_quote.side_signed.signoff_not_needed.work_order_wrong_status"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    postCommunitiesWorkOrdersStartById: {
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
                        acceptanceComment: string | null;
                        acceptedAt: string | null;
                        acceptedByName: string | null;
                        /** @enum {string} */
                        assigneeKind: "property" | "vendor";
                        assigneeName: string | null;
                        can: {
                            accept: boolean;
                            cancel: boolean;
                            complete: boolean;
                            edit: boolean;
                            review: boolean;
                            /** @enum {string|null} */
                            sign: "committee" | "staff" | null;
                            start: boolean;
                        };
                        cancellation: {
                            at: string;
                            reason: string;
                        } | null;
                        completedAt: string | null;
                        completionNote: string | null;
                        createdAt: string;
                        description: string;
                        emergency: boolean;
                        estateId: string | null;
                        estateName: string | null;
                        executorName: string | null;
                        feeListVersion: number | null;
                        fundingRef: string | null;
                        /** @enum {string} */
                        fundingSource: "property" | "emergency" | "project" | "donation";
                        id: string;
                        items: {
                            amountFen: number;
                            code: string;
                            feeItemId: string;
                            name: string;
                            quantity: number;
                            standardHours: number;
                            unit: string;
                            unitPriceFen: number;
                        }[];
                        location: string;
                        number: string;
                        photos: {
                            id: string;
                            url: string;
                        }[];
                        review: {
                            at: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "not_needed" | "pending" | "reviewed";
                        };
                        signoffRequired: boolean;
                        signoffs: {
                            /** @enum {string} */
                            role: "committee" | "staff";
                            signedAt: string;
                            signerName: string;
                        }[];
                        signoffThresholdFen: number;
                        /** @enum {string} */
                        source: "ticket" | "inspection" | "topic";
                        sourceId: string | null;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "accepted" | "cancelled";
                        tickets: {
                            id: string;
                            number: string;
                            state: string;
                            title: string;
                        }[];
                        title: string;
                        totalFen: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.json_too_deep.malformed_json.nul_character.validation_failed"];
            401: components["responses"]["E401.unauthenticated"];
            403: components["responses"]["E403.cross_site_request.forbidden"];
            404: components["responses"]["E404.not_found"];
            409: components["responses"]["E409.no_quote.signoff_required.work_order_wrong_status"];
            413: components["responses"]["E413.payload_too_large"];
            414: components["responses"]["E414.uri_too_long"];
            415: components["responses"]["E415.unsupported_media_type"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getCommunitiesWorkbench: {
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
                        communityId: string;
                        /** @description Open consultations closing within 3 days */
                        consultations: {
                            buildings: {
                                building: string;
                                buildingId: string;
                                eligible: number;
                                estate: string;
                                /** @description Codes of the households that have not voted yet */
                                toVisit: string[];
                                voted: number;
                            }[];
                            closesAt: string;
                            eligible: number;
                            id: string;
                            title: string;
                            voted: number;
                        }[] | null;
                        meetings: {
                            id: string;
                            kind: string;
                            location: string | null;
                            openItems: {
                                dueDate: string;
                                id: string;
                                ownerName: string;
                                text: string;
                            }[];
                            scheduledAt: string;
                            status: string;
                            title: string;
                        }[] | null;
                        now: string;
                        pendingBallots: {
                            at: string;
                            ballotId: string;
                            channel: string;
                            consultationId: string;
                            consultationTitle: string;
                            householdCode: string;
                            /** @description Entered by the caller: someone else must confirm it */
                            mine: boolean;
                        }[] | null;
                        signoffs: {
                            decisionAt: string | null;
                            id: string;
                            /** @description The caller's parties that have not signed yet */
                            parties: ("party_branch" | "property_company" | "committee" | "building_leaders")[];
                            title: string;
                        }[] | null;
                        tickets: {
                            /** @description The caller sees every grid (staff, party branch): `grid` lists all open tickets */
                            allGrids: boolean;
                            /** @description Resolved, waiting for the resident to confirm */
                            awaitingResident: {
                                /** @description The next running deadline (null while waiting on the reporter or resolved) */
                                dueAt: string | null;
                                gridId: string | null;
                                gridName: string | null;
                                id: string;
                                /** @description Assigned to the caller */
                                mine: boolean;
                                number: string;
                                state: string;
                                title: string;
                                urgency: string;
                            }[];
                            /** @description A running deadline within the next 24 hours */
                            dueSoon: {
                                /** @description The next running deadline (null while waiting on the reporter or resolved) */
                                dueAt: string | null;
                                gridId: string | null;
                                gridName: string | null;
                                id: string;
                                /** @description Assigned to the caller */
                                mine: boolean;
                                number: string;
                                state: string;
                                title: string;
                                urgency: string;
                            }[];
                            /** @description Open tickets of the caller's grids (every grid for staff and the party branch) */
                            grid: {
                                /** @description The next running deadline (null while waiting on the reporter or resolved) */
                                dueAt: string | null;
                                gridId: string | null;
                                gridName: string | null;
                                id: string;
                                /** @description Assigned to the caller */
                                mine: boolean;
                                number: string;
                                state: string;
                                title: string;
                                urgency: string;
                            }[];
                            /** @description Open tickets assigned to the caller */
                            mine: {
                                /** @description The next running deadline (null while waiting on the reporter or resolved) */
                                dueAt: string | null;
                                gridId: string | null;
                                gridName: string | null;
                                id: string;
                                /** @description Assigned to the caller */
                                mine: boolean;
                                number: string;
                                state: string;
                                title: string;
                                urgency: string;
                            }[];
                            /** @description Past a running deadline */
                            overdue: {
                                /** @description The next running deadline (null while waiting on the reporter or resolved) */
                                dueAt: string | null;
                                gridId: string | null;
                                gridName: string | null;
                                id: string;
                                /** @description Assigned to the caller */
                                mine: boolean;
                                number: string;
                                state: string;
                                title: string;
                                urgency: string;
                            }[];
                            /** @description Open tickets whose latest comment is the reporter’s: an answer is owed */
                            replied: {
                                /** @description The next running deadline (null while waiting on the reporter or resolved) */
                                dueAt: string | null;
                                gridId: string | null;
                                gridName: string | null;
                                id: string;
                                /** @description Assigned to the caller */
                                mine: boolean;
                                number: string;
                                state: string;
                                title: string;
                                urgency: string;
                            }[];
                        } | null;
                        /** @description Monday 00:00 of this week (Asia/Shanghai), as an instant */
                        weekFrom: string;
                        weekTo: string;
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
    getNotificationPrefs: {
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
                        /** @description Staff: a digest of the day at 08:00 */
                        digest: boolean;
                        /** @description Where SMS go: the phone of my account, masked */
                        phoneMasked: string | null;
                        quietEnd: string;
                        /** @description Beijing time; SMS waits until quietEnd (the inbox is never held back) */
                        quietStart: string;
                        /** @description Also send the chosen kinds of message by SMS to my phone */
                        sms: boolean;
                        /** @description Whether this server has an SMS gateway configured */
                        smsAvailable: boolean;
                        smsKinds: ("tickets" | "consultations" | "meetings" | "topics" | "property" | "community" | "digest")[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character"];
            401: components["responses"]["E401.unauthenticated"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    putNotificationPrefs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Staff: a digest of the day at 08:00 */
                    digest: boolean;
                    quietEnd: string;
                    /** @description Beijing time; SMS waits until quietEnd (the inbox is never held back) */
                    quietStart: string;
                    /** @description Also send the chosen kinds of message by SMS to my phone */
                    sms: boolean;
                    smsKinds: ("tickets" | "consultations" | "meetings" | "topics" | "property" | "community" | "digest")[];
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
                        /** @description Staff: a digest of the day at 08:00 */
                        digest: boolean;
                        /** @description Where SMS go: the phone of my account, masked */
                        phoneMasked: string | null;
                        quietEnd: string;
                        /** @description Beijing time; SMS waits until quietEnd (the inbox is never held back) */
                        quietStart: string;
                        /** @description Also send the chosen kinds of message by SMS to my phone */
                        sms: boolean;
                        /** @description Whether this server has an SMS gateway configured */
                        smsAvailable: boolean;
                        smsKinds: ("tickets" | "consultations" | "meetings" | "topics" | "property" | "community" | "digest")[];
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
                            bodyEn: string;
                            communityId: string | null;
                            createdAt: string;
                            entityId: string | null;
                            entityType: string | null;
                            id: string;
                            kind: string;
                            read: boolean;
                            title: string;
                            /** @description The title in English (messages written before English titles existed: the Chinese one) */
                            titleEn: string;
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
    getPublicEvaluationsById: {
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
                        closedAt: string;
                        communityName: string;
                        companyName: string;
                        estateName: string;
                        figures: {
                            avgCompletionHours: number | null;
                            avgResolutionHours: number | null;
                            avgResponseHours: number | null;
                            avgSatisfaction: number | null;
                            dutyGapHours: number | null;
                            emergencyWorkOrders: number | null;
                            overdue: number;
                            reopened: number;
                            repairSpentFen: number | null;
                            tickets: number;
                            workOrders: number | null;
                            workOrdersCompleted: number | null;
                        };
                        id: string;
                        quarter: string;
                        rectifications: {
                            doneAt: string | null;
                            dueDate: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            title: string;
                        }[];
                        result: {
                            absent: number;
                            items: {
                                key: string;
                                labelZh: string;
                                max: number | null;
                                mean: number | null;
                                min: number | null;
                                spread: number | null;
                                weight: number;
                            }[];
                            members: number;
                            /** @description Weighted mean over the items, 0–100 */
                            score: number | null;
                            scored: number;
                        };
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getPublicNoticesById: {
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
                        check: {
                            changed: boolean;
                            changes: {
                                after: unknown;
                                before: unknown;
                                path: string;
                            }[];
                            currentHash: string | null;
                            gone: boolean;
                        };
                        communityName: string;
                        id: string;
                        labelEn: string;
                        labelZh: string;
                        periodFrom: string;
                        periodTo: string;
                        publishedAt: string;
                        snapshot: {
                            [key: string]: unknown;
                        };
                        snapshotHash: string;
                        sourceType: string;
                        /** @enum {string} */
                        status: "published" | "withdrawn";
                        title: string;
                        withdrawnAt: string | null;
                        withdrawReason: string | null;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getPublicProjects: {
        parameters: {
            query: {
                communityId: string;
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
                            balanceFen: number;
                            budgetFen: number;
                            funder: string;
                            id: string;
                            name: string;
                            program: string;
                            progress: number;
                            spentFen: number;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "completed";
                            year: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getPublicProjectsById: {
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
                        balanceFen: number;
                        budgetFen: number;
                        community: string;
                        description: string;
                        funder: string;
                        id: string;
                        items: {
                            name: string;
                            quantity: number | null;
                            unit: string;
                        }[];
                        name: string;
                        photos: {
                            height: number;
                            id: string;
                            /** @enum {string} */
                            kind: "before" | "after" | "invoice";
                            width: number;
                        }[];
                        program: string;
                        progress: number;
                        spending: {
                            amountFen: number;
                            hasInvoice: boolean;
                            id: string;
                            note: string;
                            payee: string;
                            spentOn: string;
                        }[];
                        spentFen: number;
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "completed";
                        year: number;
                    };
                };
            };
            400: components["responses"]["E400.bad_url.nul_character.validation_failed"];
            404: components["responses"]["E404.not_found"];
            414: components["responses"]["E414.uri_too_long"];
            500: components["responses"]["E500.internal_error"];
        };
    };
    getPublicProjectsPhotosByIdByPhotoId: {
        parameters: {
            query?: {
                size?: "full" | "thumb";
            };
            header?: never;
            path: {
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
            404: components["responses"]["E404.not_found"];
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
    getTownsEvaluationsByTownId: {
        parameters: {
            query?: never;
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
                        items: {
                            communityId: string;
                            communityName: string;
                            companyName: string;
                            estateName: string;
                            figures: {
                                avgCompletionHours: number | null;
                                avgResolutionHours: number | null;
                                avgResponseHours: number | null;
                                avgSatisfaction: number | null;
                                dutyGapHours: number | null;
                                emergencyWorkOrders: number | null;
                                overdue: number;
                                reopened: number;
                                repairSpentFen: number | null;
                                tickets: number;
                                workOrders: number | null;
                                workOrdersCompleted: number | null;
                            };
                            previousScore: number | null;
                            quarter: string;
                            roundId: string;
                            score: number | null;
                        }[];
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
                            /** @description Money in whole fen (1/100 yuan) */
                            emergencyFundBalanceFen: number;
                            /** @description Paid out in the period */
                            emergencyFundSpentFen: number;
                            medianResolutionHours: number | null;
                            medianResponseHours: number | null;
                            meetingsHeld: number;
                            name: string;
                            open: number;
                            p90ResolutionHours: number | null;
                            p90ResponseHours: number | null;
                            participationRate: number | null;
                            propertyQuarter: string | null;
                            /** @description Mean weighted score of the closed rounds of the latest quarter in the period that has one */
                            propertyScore: number | null;
                            rated: number;
                            /** @description Share of the tickets ever resolved that were reopened at least once */
                            reopenRate: number | null;
                            resolved: number;
                            tickets: number;
                            topicsClosed: number;
                        }[];
                        companies: {
                            avgScore: number | null;
                            communities: string[];
                            companyName: string;
                            latestQuarter: string;
                            /** @description Mean of its rounds of its latest quarter */
                            latestScore: number | null;
                            rounds: number;
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
                            /** @description Money in whole fen (1/100 yuan) */
                            emergencyFundBalanceFen: number;
                            /** @description Paid out in the period */
                            emergencyFundSpentFen: number;
                            medianResolutionHours: number | null;
                            medianResponseHours: number | null;
                            meetingsHeld: number;
                            open: number;
                            p90ResolutionHours: number | null;
                            p90ResponseHours: number | null;
                            participationRate: number | null;
                            propertyQuarter: string | null;
                            /** @description Mean weighted score of the closed rounds of the latest quarter in the period that has one */
                            propertyScore: number | null;
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
