import fs from 'node:fs';
import path from 'node:path';
import type { BallotCheck, ModuleCheck, TicketCheck } from './checks';
import { PHONE_TARGETS, phoneTable, type PageFigures } from './lighthouse';
import type { LoadFigures } from './load';
import type { PhotoBurst } from './scenarios/bursts';
import { twoServerLines, type TwoServerResult } from './two-servers';
import { ROOT } from './server';

export interface ScenarioResult {
  key: string;
  label: string;
  ours: LoadFigures;
  baselineKey?: string;
  baselineLabel?: string;
  baseline?: LoadFigures;
  /** The same-work baseline (create-ticket and cast-ballot, issue #18): the rows the service writes, one transaction. */
  sameWorkKey?: string;
  sameWorkLabel?: string;
  sameWork?: LoadFigures;
}

export interface DialectResult {
  dialect: 'sqlite' | 'postgres';
  data: { communities: number; households: number; tickets: number; generatedSeconds: number | null };
  /** 1/5/15-minute load averages: the machine is shared, so each figure carries how busy it was. */
  loadavg: { before: number[]; after: number[] };
  process: {
    serverFrom: 'bundle' | 'sources';
    readyMs: number[];
    readyMedianMs: number;
    rssIdleMb: number;
    rssPeakMb: number;
  };
  scenarios: ScenarioResult[];
  bursts: {
    ballots: LoadFigures & { check: BallotCheck };
    /** The create-ticket scenario's tickets, counted like the ballots. */
    created: TicketCheck;
    photos: PhotoBurst & { stored: { tickets: number; photos: number } };
  };
  /** The newer modules' writes checked after the app's run; the chains checked again after the baseline's. */
  modules?: ModuleCheck & { afterBaseline?: ModuleCheck['chains'] };
  failures: string[];
}

export interface RunResult {
  timestamp: string;
  quick: boolean;
  communities: number;
  machine: { cpu: string; cores: number; ramGb: number; node: string; os: string };
  commit: string;
  dialects: DialectResult[];
  /** entry → first-load KB gzip; null when no build was measured */
  web: Record<string, number> | null;
  /** Lighthouse on the residents' pages (bench/lighthouse.ts); full mode only. */
  phones?: PageFigures[] | null;
  /** Two app servers on one PostgreSQL (bench/two-servers.ts): full runs with PostgreSQL, or --two-servers. */
  twoServers?: TwoServerResult | null;
  seconds: number;
}

const ratio = (s?: ScenarioResult) =>
  s?.baseline && s.baseline.rps ? Math.round((s.ours.rps / s.baseline.rps) * 100) / 100 : null;
const sameRatio = (s?: ScenarioResult) =>
  s?.sameWork && s.sameWork.rps ? Math.round((s.ours.rps / s.sameWork.rps) * 100) / 100 : null;

interface TargetRow {
  figure: string;
  target: string;
  values: Array<{ dialect: string; value: string; met: boolean | null }>;
}

