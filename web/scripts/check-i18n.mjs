// Lists t('…') keys used under web/src that zh-CN.ts lacks (dynamic keys like `org.tags.${x}` are checked by prefix).
// Namespaces zh-CN.ts doesn't have at all belong to modules that bring their own strings (addMessages) and are skipped.
// Run: npx tsx web/scripts/check-i18n.mjs
import fs from 'node:fs';
import path from 'node:path';
import zh from '../src/app/locales/zh-CN.ts';

const src = path.resolve(import.meta.dirname, '../src');
const owned = (key) => key.split('.')[0] in zh;
const has = (key) => key.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), zh) !== undefined;
let missing = 0;
for (const file of fs.readdirSync(src, { recursive: true })) {
  if (!/\.tsx?$/.test(file)) continue;
  const text = fs.readFileSync(path.join(src, file), 'utf8');
  for (const m of text.matchAll(/\bt\(\s*[`'"]([\w.]+)(\$\{)?/g)) {
    const key = m[2] ? m[1].replace(/\.$/, '') : m[1];
    if (owned(key) && !has(key)) {
      missing++;
      console.log(`${file}: ${m[1]}${m[2] ? '…' : ''}`);
    }
  }
  for (const m of text.matchAll(/label: '([\w]+\.[\w.]+)'/g))
    if (owned(m[1]) && !has(m[1])) {
      missing++;
      console.log(`${file}: ${m[1]} (menu label)`);
    }
}
console.log(missing ? `${missing} missing key(s)` : 'all keys present');
process.exit(missing ? 1 : 0);
