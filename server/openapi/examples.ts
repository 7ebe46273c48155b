/** Examples for the main calls, by `METHOD url` as the route is registered; the document shows them. */
export const EXAMPLES: Record<string, { request?: unknown; response?: unknown }> = {
  'POST /api/auth/login': {
    request: { login: 'resident1', password: 'your-password' },
  },
  'POST /api/communities/:communityId/tickets': {
    request: {
      title: '3号楼楼道灯不亮',
      description: '3号楼2单元楼道灯坏了一周，晚上看不见台阶。',
      locationKind: 'building',
      buildingId: '0193b1c2-3d4e-7f60-8a9b-0c1d2e3f4a5b',
      urgency: 'normal',
    },
    response: { id: '0193b1c2-4e5f-7a60-8b9c-0d1e2f3a4b5c', number: 'T-20261202-0007' },
  },
  'POST /api/communities/:communityId/consultations/:id/ballots': {
    request: { answers: { q1: 'agree' } },
  },
};
