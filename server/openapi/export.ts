import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../app';
import { loadConfig } from '../core/config';
import { openDatabase } from '../core/db/kysely';

/**
 * The OpenAPI document as the server answers it at /api/openapi.json, built in-process without
 * listening on a port or touching a real database (generating it runs no query).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-openapi-'));
  const database = openDatabase({ dataDir });
  try {
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: dataDir }), webDist: '/nonexistent' };
    const app = await buildApp({ config, database, secret: 'openapi-export-only-secret' });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return doc;
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// `npx tsx server/openapi/export.ts [FILE]`: writes the document (stdout without FILE).
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const text = JSON.stringify(await openApiDocument(), null, 2) + '\n';
  if (process.argv[2]) fs.writeFileSync(process.argv[2], text);
  else process.stdout.write(text);
}
