// The Fellegi-Sunter model: for every field level, m = P(level | same person) and u = P(level |
// different people); a level's weight is log2(m/u). m and u are estimated without labels by EM over
// the candidate pairs' comparison patterns. Domain priors enter as pseudo-counts so EM cannot wander
// off to a degenerate solution on small data, and a guard rejects the known failure where EM's
// "match" class becomes "same household" (same surname, phone and address, different birth dates).
import { FIELDS, FIELD_COUNT, F, MISSING } from './compare/fields';

export interface MatchModel {
  /** Estimated share of candidate pairs that are matches. */
  lambda: number;
  /** m[field][level] and u[field][level]; index 0 (missing) unused. */
  m: number[][];
  u: number[][];
  /** True when no EM solution passed the same-person guards and the priors were kept for m. */
  guarded: boolean;
  iterations: number;
}

// Shares of each non-missing level among true matches, from how registrations and rosters differ in
// the field: strong agreement dominates, typos and swaps are a minority.
const PRIOR_M: readonly (readonly number[])[] = [
  [0, 0.7, 0.08, 0.07, 0.07, 0.03, 0.02, 0.03],
  [0, 0.75, 0.07, 0.07, 0.05, 0.03, 0.03],
  [0, 0.85, 0.03, 0.05, 0.03, 0.04],
  [0, 0.97, 0.03],
  [0, 0.8, 0.1, 0.1],
  [0, 0.8, 0.1, 0.1],
  [0, 0.7, 0.05, 0.25],
  [0, 0.75, 0.1, 0.15],
  [0, 0.95, 0.05],
  [0, 0.6, 0.4],
];
// Shares of each level among pairs of different people drawn at random: names and dates rarely
// agree, documents almost never; sex agrees half the time.
const PRIOR_U: readonly (readonly number[])[] = [
  [0, 0.005, 0.002, 0.005, 0.005, 0.05, 0.001, 0.932],
  [0, 0.005, 0.002, 0.005, 0.01, 0.05, 0.928],
  [0, 0.0001, 0.00001, 0.002, 0.015, 0.98289],
  [0, 0.5, 0.5],
  [0, 0.00001, 0.0001, 0.99989],
  [0, 0.00001, 0.0001, 0.99989],
  [0, 0.0005, 0.0005, 0.999],
  [0, 0.00001, 0.0001, 0.99989],
  [0, 0.3, 0.7],
  [0, 0.2, 0.8],
];
/** Pairs' worth of PRIOR_U mixed into the random-pair shares: decisive only on tiny vaults. */
const PRIOR_U_PAIRS = 200;
/** Weight of the priors, in pairs: enough to steady EM on a few hundred pairs, negligible on many. */
const PRIOR_PAIRS = 50;
const SMOOTH = 1e-4;
const MAX_ITERATIONS = 60;
const WEIGHT_LIMIT = 20;

export function priorModel(): MatchModel {
  return {
    lambda: 0.1,
    m: PRIOR_M.map((l) => [...l]),
    u: FIELDS.map((f) => f.levels.map((_, i) => (i === 0 ? 0 : 1 / (f.levels.length - 1)))),
    guarded: false,
    iterations: 0,
  };
}

/** Distinct comparison patterns and how many pairs show each. */
export interface Patterns {
  vectors: Uint8Array[];
  counts: number[];
}

export function countPatterns(vectors: Uint8Array, pairs: number, step = 1): Patterns {
  const index = new Map<string, number>();
  const out: Patterns = { vectors: [], counts: [] };
  for (let p = 0; p < pairs; p += step) {
    const v = vectors.subarray(p * FIELD_COUNT, (p + 1) * FIELD_COUNT);
    const key = String.fromCharCode(...v);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.vectors.length);
      out.vectors.push(v.slice());
      out.counts.push(1);
    } else out.counts[at]!++;
  }
  return out;
}

/**
 * EM over the candidate patterns from two starting points for u: the level shares among random
 * pairs (almost all different people) and among the candidates themselves. Each start fails on
 * some data: from random u, EM's "match" class can become "same name" when namesakes are many;
 * from the candidates' u, it finds no matches when most candidates are matches. The likelier
 * solution that still describes the same person wins; if neither does, the priors are kept.
 */
export function estimateModel(patterns: Patterns, randomPairs: Patterns): MatchModel {
  const randomU = levelShares(randomPairs, PRIOR_U, PRIOR_U_PAIRS);
  const solutions = [randomU, levelShares(patterns)]
    .map((u) => runEm(patterns, u))
    .filter(looksLikeSamePerson)
    .sort((a, b) => logLikelihood(patterns, b) - logLikelihood(patterns, a));
  if (solutions[0]) return solutions[0];
  // Too little data, or EM settled on another grouping: the priors for m, u halfway between the
  // candidates' level shares (which know households and namesakes) and random pairs' (which know
  // that identifiers rarely agree), and only the match share estimated.
  const model = priorModel();
  const candidateU = levelShares(patterns);
  model.u = candidateU.map((levels, f) => levels.map((u, l) => (u + randomU[f]![l]!) / 2));
  model.guarded = true;
  for (let it = 0; it < 30; it++) model.lambda = emStep(patterns, model, false).lambda;
  return model;
}

