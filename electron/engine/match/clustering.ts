// Persons from links: connected components over accepted links, built strongest link first, with a
// guard against chaining. Plain components let one record bridge two different people (a "Maria
// Santos" without birth date linking to two Maria Santos born years apart); here a link that would
// put together two records that clearly differ, or that an officer kept apart, is refused.

/** No person plausibly has more records than this; a bigger component is a chain, not a person. */
export const MAX_CLUSTER_SIZE = 50;

export interface ClusterInput {
  /** Number of records (indices 0..n-1). */
  n: number;
  /** Links at or above the auto-link threshold, any order. */
  linkLeft: Int32Array;
  linkRight: Int32Array;
  linkWeight: Float32Array;
  /** Pairs an officer decided are the same person: always linked. */
  mustLink: [number, number][];
  /**
   * True when records a and b must not end in one person: an officer's "not a match", or a
   * comparison saying they clearly differ.
   */
  conflict(a: number, b: number): boolean;
}

export interface ClusterResult {
  /** Cluster representative per record (an index; equal for records of one person). */
  root: Int32Array;
  links: number;
  refused: number;
}

export function clusterRecords(input: ClusterInput): ClusterResult {
  const parent = new Int32Array(input.n);
  for (let i = 0; i < input.n; i++) parent[i] = i;
  const members = new Map<number, number[]>();
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const membersOf = (root: number) => members.get(root) ?? [root];
  const join = (ra: number, rb: number) => {
    const a = membersOf(ra);
    const b = membersOf(rb);
    const [big, small, bigRoot, smallRoot] = a.length >= b.length ? [a, b, ra, rb] : [b, a, rb, ra];
    parent[smallRoot] = bigRoot;
    for (const x of small) big.push(x);
    members.set(bigRoot, big);
    members.delete(smallRoot);
  };

  let links = 0;
  for (const [a, b] of input.mustLink) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) join(ra, rb);
    links++;
  }

  let refused = 0;
  const order = Array.from(input.linkWeight.keys()).sort(
    (x, y) => input.linkWeight[y]! - input.linkWeight[x]!,
  );
  for (const e of order) {
    const ra = find(input.linkLeft[e]!);
    const rb = find(input.linkRight[e]!);
    if (ra === rb) {
      links++;
      continue;
    }
    const a = membersOf(ra);
    const b = membersOf(rb);
    if (a.length + b.length > MAX_CLUSTER_SIZE || anyConflict(a, b, input.conflict)) {
      refused++;
      continue;
    }
    join(ra, rb);
    links++;
  }
  const root = new Int32Array(input.n);
  for (let i = 0; i < input.n; i++) root[i] = find(i);
  return { root, links, refused };
}

function anyConflict(a: number[], b: number[], conflict: (x: number, y: number) => boolean): boolean {
  for (const x of a) for (const y of b) if (conflict(x, y)) return true;
  return false;
}
