// Blocking: only records sharing a key under some rule are compared, which keeps the pairs near
// linear in the records. Rules are OR-ed; a pair found by several rules is compared once and
// counted under the first rule that found it. A block larger than the cap (a junk passport "N/A",
// thousands of "Mohammed Ali 1990") is split by a finer key; what is still over the cap is skipped
// and counted, never compared quadratically.
import type { RuleCount } from '../../../shared/match';
import type { RecordTable } from './records';

/** Largest block compared in full: 100 records is 4,950 pairs. */
export const BLOCK_CAP = 100;

type Emit = (key: number) => void;

export interface BlockingRule {
  name: string;
  keys(t: RecordTable, i: number, emit: Emit, keys: KeyMaker): void;
  /** Largest block compared in full for this rule (default BLOCK_CAP). */
  cap?: number;
  /** A finer key to split an oversize block by; blocks it cannot split are skipped. */
  refine?(t: RecordTable, i: number, keys: KeyMaker): number;
  /**
   * When set, only pairs with at least one record passing it are compared: the rule exists for
   * those records (e.g. the name alone, for records without a birth date to block on).
   */
  probe?(t: RecordTable, i: number): boolean;
}

/** Turns composite keys (name strings, dates) into numbers once per run. */
export class KeyMaker {
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(text, id);
    }
    return id;
  }
}

/** Days-like index of a yyyymmdd date within 1850-2105, unique per date; 0 when unknown. */
export function dayIndex(dob: number): number {
  if (dob === 0) return 0;
  const y = ((dob / 10000) | 0) - 1850;
  if (y < 0 || y > 255) return 0;
  return y * 372 + ((((dob / 100) | 0) % 100) - 1) * 31 + (dob % 100);
}

/** Name skeleton or key in a canonical order, so "Hassan Ali" and "Ali Hassan" share it. */
export function canonicalName(t: RecordTable, given: number, surname: number): string | null {
  if (given === 0 || surname === 0) return null;
  const a = `${t.pool.get(given)} ${t.pool.get(surname)}`;
  const b = `${t.pool.get(surname)} ${t.pool.get(given)}`;
  return a < b ? a : b;
}

function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

const SHIFT_DAY = 2 ** 17;

export const RULES: readonly BlockingRule[] = [
  {
    name: 'passport number',
    keys: (t, i, emit) => t.passport[i] && emit(t.passport[i]!),
  },
  {
    name: 'national id',
    keys: (t, i, emit) => t.nationalId[i] && emit(t.nationalId[i]!),
  },
  {
    // A phone is shared by a household and, in large registries, by unrelated people (reused or
    // mistyped numbers): the phone blocks together with one of the two name skeletons, so a typo in
    // the other name is still caught.
    name: 'phone + given name or surname skeleton',
    keys: (t, i, emit, k) => {
      const alt = t.phoneAlt[i] !== t.phone[i] ? t.phoneAlt[i]! : 0;
      for (const phone of [t.phone[i]!, alt]) {
        if (!phone) continue;
        const given = firstWord(t.pool.get(t.givenSkel[i]!));
        if (given) emit(k.id(`${phone} g ${given}`));
        if (t.surnameSkel[i]) emit(k.id(`${phone} s ${t.surnameSkel[i]}`));
      }
    },
  },
  {
    name: 'e-mail',
    keys: (t, i, emit) => t.email[i] && emit(t.email[i]!),
    refine: (t, i) => t.givenSkel[i]!,
  },
  {
    name: 'name skeleton + birth year',
    cap: 30,
    keys: (t, i, emit, k) => {
      const name = canonicalName(t, t.givenSkel[i]!, t.surnameSkel[i]!);
      const year = ((t.dob[i]! / 10000) | 0) - 1850;
      if (name !== null && t.dob[i] !== 0 && year >= 0 && year < 256) emit(k.id(name) * 256 + year);
    },
    refine: (t, i) => t.dob[i]!,
  },
  {
    name: 'surname skeleton + date of birth',
    keys: (t, i, emit) => {
      const day = dayIndex(t.dob[i]!);
      if (t.surnameSkel[i] && day) emit(t.surnameSkel[i]! * SHIFT_DAY + day);
    },
    refine: (t, i, k) => k.id(firstWord(t.pool.get(t.givenSkel[i]!))),
  },
  {
    name: 'first given name skeleton + date of birth',
    keys: (t, i, emit, k) => {
      const day = dayIndex(t.dob[i]!);
      if (t.givenSkel[i] && day) emit(k.id(firstWord(t.pool.get(t.givenSkel[i]!))) * SHIFT_DAY + day);
    },
    refine: (t, i) => t.surnameSkel[i]!,
  },
  {
    // Namesakes are many at scale (hundreds of "Mohammad Hossain"): the name alone only blocks
    // records that lack a birth date, which every other name rule needs.
    name: 'full name, where a birth date is missing',
    cap: 30,
    probe: (t, i) => t.dob[i] === 0,
    keys: (t, i, emit, k) => {
      const name = canonicalName(t, t.given[i]!, t.surname[i]!);
      if (name !== null) emit(k.id(name));
    },
    refine: (t, i) => t.nationality[i]!,
  },
];

export interface CandidatePairs {
  /** Record indexes of each pair, left < right. */
  left: Int32Array;
  right: Int32Array;
  byRule: RuleCount[];
}

