import type { TestApp } from '../testing/harness';

/**
 * What the security tests read from the app itself: the OpenAPI document generated from the routes'
 * Zod schemas, so a new route or field joins the sweeps without a hand-kept list.
 */
export async function openapiOf(t: TestApp): Promise<any> {
  return (await t.req({ method: 'GET', url: '/api/openapi.json' })).json();
}

const opOf = (spec: any, method: string, url: string) =>
  spec.paths?.[url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[method.toLowerCase()];

/** The query parameter names a route declares. */
export function queryParamsOf(spec: any, method: string, url: string): string[] {
  return (opOf(spec, method, url)?.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name);
}

/** The JSON body schema a route declares, or undefined. */
export function bodySchemaOf(spec: any, method: string, url: string): any {
  return opOf(spec, method, url)?.requestBody?.content?.['application/json']?.schema;
}

/**
 * Paths (a.b[].c) of the body's free-text strings: a string with no enum, pattern or format, at any
 * depth. Names ending in Id/Ids are references, not text.
 */
export function freeTextPaths(schema: any, prefix = ''): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const alts = [schema.anyOf, schema.oneOf, schema.allOf].filter(Array.isArray).flat();
  if (alts.length) return [...new Set(alts.flatMap((s: any) => freeTextPaths(s, prefix)))];
  const types = [schema.type].flat();
  if (types.includes('object') && schema.properties) {
    return Object.entries(schema.properties).flatMap(([k, v]) =>
      /(^ids?|Id|Ids)$/.test(k) ? [] : freeTextPaths(v, prefix ? `${prefix}.${k}` : k),
    );
  }
  if (types.includes('array')) return freeTextPaths(schema.items, `${prefix}[]`);
  if (types.includes('string') && !schema.enum && !schema.pattern && !schema.format && schema.const === undefined)
    return [prefix];
  return [];
}

/** Every string anywhere inside a JSON value. */
export function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsOf);
  if (v && typeof v === 'object') return Object.values(v).flatMap(stringsOf);
  return [];
}
