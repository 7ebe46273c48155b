import type { APIResponse } from 'playwright-core';
import type { paths } from '../../contract/api.gen';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<X> = X extends { content: { 'application/json': infer T } } ? T : never;

/**
 * An answer as the server's OpenAPI document types it (contract/api.gen.ts), not redeclared in a spec:
 * `Json<'/api/communities/{communityId}/tickets/{id}'>`, or with the method and status of a write.
 */
export type Json<
  P extends keyof paths,
  M extends Method & keyof paths[P] = 'get' & keyof paths[P],
  S extends number = 200 | 201,
> = paths[P][M] extends { responses: infer R } ? JsonOf<R[keyof R & S]> : never;

/**
 * The JSON of a request context's answer, typed by the operation it calls: a spec that reads a field the route
 * does not answer fails type-checking. `await answer<'/api/communities/{communityId}/residents'>(staff.get(url))`.
 */
export async function answer<P extends keyof paths, M extends Method & keyof paths[P] = 'get' & keyof paths[P]>(
  r: APIResponse | Promise<APIResponse>,
): Promise<Json<P, M>> {
  return (await (await r).json()) as Json<P, M>;
}