function runEm(patterns: Patterns, u: number[][]): MatchModel {
  const model = priorModel();
  model.u = u;
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = emStep(patterns, model, true);
    const change = Math.abs(next.lambda - model.lambda);
    Object.assign(model, next, { iterations: it + 1 });
    if (change < 1e-7) break;
  }
  return model;
}

function logLikelihood(patterns: Patterns, model: MatchModel): number {
  let ll = 0;
  patterns.vectors.forEach((v, p) => {
    let pm = model.lambda;
    let pu = 1 - model.lambda;
    for (let f = 0; f < FIELD_COUNT; f++) {
      if (v[f] === MISSING) continue;
      pm *= model.m[f]![v[f]!]!;
      pu *= model.u[f]![v[f]!]!;
    }
    ll += patterns.counts[p]! * Math.log(pm + pu);
  });
  return ll;
}

/**
 * Same person means the birth date and given names agree for most pairs of the match class (and
 * there is a match class at all).
 */
function looksLikeSamePerson(model: MatchModel): boolean {
  if (model.lambda < 1e-3) return false;
  // Disagreeing on a birth date, a sex or an identifier is never evidence for the same person,
  // and agreeing on one never against (weaker fields like the city may go either way).
  for (const f of [F.dob, F.sex, F.passport, F.nationalId, F.email]) {
    const m = model.m[f]!;
    const u = model.u[f]!;
    const last = m.length - 1;
    if (m[last]! > u[last]! || m[1]! < u[1]!) return false;
  }
  const dob = model.m[F.dob]!;
  const given = model.m[F.given]!;
  return dob[1]! + dob[2]! + dob[3]! >= 0.6 && given[1]! + given[2]! + given[3]! + given[4]! >= 0.6;
}

function levelShares(patterns: Patterns, prior?: readonly (readonly number[])[], priorPairs = 0): number[][] {
  return FIELDS.map((f, fi) => {
    const counts = f.levels.map((_, l) => SMOOTH + (prior ? priorPairs * prior[fi]![l]! : 0));
    patterns.vectors.forEach((v, p) => {
      if (v[fi] !== MISSING) counts[v[fi]!]! += patterns.counts[p]!;
    });
    counts[0] = 0;
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => c / total);
  });
}

function emStep(patterns: Patterns, model: MatchModel, updateM: boolean) {
  const M = FIELDS.map((f) => f.levels.map(() => 0));
  const U = FIELDS.map((f) => f.levels.map(() => 0));
  let matched = 0;
  let total = 0;
  for (let p = 0; p < patterns.vectors.length; p++) {
    const v = patterns.vectors[p]!;
    const c = patterns.counts[p]!;
    let pm = model.lambda;
    let pu = 1 - model.lambda;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const l = v[f]!;
      if (l === MISSING) continue;
      pm *= model.m[f]![l]!;
      pu *= model.u[f]![l]!;
    }
    const post = pm + pu > 0 ? pm / (pm + pu) : 0;
    matched += c * post;
    total += c;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const l = v[f]!;
      if (l === MISSING) continue;
      M[f]![l]! += c * post;
      U[f]![l]! += c * (1 - post);
    }
  }
  const normalise = (counts: number[], prior: readonly number[] | null) => {
    const withPrior = counts.map((x, l) =>
      l === 0 ? 0 : x + SMOOTH + (prior ? PRIOR_PAIRS * prior[l]! : 0),
    );
    const sum = withPrior.reduce((a, b) => a + b, 0);
    return withPrior.map((x) => x / sum);
  };
  return {
    m: updateM ? M.map((c, f) => normalise(c, PRIOR_M[f]!)) : model.m,
    u: U.map((c) => normalise(c, null)),
    lambda: Math.min(0.999, Math.max(1e-6, matched / Math.max(1, total))),
  };
}

/** log2(m/u) per field level (0 for missing), bounded so one field cannot decide alone. */
export function levelWeights(model: MatchModel): number[][] {
  return model.m.map((levels, f) =>
    levels.map((m, l) => {
      if (l === MISSING) return 0;
      const w = Math.log2(m / model.u[f]![l]!);
      return Math.max(-WEIGHT_LIMIT, Math.min(WEIGHT_LIMIT, w));
    }),
  );
}

/** Prior log-odds of a match among candidate pairs: the starting point of every pair's weight. */
export function priorWeight(model: MatchModel): number {
  return Math.log2(model.lambda / (1 - model.lambda));
}

export function probability(weight: number): number {
  const odds = 2 ** weight;
  return odds / (1 + odds);
}

/** Re-estimates only the match share, for a set of pairs other than the one m and u came from. */
export function withMatchShare(model: MatchModel, patterns: Patterns): MatchModel {
  const out = { ...model };
  for (let it = 0; it < 30; it++) out.lambda = emStep(patterns, out, false).lambda;
  return out;
}

export function mergePatterns(a: Patterns, b: Patterns): Patterns {
  return { vectors: [...a.vectors, ...b.vectors], counts: [...a.counts, ...b.counts] };
}
