// Scores candidate pairs: comparison vector per pair, then the match weight = prior log-odds + the
// sum of the level weights, with term-frequency adjustments on exact name and birth-date agreement.
// A weight is log2 of the posterior odds of "same person": 0 is even odds, 7 is 99%.
import { FIELD_COUNT, F, compareRecords } from './compare/fields';
import { levelWeights, priorWeight, type MatchModel } from './model';
import type { RecordTable } from './records';
import type { TfTables } from './termFrequency';

export interface Vectors {
  levels: Uint8Array;
  /** 1 where names agreed better with given names and surname crossed. */
  swapped: Uint8Array;
}

export async function comparePairs(
  t: RecordTable,
  left: Int32Array,
  right: Int32Array,
  checkpoint: (done: number) => Promise<void>,
): Promise<Vectors> {
  const n = left.length;
  const levels = new Uint8Array(n * FIELD_COUNT);
  const swapped = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    if (compareRecords(t, left[p]!, right[p]!, levels, p * FIELD_COUNT).swapped) swapped[p] = 1;
    if ((p & 0x7fff) === 0x7fff) await checkpoint(p);
  }
  return { levels, swapped };
}

/** Per-field weights of one pair (TF included), written into `out`. */
export function fieldWeights(
  t: RecordTable,
  i: number,
  levels: Uint8Array,
  offset: number,
  weights: number[][],
  tf: TfTables,
  out: Float64Array,
): void {
  for (let f = 0; f < FIELD_COUNT; f++) out[f] = weights[f]![levels[offset + f]!]!;
  if (levels[offset + F.given] === 1 && out[F.given]! > 0) out[F.given]! += tf.given.adjustment(t.given[i]!);
  if (levels[offset + F.surname] === 1 && out[F.surname]! > 0)
    out[F.surname]! += tf.surname.adjustment(t.surname[i]!);
  if (levels[offset + F.dob] === 1 && out[F.dob]! > 0) out[F.dob]! += tf.dob.adjustment(t.dob[i]!);
}

/** TF adjustment applies to the exact level only; tells the explanation whether it moved the weight. */
export function tfAdjusted(levels: Uint8Array, offset: number, f: number): boolean {
  return (f === F.given || f === F.surname || f === F.dob) && levels[offset + f] === 1;
}

export function scorePairs(
  t: RecordTable,
  left: Int32Array,
  vectors: Vectors,
  model: MatchModel,
  tf: TfTables,
): Float32Array {
  const weights = levelWeights(model);
  const prior = priorWeight(model);
  const out = new Float32Array(left.length);
  const per = new Float64Array(FIELD_COUNT);
  for (let p = 0; p < left.length; p++) {
    fieldWeights(t, left[p]!, vectors.levels, p * FIELD_COUNT, weights, tf, per);
    let w = prior;
    for (let f = 0; f < FIELD_COUNT; f++) w += per[f]!;
    out[p] = w;
  }
  return out;
}
