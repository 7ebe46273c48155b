/** The records that have a public page: /p/<kind>/<id> shows what /api/public/<kind>/<id> answers. */
export type PublicKind = 'consultations' | 'evaluations' | 'notices' | 'projects';

/** The record a public address shows; null when the address is not one, or its id's %-escape is malformed. */
export function publicRecord(path: string): { kind: PublicKind; id: string } | null {
  const m = /^\/p\/(consultations|evaluations|notices|projects)\/([^/?#]+)\/?$/.exec(path);
  if (!m) return null;
  try {
    return { kind: m[1] as PublicKind, id: decodeURIComponent(m[2]) };
  } catch {
    return null;
  }
}

/** The id in this page's address, if it is a public page of `kind`. */
export function publicId(kind: PublicKind): string | null {
  const r = publicRecord(window.location.pathname);
  return r?.kind === kind ? r.id : null;
}
