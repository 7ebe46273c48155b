import { prefetch } from '../lib/prefetch';
import { publicRecord } from '../lib/publicRecord';

// The public entry (/p/…): each module's public page is its own small bundle, chosen by the address.
const path = window.location.pathname;

// The record the page will show, asked for now, while the page's code downloads (encoded as api.ts encodes it).
const record = publicRecord(path);
if (record) prefetch(`/api/public/${record.kind}/${encodeURIComponent(record.id)}`);

if (path.startsWith('/p/evaluations/')) void import('../modules/evaluations/public/main');
else if (path.startsWith('/p/notices/')) void import('../modules/notices/public/main');
else if (path.startsWith('/p/projects/')) void import('../modules/projects/public/main');
else void import('../modules/consultations/public/main');
