import fs from 'node:fs';
import { verifyBundle } from './consultations.archive-check';

/** `gongzhi verify-consultation FILE.json`: recomputes chain and tally from the bundle alone; exit code 0 when they match. */
export function verifyConsultationFile(file: string | undefined, out: (line: string) => void = console.log): number {
  if (!file) {
    out('usage: gongzhi verify-consultation FILE.json');
    return 2;
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    out(`FAIL  cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  const r = verifyBundle(bundle);
  for (const l of r.lines) out(l);
  out(r.ok ? 'The bundle verifies: chain, definition, eligible list, ballots list and tally match the published result.' : 'The bundle does NOT verify.');
  return r.ok ? 0 : 1;
}
