// `npm run bench:profile -- FILE.cpuprofile [--top 25] [--by package|file] [--from S] [--to S]`: where a server profile's time went
// (`npm run bench -- --cpu-prof`, `--write-cpu N --cpu-prof`, `npm run bench:reads -- --cpu-prof`), as self time
// by source: our modules by folder (or file), packages by name, Node's internals, the garbage collector, and
// native code (a driver's statement, a hash) counted to the JS that called it. The server runs from its bundle
// (dist/server.mjs), so a bundle line is traced back to its source file by esbuild's `// path` comments.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '25' },
    by: { type: 'string', default: 'package' },
    // Seconds from the profile's start: one phase of a run (`--write-cpu` profiles start-up, tickets and ballots).
    from: { type: 'string', default: '0' },
    to: { type: 'string', default: 'Infinity' },
  },
});
const [from, to] = [Number(args.from) * 1e6, Number(args.to) * 1e6];
if (positionals.length !== 1 || !['package', 'file'].includes(args.by!) || !(from < to)) {
  console.error('usage: npm run bench:profile -- FILE.cpuprofile [--top 25] [--by package|file] [--from S] [--to S]');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(positionals[0], 'utf8')) as Profile;

/** For each bundle file met: the source path that starts at each line, in line order. */
const bundles = new Map<string, Array<{ line: number; source: string }>>();
function bundleSources(file: string) {
  let marks = bundles.get(file);
  if (!marks) {
    marks = [];
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
    lines.forEach((l, i) => {
      const m = /^\/\/ ((?:server|contract|node_modules)\/\S+)$/.exec(l);
      if (m) marks!.push({ line: i, source: m[1] });
    });
    bundles.set(file, marks);
  }
  return marks;
}

/** A source path as the group it counts to: a package, or a folder (file with --by file) of ours. */
function group(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const ours = /((?:server|contract)\/.*)$/.exec(source);
  if (!ours) return source;
  return args.by === 'file' ? ours[1] : path.dirname(ours[1]);
}

function where(frame: CallFrame): string | null {
  const { url, functionName } = frame;
  if (!url) return /^\(.*\)$/.test(functionName) ? functionName : null; // (garbage collector), (program), (idle)
  if (url.startsWith('node:')) return 'node internals';
  const file = url.replace(/^file:\/\//, '');
  if (file.endsWith('dist/server.mjs')) {
    const marks = bundleSources(file);
    let source = 'dist/server.mjs';
    for (const m of marks) {
      if (m.line > frame.lineNumber) break;
      source = m.source;
    }
    return group(source);
  }
  return group(file);
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
/** Native frames (no url) count to the nearest caller with a source: "better-sqlite3 (native)". */
const labels = new Map<number, string>();
function label(id: number): string {
  const known = labels.get(id);
  if (known) return known;
  const n = byId.get(id)!;
  let l = where(n.callFrame);
  if (l === null) {
    const p = parent.get(id);
    l = p === undefined ? 'native' : `${label(p).replace(/ \(native\)$/, '')} (native)`;
  }
  labels.set(id, l);
  return l;
}

const totals = new Map<string, number>();
let all = 0;
let at = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  at += us;
  if (at < from || at > to) return;
  all += us;
  const l = label(id);
  totals.set(l, (totals.get(l) ?? 0) + us);
});
const idle = totals.get('(idle)') ?? 0;
const busy = all - idle;
console.log(
  `${path.basename(positionals[0])}${from > 0 || to < Infinity ? ` from ${from / 1e6} s to ${Math.min(to, at) / 1e6} s` : ''}: ${(all / 1e6).toFixed(1)} s profiled, busy ${(busy / 1e6).toFixed(1)} s (idle ${((idle / all) * 100).toFixed(1)} %); share of busy time:`,
);
for (const [l, us] of [...totals]
  .filter(([l]) => l !== '(idle)')
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(args.top)))
  console.log(`${((us / busy) * 100).toFixed(1).padStart(6)} %  ${l}`);