/** The issue's targets against this run; null `met` means not measured here. */
function targets(run: RunResult): TargetRow[] {
  const per = (
    figure: string,
    target: string,
    f: (d: DialectResult) => { value: string; met: boolean | null } | null,
  ): TargetRow => ({
    figure,
    target,
    values: run.dialects.map((d) => ({ dialect: d.dialect, ...(f(d) ?? { value: '—', met: null }) })),
  });
  const sc = (d: DialectResult, key: string) => d.scenarios.find((s) => s.key === key);
  const p95 = (key: string, limit: (d: DialectResult) => number) => (d: DialectResult) => {
    const s = sc(d, key);
    return s ? { value: `${s.ours.p95} ms`, met: s.ours.p95 <= limit(d) } : null;
  };
  const rows: TargetRow[] = [
    per('create ticket, ratio to single-INSERT baseline', '≥ 0.5', (d) => {
      const r = ratio(sc(d, 'create_ticket'));
      return r === null ? null : { value: String(r), met: r >= 0.5 };
    }),
    per('create ticket, ratio to same-work baseline', '≥ 0.5', (d) => {
      const r = sameRatio(sc(d, 'create_ticket'));
      return r === null ? null : { value: String(r), met: r >= 0.5 };
    }),
    per('cast ballot, ratio to same-work baseline', '≥ 0.5', (d) => {
      const r = sameRatio(sc(d, 'cast_ballot'));
      return r === null ? null : { value: String(r), met: r >= 0.5 };
    }),
    per('cast ballot, ratio to single-INSERT baseline; burst lost / duplicated', '≥ 0.5; 0 / 0', (d) => {
      const r = ratio(sc(d, 'cast_ballot'));
      const c = d.bursts.ballots.check;
      return r === null
        ? null
        : { value: `${r}; ${c.lost} / ${c.duplicated}`, met: r >= 0.5 && !c.lost && !c.duplicated };
    }),
    per(
      `list a grid's tickets p95 (N=${run.communities}, concurrency 10)`,
      '≤ 20 ms SQLite, ≤ 30 ms PostgreSQL',
      p95('grid_list', (d) => (d.dialect === 'sqlite' ? 20 : 30)),
    ),
    per(
      'community dashboard (one year) p95',
      '≤ 50 ms',
      p95('dashboard', () => 50),
    ),
    per(
      'town view p95',
      '≤ 200 ms',
      p95('town', () => 200),
    ),
    per('start to ready (median)', '≤ 1.5 s', (d) => ({
      value: `${d.process.readyMedianMs} ms`,
      met: d.process.readyMedianMs <= 1500,
    })),
    per('RSS idle / peak under load', '≤ 150 MB / ≤ 300 MB', (d) => ({
      value: `${d.process.rssIdleMb} / ${d.process.rssPeakMb} MB`,
      met: d.process.rssIdleMb <= 150 && d.process.rssPeakMb <= 300,
    })),
  ];
  const web = (figure: string, entry: string, limit: number): TargetRow => {
    const kb = run.web?.[entry];
    return {
      figure,
      target: `≤ ${limit} KB`,
      values: [
        { dialect: 'web', value: kb === undefined ? '—' : `${kb} KB`, met: kb === undefined ? null : kb <= limit },
      ],
    };
  };
  rows.push(
    web('resident H5 initial JS+CSS (gzip)', 'h5/index.html', 150),
    web('console initial JS+CSS (gzip)', 'index.html', 400),
  );
  for (const f of run.phones ?? []) {
    rows.push({
      figure: `${f.page}: Lighthouse performance / LCP (mobile, slow 4G)`,
      target: `≥ ${PHONE_TARGETS.performance} / ≤ ${PHONE_TARGETS.lcpMs / 1000} s`,
      values: [
        {
          dialect: 'web',
          value: `${f.performance} / ${(f.lcpMs / 1000).toFixed(2)} s`,
          met: f.performance >= PHONE_TARGETS.performance && f.lcpMs <= PHONE_TARGETS.lcpMs,
        },
      ],
    });
  }
  return rows;
}

/** One line per module write: acknowledged against stored, and the rule the module keeps. */
function moduleLines(d: DialectResult): string[] {
  const m = d.modules;
  if (!m) return [];
  const chains = (c: ModuleCheck['chains']) =>
    `${c.checked} chains, ${c.events.toLocaleString('en')} events, ${c.broken.length ? `BROKEN: ${c.broken.join('; ')}` : 'verify'}`;
  return [
    ...m.writes.map(
      (w) =>
        `Checked ${w.key}: ${w.acknowledged} acknowledged, ${w.stored} stored, ${w.lost} lost, ${w.extra} beyond (${w.unanswered} unanswered); ` +
        `${w.invariant}${w.problems.length ? `; PROBLEMS: ${w.problems.join('; ')}` : ''}.`,
    ),
    `Audit chains after the modules' writes: ${chains(m.chains)}${m.afterBaseline ? `; after the baseline's same-work writes: ${chains(m.afterBaseline)}` : ''}.`,
  ];
}

const mark = (met: boolean | null) => (met === null ? '' : met ? ' ✓' : ' ✗ MISS');

