import fs from 'node:fs';
import { verifyBundle } from './consultations.archive-check';

const USAGE = 'usage: gongzhi verify-consultation FILE.json [--head HEX]';

/**
 * `gongzhi verify-consultation FILE.json [--head HEX]`: checks the bundle from the file alone; exit code 0 when
 * everything it shows matches its chain. A file can be rewritten whole, hashes and all, so `--head` compares
 * the chain's head with the one printed on the notice (or on a household's receipt): that is the outside anchor.
 */
export function verifyConsultationFile(args: string[], out: (line: string) => void = console.log): number {
  const [file, flag, head, ...extra] = args;
  if (!file || (flag !== undefined && (flag !== '--head' || !/^[0-9a-fA-F]{64}$/.test(head ?? ''))) || extra.length) {
    out(USAGE);
    return 2;
  }
  let bundle: any;
  try {
    bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    out(`FAIL  cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  const r = verifyBundle(bundle);
  for (const l of r.lines) out(l);
  let ok = r.ok;
  if (head) {
    const chainHead = bundle?.entries?.at?.(-1)?.hash;
    if (chainHead === head.toLowerCase()) out(`ok    chain head is the one you were given (${head.toLowerCase()})`);
    else {
      ok = false;
      out(`FAIL  chain head ${chainHead} is not the one you were given (${head.toLowerCase()})`);
    }
  }
  out(
    ok
      ? 'The bundle verifies: chain, definition, eligible list, ballots list and tally match the published result.'
      : 'The bundle does NOT verify.',
  );
  return ok ? 0 : 1;
}
