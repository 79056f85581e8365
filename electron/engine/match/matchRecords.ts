// One matching pass over an in-memory record table: blocking, comparison, estimation (or a given
// model), scoring and clustering. Persistence and incremental bookkeeping live around it.
import type { MatchPhase, MatchThresholds, RuleCount } from '../../../shared/match';
import { candidatePairs, NAMESAKE_RULE } from './blocking';
import { clusterRecords } from './clustering';
import { FIELD_COUNT, compareRecords } from './compare/fields';
import {
  countPatterns,
  estimateModel,
  mergePatterns,
  withMatchShare,
  type MatchModel,
  type Patterns,
} from './model';
import { PairScorer } from './pairScorer';
import type { RecordTable } from './records';
import { comparePairs, scorePairs } from './scoring';
import { tfTables, type TfTables } from './termFrequency';

/** Pairs sampled for EM at most: patterns repeat, so more adds time and no precision. */
const EM_SAMPLE = 400_000;
/** A cross pair weighing less than this vetoes a link that would bring its records together. */
export const CONFLICT_WEIGHT = 0;

export interface PhaseHooks {
  progress(phase: MatchPhase, done: number, total: number): void;
  checkpoint(): Promise<void>;
}

export interface MatchPass {
  left: Int32Array;
  right: Int32Array;
  weights: Float32Array;
  byRule: RuleCount[];
  model: MatchModel;
  tf: TfTables;
  scorer: PairScorer;
  phases: { phase: MatchPhase; ms: number }[];
}

export interface PassOptions {
  /** Incremental: only pairs touching records from this index on. */
  newFrom?: number;
  /** Reuse a model (incremental) instead of estimating one. */
  model?: MatchModel;
  tf?: TfTables;
}

export async function scoreTable(
  t: RecordTable,
  hooks: PhaseHooks,
  options: PassOptions = {},
): Promise<MatchPass> {
  const phases: MatchPass['phases'] = [];
  let t0 = performance.now();
  const lap = (phase: MatchPhase) => {
    const now = performance.now();
    phases.push({ phase, ms: Math.round(now - t0) });
    t0 = now;
  };

  hooks.progress('blocking', 0, 1);
  const pairs = await candidatePairs(t, undefined, {
    newFrom: options.newFrom,
    checkpoint: hooks.checkpoint,
  });
  lap('blocking');

  const total = pairs.left.length;
  hooks.progress('scoring', 0, total);
  const vectors = await comparePairs(t, pairs.left, pairs.right, async (done) => {
    hooks.progress('scoring', done, total);
    await hooks.checkpoint();
  });
  lap('scoring');

  let model = options.model;
  if (!model) {
    hooks.progress('estimating', 0, 1);
    const step = Math.max(1, Math.ceil(total / EM_SAMPLE));
    const scored = countPatterns(vectors.levels, total, step);
    const training = mergePatterns(scored, await namesakePatterns(t, hooks));
    model = withMatchShare(estimateModel(training, randomPatterns(t)), scored);
    lap('estimating');
  }
  const tf = options.tf ?? tfTables(t);
  const weights = scorePairs(t, pairs.left, vectors, model, tf);
  hooks.progress('scoring', total, total);
  lap('scoring');
  return {
    left: pairs.left,
    right: pairs.right,
    weights,
    byRule: pairs.byRule,
    model,
    tf,
    scorer: new PairScorer(t, model, tf),
    phases,
  };
}

/**
 * Pairs of records with the same full name, for estimation only. EM needs the hard non-matches
 * among its pairs: without namesakes, its "match" class drifts to "same name" (two Maria Santos born
 * the same year would count as one person). These pairs are not scored: the blocking does not
 * compare namesakes that have birth dates, which keeps the pairs near-linear at scale.
 */
const NAMESAKE_SAMPLE = 150_000;
async function namesakePatterns(t: RecordTable, hooks: PhaseHooks): Promise<Patterns> {
  const pairs = await candidatePairs(t, [NAMESAKE_RULE], { checkpoint: hooks.checkpoint });
  const step = Math.max(1, Math.ceil(pairs.left.length / NAMESAKE_SAMPLE));
  const n = Math.ceil(pairs.left.length / step);
  const levels = new Uint8Array(n * FIELD_COUNT);
  for (let k = 0, p = 0; p < pairs.left.length; p += step, k++) {
    compareRecords(t, pairs.left[p]!, pairs.right[p]!, levels, k * FIELD_COUNT);
  }
  return countPatterns(levels, n);
}

/** Random record pairs for EM's starting u; a fixed seed keeps runs reproducible. */
const RANDOM_PAIRS = 50_000;
function randomPatterns(t: RecordTable): Patterns {
  const n = Math.min(RANDOM_PAIRS, Math.max(0, t.size * 4));
  const levels = new Uint8Array(n * FIELD_COUNT);
  let seed = 0x9e3779b9;
  const next = () => {
    // xorshift32: fast, seeded, good enough to pick pairs.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % t.size;
  };
  let k = 0;
  for (let p = 0; p < n * 2 && k < n; p++) {
    const a = next();
    const b = next();
    if (a === b) continue;
    compareRecords(t, a, b, levels, k * FIELD_COUNT);
    k++;
  }
  return countPatterns(levels, k);
}

export interface Decisions {
  match: [number, number][];
  /** Keys `${lo}:${hi}` of record indexes an officer kept apart. */
  notMatch: Set<string>;
}

export const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** Clusters from scored pairs: auto-links ≥ threshold plus 'match' decisions, minus 'not_match'. */
export function clusterPass(
  t: RecordTable,
  pass: Pick<MatchPass, 'left' | 'right' | 'weights' | 'scorer'>,
  thresholds: MatchThresholds,
  decisions: Decisions,
) {
  let links = 0;
  for (let p = 0; p < pass.weights.length; p++) if (pass.weights[p]! >= thresholds.autoLink) links++;
  const linkLeft = new Int32Array(links);
  const linkRight = new Int32Array(links);
  const linkWeight = new Float32Array(links);
  let k = 0;
  for (let p = 0; p < pass.weights.length; p++) {
    if (pass.weights[p]! < thresholds.autoLink) continue;
    linkLeft[k] = pass.left[p]!;
    linkRight[k] = pass.right[p]!;
    linkWeight[k++] = pass.weights[p]!;
  }
  return clusterRecords({
    n: t.size,
    linkLeft,
    linkRight,
    linkWeight,
    mustLink: decisions.match,
    conflict: (a, b) => decisions.notMatch.has(pairKey(a, b)) || pass.scorer.weight(a, b) < CONFLICT_WEIGHT,
  });
}