export interface BlockingOptions {
  cap?: number;
  /** Keep only pairs with at least one record at index ≥ this (an incremental run's new records). */
  newFrom?: number;
  checkpoint?: () => Promise<void>;
}

/** Candidate pairs over all rules, deduplicated, each credited to the first rule that found it. */
export async function candidatePairs(
  t: RecordTable,
  rules: readonly BlockingRule[] = RULES,
  options: BlockingOptions = {},
): Promise<CandidatePairs> {
  const capOf = (rule: BlockingRule) => Math.min(options.cap ?? BLOCK_CAP, rule.cap ?? BLOCK_CAP);
  const newFrom = options.newFrom ?? 0;
  const keys = new KeyMaker();
  const byRule: RuleCount[] = rules.map((r) => ({
    rule: r.name,
    pairs: 0,
    oversizeBlocks: 0,
    skippedPairs: 0,
  }));
  // Pair codes (left * n + right) * 8 + rule: sorting them puts each pair's first rule first.
  let codes = new Float64Array(Math.max(1024, t.size * 4));
  let count = 0;
  const n = t.size;
  const push = (a: number, b: number, rule: number) => {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    if (lo === hi || hi < newFrom) return;
    if (count === codes.length) {
      const grown = new Float64Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
    }
    codes[count++] = (lo * n + hi) * 8 + rule;
  };

  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const cap = capOf(rule);
    const capPairs = (cap * (cap - 1)) / 2;
    const blocks = groupBy(t, (i, emit) => rule.keys(t, i, emit, keys));
    for (const members of blocks) {
      if (members.length < 2) continue;
      if (newFrom > 0 && !members.some((m) => m >= newFrom)) continue;
      const probe = rule.probe;
      const pairsOf = (list: number[]) =>
        probe ? probePairs(list, (m) => probe(t, m)) : (list.length * (list.length - 1)) / 2;
      const pairs = pairsOf(members);
      if (pairs === 0) continue;
      const emit = (list: number[]) =>
        probe ? emitProbePairs(list, (m) => probe(t, m), r, push) : emitPairs(list, r, push);
      if (pairs <= capPairs) {
        emit(members);
        continue;
      }
      byRule[r]!.oversizeBlocks++;
      const refine = rule.refine;
      if (!refine) {
        byRule[r]!.skippedPairs += pairs;
        continue;
      }
      const sub = new Map<number, number[]>();
      for (const m of members) {
        const k = refine(t, m, keys);
        if (k === 0) continue;
        const list = sub.get(k);
        if (list) list.push(m);
        else sub.set(k, [m]);
      }
      let kept = 0;
      for (const part of sub.values()) {
        const partPairs = pairsOf(part);
        if (partPairs > capPairs) continue;
        emit(part);
        kept += partPairs;
      }
      byRule[r]!.skippedPairs += pairs - kept;
    }
    await options.checkpoint?.();
  }

  const sorted = codes.subarray(0, count).sort();
  const left = new Int32Array(count);
  const right = new Int32Array(count);
  let unique = 0;
  let previous = -1;
  for (let k = 0; k < count; k++) {
    const code = sorted[k]!;
    const pair = Math.floor(code / 8);
    if (pair === previous) continue;
    previous = pair;
    left[unique] = Math.floor(pair / n);
    right[unique] = pair % n;
    byRule[code - pair * 8]!.pairs++;
    unique++;
  }
  return { left: left.slice(0, unique), right: right.slice(0, unique), byRule };
}

function probePairs(members: number[], isProbe: (m: number) => boolean): number {
  const probes = members.filter(isProbe).length;
  return probes * (members.length - probes) + (probes * (probes - 1)) / 2;
}

function emitProbePairs(
  members: number[],
  isProbe: (m: number) => boolean,
  rule: number,
  push: (a: number, b: number, r: number) => void,
) {
  for (let x = 0; x < members.length; x++) {
    const px = isProbe(members[x]!);
    for (let y = x + 1; y < members.length; y++) {
      if (px || isProbe(members[y]!)) push(members[x]!, members[y]!, rule);
    }
  }
}

function emitPairs(members: number[], rule: number, push: (a: number, b: number, r: number) => void) {
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) push(members[x]!, members[y]!, rule);
  }
}

/** Records grouped by key (a record may have several keys, e.g. two phones). */
function groupBy(t: RecordTable, keysOf: (i: number, emit: Emit) => void): number[][] {
  const groups = new Map<number, number[] | number>();
  for (let i = 0; i < t.size; i++) {
    keysOf(i, (key) => {
      const g = groups.get(key);
      // Most keys are unique: keep a bare index until a second record arrives.
      if (g === undefined) groups.set(key, i);
      else if (typeof g === 'number') {
        if (g !== i) groups.set(key, [g, i]);
      } else if (g[g.length - 1] !== i) g.push(i);
    });
  }
  const out: number[][] = [];
  for (const g of groups.values()) if (typeof g !== 'number') out.push(g);
  return out;
}

/** All records sharing a full name (capped like any block): estimation pairs, never scored. */
export const NAMESAKE_RULE: BlockingRule = {
  name: 'full name',
  cap: 30,
  keys: (t, i, emit, k) => {
    const name = canonicalName(t, t.given[i]!, t.surname[i]!);
    if (name !== null) emit(k.id(name));
  },
  refine: (t, i) => t.nationality[i]!,
};