function markdown(run: RunResult): string {
  const m = run.machine;
  const out: string[] = [
    `Run ${run.timestamp} on commit \`${run.commit}\`${run.quick ? ' (quick mode)' : ''}, ${run.seconds} s in all.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}, Node ${m.node}; the load generator runs on the same box.`,
  ];
  // `--quick --two-servers` measures no dialect run: no targets table then.
  if (run.dialects.length)
    out.push(
      '',
      '### Targets',
      '',
      '| figure | target | ' + run.dialects.map((d) => d.dialect).join(' | ') + ' |',
      '|---|---|' + run.dialects.map(() => '---|').join(''),
    );
  for (const t of run.dialects.length ? targets(run) : []) {
    const cells = run.dialects.map((d) => {
      const v = t.values.find((x) => x.dialect === d.dialect) ?? t.values.find((x) => x.dialect === 'web');
      return v ? `${v.value}${mark(v.met)}` : '—';
    });
    out.push(`| ${t.figure} | ${t.target} | ${cells.join(' | ')} |`);
  }
  for (const d of run.dialects) {
    const b = d.bursts.ballots;
    const p = d.bursts.photos;
    out.push(
      '',
      `### ${d.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
      '',
      `Data: ${d.data.communities} communities, ${d.data.households.toLocaleString('en')} households, ${d.data.tickets.toLocaleString('en')} tickets. ` +
        `Load average before ${d.loadavg.before.join(' / ')}, after ${d.loadavg.after.join(' / ')}.`,
      '',
      '| scenario (concurrency 10) | req/s | p50 ms | p95 ms | p99 ms | non-2xx | baseline | baseline req/s | ratio |',
      '|---|---:|---:|---:|---:|---:|---|---:|---:|',
      ...d.scenarios.map(
        (s) =>
          `| ${s.label} | ${s.ours.rps} | ${s.ours.p50} | ${s.ours.p95} | ${s.ours.p99} | ${Object.values(s.ours.non2xx).reduce((a, n) => a + n, 0) + s.ours.errors} | ` +
          `${s.baselineLabel ?? ''} | ${s.baseline?.rps ?? ''} | ${ratio(s) ?? ''} |`,
      ),
      '',
      ...d.scenarios
        .filter((s) => s.sameWork)
        .map(
          (s) =>
            `Same-work baseline of "${s.label}": ${s.sameWorkLabel} → ${s.sameWork!.rps} req/s (p50 ${s.sameWork!.p50} ms, p95 ${s.sameWork!.p95} ms); ` +
            `ratio ${sameRatio(s) ?? '—'} (to the single INSERT: ${ratio(s) ?? '—'}).`,
        ),
      `Ballot burst: ${b.requests.toLocaleString('en')} households at concurrency 100 → ${b.rps} ballots/s, p99 ${b.p99} ms; ` +
        `${b.check.acknowledged} acknowledged, ${b.check.stored} stored (all bench ballots), ${b.check.lost} lost, ${b.check.duplicated} duplicated, ` +
        `chains ${b.check.brokenChains.length ? 'BROKEN' : 'verify'}.`,
      `Created tickets: ${d.bursts.created.acknowledged} acknowledged, ${d.bursts.created.stored} stored, ${d.bursts.created.lost} lost, ` +
        `${d.bursts.created.extra} beyond the acknowledged (${d.bursts.created.unanswered} requests unanswered when the time was up).`,
      `Photo burst: ${p.sent} residents at once → ${p.acknowledged} acknowledged${p.busy ? `, ${p.busy} refused 503 busy with Retry-After` : ''}, ${p.stored.tickets} tickets / ${p.stored.photos} photos stored, ${p.seconds} s, p99 ${p.p99} ms, longest ${p.maxMs ?? '—'} ms${p.over30s ? ` (${p.over30s} answered after more than 30 s without busy)` : ''}.`,
      ...moduleLines(d),
      `Process (server from ${d.process.serverFrom}): start to ready ${d.process.readyMs.join(', ')} ms (median ${d.process.readyMedianMs}); RSS idle ${d.process.rssIdleMb} MB, peak ${d.process.rssPeakMb} MB.`,
    );
  }
  if (run.web)
    out.push(
      '',
      '### Web (gzip, first load per entry)',
      '',
      ...Object.entries(run.web).map(([e, kb]) => `- ${e}: ${kb} KB`),
    );
  if (run.twoServers) out.push('', '### Two app servers on one PostgreSQL', '', ...twoServerLines(run.twoServers));
  if (run.phones?.length)
    out.push('', `### Residents' phones (median of ${run.phones[0].runs} Lighthouse runs)`, '', phoneTable(run.phones));
  return out.join('\n');
}

const BEGIN = '<!-- bench:figures:begin (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:figures:end -->';

/** Replaces only the figures block of docs/performance.md; other sections (the data generator's, the analysis) stay as written. */
export function writeDocs(run: RunResult) {
  const file = path.join(ROOT, 'docs/performance.md');
  const block = `${BEGIN}\n${markdown(run)}\n${END}`;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n\n## Latest figures\n\n';
  const i = old.indexOf(BEGIN);
  const j = old.indexOf(END);
  fs.writeFileSync(
    file,
    i >= 0 && j > i ? old.slice(0, i) + block + old.slice(j + END.length) : `${old.trimEnd()}\n\n${block}\n`,
  );
}

/**
 * Prints the table and writes the run's JSON: full runs into bench/results/ (committed, the history),
 * quick runs (CI, checks) into `scratchDir`. Returns what failed.
 */
export function report(run: RunResult, opts: { writeDocs: boolean; scratchDir: string }): string[] {
  console.log(`\n${markdown(run)}\n`);
  const dir = run.quick ? path.join(opts.scratchDir, 'results') : path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${run.timestamp.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(run, null, 2) + '\n');
  console.log(`results: ${file}`);
  if (opts.writeDocs) writeDocs(run);
  return [...run.dialects.flatMap((d) => d.failures), ...(run.twoServers?.failures ?? [])];
}
