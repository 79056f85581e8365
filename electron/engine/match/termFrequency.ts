// Term-frequency adjustment: two records agreeing on "Mohammed" say less than two agreeing on a
// rare given name. The adjustment is log2(reference / frequency of the agreeing value), where the
// reference is the frequency an average agreeing pair has, so it averages to about zero and only
// moves weights for unusually common or rare values.
import type { RecordTable } from './records';

/** Values seen this often or more are stored; the rest count as "rare" (seen twice). */
export const STORED_MIN_COUNT = 3;
const RARE_COUNT = 2;
const MAX_RAISE = 3;
const MAX_LOWER = 8;

export type TfField = 'given' | 'surname' | 'dob';

/** Counts per value for one field; values are interned ids (names) or yyyymmdd (dates). */
export class TermFrequencies {
  constructor(
    private readonly counts: Map<number, number>,
    /** Records with a value. */
    readonly total: number,
    /** Σp³/Σp²: the frequency of the value an average agreeing pair shares. */
    readonly reference: number,
  ) {}

  static fromColumn(column: Int32Array): TermFrequencies {
    const counts = new Map<number, number>();
    let total = 0;
    for (let i = 0; i < column.length; i++) {
      const v = column[i]!;
      if (v === 0) continue;
      total++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return new TermFrequencies(counts, total, referenceOf(counts.values(), total));
  }

  static fromStored(counts: Map<number, number>, total: number, reference: number): TermFrequencies {
    return new TermFrequencies(counts, total, reference);
  }

  count(value: number): number {
    return this.counts.get(value) ?? RARE_COUNT;
  }

  /** Adds records of an incremental run, so their values count too. */
  add(column: Int32Array, from: number): void {
    for (let i = from; i < column.length; i++) {
      const v = column[i]!;
      if (v !== 0) this.counts.set(v, this.count(v) + 1);
    }
  }

  /** Bits to add to an exact agreement on `value`. */
  adjustment(value: number): number {
    if (this.total === 0) return 0;
    const tf = Math.max(this.count(value), RARE_COUNT) / this.total;
    const bits = Math.log2(this.reference / tf);
    return Math.max(-MAX_LOWER, Math.min(MAX_RAISE, bits));
  }

  /** Values common enough to store (value → count). */
  common(): [number, number][] {
    return [...this.counts].filter(([, c]) => c >= STORED_MIN_COUNT);
  }
}

function referenceOf(counts: Iterable<number>, total: number): number {
  if (total === 0) return 0;
  let p2 = 0;
  let p3 = 0;
  for (const c of counts) {
    const p = c / total;
    p2 += p * p;
    p3 += p * p * p;
  }
  return p2 > 0 ? p3 / p2 : 0;
}

export interface TfTables {
  given: TermFrequencies;
  surname: TermFrequencies;
  dob: TermFrequencies;
}

export function tfTables(t: RecordTable): TfTables {
  return {
    given: TermFrequencies.fromColumn(t.given),
    surname: TermFrequencies.fromColumn(t.surname),
    dob: TermFrequencies.fromColumn(t.dob),
  };
}
