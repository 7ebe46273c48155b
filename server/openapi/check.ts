import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './export';

/**
 * `npm test` step "openapi": the document is checked by tools that did not write it, and by our own rules.
 *  1. an independent validator (@seriousme/openapi-schema-validator, the OpenAPI JSON schemas);
 *  2. Redocly's linter with the rule set in redocly.yaml;
 *  3. every operation documents an error response, every write documents its body;
 *  4. contract/api.gen.ts (the web app's and e2e specs' types) is what openapi-typescript makes of it.
 * `--write` regenerates contract/api.gen.ts (and `--out FILE` also writes the document) instead of failing on it.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
export const GENERATED = path.join(ROOT, 'contract/api.gen.ts');
const HEADER =
  "// Generated from the server's OpenAPI document by `npm run openapi`; do not edit. npm test fails when it is stale.\n";

export async function generatedTypes(doc: object): Promise<string> {
  return HEADER + astToString(await openapiTS(doc as Parameters<typeof openapiTS>[0], { alphabetize: true }));
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the OpenAPI object is untyped JSON

/** Our own rules: an operation without an error response, a write without a body. */
export function ruleProblems(doc: Json): string[] {
  const problems: string[] = [];
  for (const [p, ops] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(ops as Json)) {
      const statuses = Object.keys(op.responses ?? {});
      if (!statuses.some((s) => /^4\d\d$/.test(s)))
        problems.push(`${method.toUpperCase()} ${p}: no error response documented`);
      if (['post', 'put', 'patch'].includes(method) && !op.requestBody)
        problems.push(`${method.toUpperCase()} ${p}: a write without a documented body`);
    }
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const doc = await openApiDocument();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-openapi-'));
  const file = path.join(dir, 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
  if (out) fs.copyFileSync(file, out);
  const failures: string[] = [];

  const v = await new Validator().validate(file);
  if (!v.valid) failures.push(`OpenAPI schema validator: ${JSON.stringify(v.errors, null, 2)}`);
  const count = Object.values(doc.paths as Json).reduce((n, ops) => n + Object.keys(ops).length, 0);
  console.log(`  ${count} operations; schema validator: ${v.valid ? 'valid' : 'INVALID'}`);

  const lint = spawnSync(
    'npx',
    ['redocly', 'lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format=summary'],
    { encoding: 'utf8' },
  );
  console.log(
    `  Redocly: ${
      lint.stdout
        .trim()
        .split('\n')
        .filter((l) => /^(error|warning)\b|valid|failed/i.test(l))
        .join('; ') || 'no problems'
    }`,
  );
  if (lint.status !== 0 || /^warning\b/m.test(lint.stdout))
    failures.push(`Redocly lint failed (a warning fails too):\n${lint.stdout}${lint.stderr}`);

  failures.push(...ruleProblems(doc));

  const types = await generatedTypes(doc);
  if (write) fs.writeFileSync(GENERATED, types);
  else if (!fs.existsSync(GENERATED) || fs.readFileSync(GENERATED, 'utf8') !== types) {
    failures.push(
      "contract/api.gen.ts is stale against the server's OpenAPI document: run `npm run openapi` and commit it",
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  if (failures.length) {
    console.error(`\n✗ OpenAPI document:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('  OpenAPI document: valid, linted, every operation lists its errors, types up to date');
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await main();
