/**
 * A naive Bayes model of which words residents use for which category, learned from labelled reports
 * (category-train.json). It replaces hand-picked keyword lists as the main signal: those lists scored
 * 0.877 on the reports they were tuned on and 0.659 on reports written apart from them. Pure and
 * deterministic: the same samples give the same model, on every server.
 */

export type Sample = readonly [text: string, code: string];
export type Cut = (text: string) => string[];

export interface CategoryModel {
  codes: string[];
  logPrior: Map<string, number>;
  /** log P(feature | code); a feature the code never showed gets `unseen`. */
  logLik: Map<string, Map<string, number>>;
  unseen: Map<string, number>;
  vocabulary: Set<string>;
}

/** Additive smoothing: small, as the vocabulary (~10,000 features) is large against ~80 reports a code. */
const ALPHA = 0.3;
const CJK = /[\u3400-\u9fff]/;
const PUNCT_OR_SPACE = /^[\s\p{P}\p{S}\d]+$/u;

/**
 * The features of a text: its words as jieba cuts them, and every pair of adjacent Chinese characters
 * (so 楼道灯 and 楼道 的灯 share 楼道, whichever way jieba cuts them). Lower-cased, punctuation and
 * digits dropped.
 */
export function features(text: string, cut: Cut): string[] {
  const clean = text.trim().toLowerCase();
  const out: string[] = [];
  for (const w of cut(clean)) if (w.trim() && !PUNCT_OR_SPACE.test(w)) out.push(`w:${w}`);
  const chars = [...clean];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (CJK.test(chars[i]) && CJK.test(chars[i + 1])) out.push(`b:${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

/** Multinomial naive Bayes over `features`; `weight` counts a sample several times (a staff correction). */
export function trainModel(samples: ReadonlyArray<{ sample: Sample; weight?: number }>, cut: Cut): CategoryModel {
  const docs = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const {
    sample: [text, code],
    weight = 1,
  } of samples) {
    docs.set(code, (docs.get(code) ?? 0) + weight);
    const c = counts.get(code) ?? new Map<string, number>();
    counts.set(code, c);
    for (const f of features(text, cut)) {
      vocabulary.add(f);
      c.set(f, (c.get(f) ?? 0) + weight);
      totals.set(code, (totals.get(code) ?? 0) + weight);
    }
  }
  const codes = [...docs.keys()].sort();
  const n = [...docs.values()].reduce((a, b) => a + b, 0);
  const v = vocabulary.size;
  const logPrior = new Map(codes.map((code) => [code, Math.log(docs.get(code)! / n)]));
  const logLik = new Map<string, Map<string, number>>();
  const unseen = new Map<string, number>();
  for (const code of codes) {
    const denom = (totals.get(code) ?? 0) + ALPHA * v;
    logLik.set(code, new Map([...counts.get(code)!].map(([f, k]) => [f, Math.log((k + ALPHA) / denom)])));
    unseen.set(code, Math.log(ALPHA / denom));
  }
  return { codes, logPrior, logLik, unseen, vocabulary };
}

/**
 * Log posterior (up to a constant) of each code for the text's features, and how many of them the model
 * knows: a text with no known feature says nothing about its category.
 */
export function modelScores(model: CategoryModel, feats: string[]): { scores: Map<string, number>; known: number } {
  const known = feats.filter((f) => model.vocabulary.has(f));
  const scores = new Map<string, number>();
  for (const code of model.codes) {
    const lik = model.logLik.get(code)!;
    const miss = model.unseen.get(code)!;
    let s = model.logPrior.get(code)!;
    for (const f of known) s += lik.get(f) ?? miss;
    scores.set(code, s);
  }
  return { scores, known: known.length };
}
