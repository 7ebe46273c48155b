import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/harness';
import { documentedCodes, undocumentedAnswers } from './answers';
import { ruleProblems } from './check';

const t = useTestApp();

describe('the OpenAPI document holds the server to its errors', () => {
  it('lists the common errors of a route from its access and shape, and its own declared ones', () => {
    const doc = t.app.swagger();
    expect(documentedCodes(doc, 'POST', '/api/communities/:communityId/consultations/:id/ballots', 409)).toEqual([
      'already_voted',
      'consultation_closed',
      'consultation_not_open',
      'voting_not_started',
    ]);
    expect(documentedCodes(doc, 'POST', '/api/communities/:communityId/consultations/:id/ballots', 401)).toEqual([
      'unauthenticated',
    ]);
    expect(documentedCodes(doc, 'POST', '/api/communities/:communityId/consultations/:id/ballots', 422)).toContain(
      'idempotency_key_reused',
    );
    expect(documentedCodes(doc, 'POST', '/api/auth/login', 401)).toEqual([]); // public: no session needed
  });

  it('reports an error answer the document does not list, and only that one', async () => {
    const doc = t.app.swagger();
    const seen = [
      {
        method: 'POST',
        url: '/api/communities/:communityId/tickets/:id/support',
        status: 409,
        code: 'already_supported',
      },
      { method: 'POST', url: '/api/communities/:communityId/tickets/:id/support', status: 409, code: 'made_up_code' },
      { method: 'GET', url: '/api/me', status: 418, code: 'teapot' },
    ];
    expect(undocumentedAnswers(doc, seen)).toEqual([
      'GET /api/me → 418 teapot',
      'POST /api/communities/:communityId/tickets/:id/support → 409 made_up_code',
    ]);
  });

  it('flags an operation without an error response and a write without a body', () => {
    const doc = { paths: { '/x': { post: { responses: { 200: {} } }, get: { responses: { 404: {} } } } } };
    expect(ruleProblems(doc)).toEqual([
      'POST /x: no error response documented',
      'POST /x: a write without a documented body',
    ]);
    expect(ruleProblems(t.app.swagger())).toEqual([]);
  });

  it('documents the ticket report as JSON and as multipart with its photos, and the Idempotency-Key', () => {
    const op = (t.app.swagger() as any).paths['/api/communities/{communityId}/tickets'].post;
    expect(Object.keys(op.requestBody.content).sort()).toEqual(['application/json', 'multipart/form-data']);
    expect(op.requestBody.content['multipart/form-data'].schema.properties.photos.maxItems).toBe(9);
    expect(op.parameters.map((p: { $ref?: string; name?: string }) => p.$ref ?? p.name)).toContain(
      '#/components/parameters/IdempotencyKey',
    );
  });
});
