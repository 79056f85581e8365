// Which source records make one person, as deduplication left them in match_cluster, held in typed
// arrays: exports, statuses and counts turn record ids into persons for up to a million records, and
// must not ask SQL once per record. Records without a row in match_cluster are persons on their own.
import { totalChanges } from '../areas/people/peopleColumns';
import { indexOfId } from '../match/sql';
import type { Vault } from '../vault/vault';

export interface MergedPersons {
  /** Records that belong to a merged person, ascending. */
  readonly records: Int32Array;
  /** The person of each of `records` (same position). */
  readonly personOfRecord: Int32Array;
  /** Merged persons, ascending; the records of persons[k] are members[start[k]] to members[start[k + 1] - 1]. */
  readonly persons: Int32Array;
  readonly start: Int32Array;
  /** Ascending within each person. */
  readonly members: Int32Array;
}

interface Cached {
  changes: number;
  fingerprint: string;
  merged: MergedPersons;
}

const cache = new WeakMap<Vault, Cached>();

/**
 * Reloaded only when match_cluster changed (a run, a decision, an unmerge) or records disappeared
 * (an undone import); any write moves total_changes, so the fingerprint confirms before a reload.
 */
export function mergedPersons(vault: Vault): MergedPersons {
  const changes = totalChanges(vault);
  const cached = cache.get(vault);
  if (cached?.changes === changes) return cached.merged;
  const fingerprint = clusterFingerprint(vault);
  if (cached?.fingerprint === fingerprint) {
    cached.changes = changes;
    return cached.merged;
  }
  const merged = loadMergedPersons(vault);
  cache.set(vault, { changes, fingerprint, merged });
  return merged;
}

// match_cluster holds only merged records (a few percent of the vault), so summing it is cheap; the
// person table is only asked for its largest id and undone imports, both answered from indexes.
function clusterFingerprint(vault: Vault): string {
  const row = vault.query<{ c: number; r: number; p: number; x: number; m: number | null; d: number }>(
    `SELECT count(*) AS c, total(record_id) AS r, total(person_id) AS p,
       total((record_id * 7919 + person_id) % 1000003) AS x,
       (SELECT max(id) FROM person) AS m,
       (SELECT count(*) FROM import_batch WHERE undone_at IS NOT NULL) AS d FROM match_cluster`,
  )[0]!;
  return `${row.c}:${row.r}:${row.p}:${row.x}:${row.m}:${row.d}`;
}

function loadMergedPersons(vault: Vault): MergedPersons {
  // Rows left behind by records an undone import removed are skipped; a person whose own record went
  // is named after its smallest remaining record, as the clustering would name it afresh.
  const groups: number[][] = [];
  const named: number[] = [];
  let current = -1;
  const statement = vault.db.prepare(
    `SELECT c.person_id, c.record_id FROM match_cluster c JOIN person p ON p.id = c.record_id
     ORDER BY c.person_id, c.record_id`,
  );
  try {
    while (statement.step()) {
      const [person, record] = statement.get() as [number, number];
      if (person !== current) {
        current = person;
        groups.push([]);
        named.push(person);
      }
      groups[groups.length - 1]!.push(record);
    }
  } finally {
    statement.free();
  }
  const order = groups.map((members, k) => ({
    person: members.includes(named[k]!) ? named[k]! : members[0]!,
    members,
  }));
  order.sort((a, b) => a.person - b.person);

  const size = order.reduce((n, g) => n + g.members.length, 0);
  const persons = new Int32Array(order.length);
  const start = new Int32Array(order.length + 1);
  const members = new Int32Array(size);
  const byRecord: [number, number][] = [];
  let at = 0;
  order.forEach((g, k) => {
    persons[k] = g.person;
    start[k] = at;
    for (const record of g.members) {
      members[at++] = record;
      byRecord.push([record, g.person]);
    }
  });
  start[order.length] = at;
  byRecord.sort((a, b) => a[0] - b[0]);
  return {
    records: Int32Array.from(byRecord, (r) => r[0]),
    personOfRecord: Int32Array.from(byRecord, (r) => r[1]),
    persons,
    start,
    members,
  };
}

export function personOf(merged: MergedPersons, recordId: number): number {
  const i = indexOfId(merged.records, recordId);
  return i < 0 ? recordId : merged.personOfRecord[i]!;
}

/** Position of a merged person in `persons`, or -1 for a record that is a person on its own. */
export function slotOf(merged: MergedPersons, personId: number): number {
  return indexOfId(merged.persons, personId);
}

export function recordsOfSlot(merged: MergedPersons, slot: number): Int32Array {
  return merged.members.subarray(merged.start[slot]!, merged.start[slot + 1]!);
}

/** The records of one person, ascending (the person's own id for a record on its own). */
export function recordsOf(merged: MergedPersons, personId: number): ArrayLike<number> {
  const slot = slotOf(merged, personId);
  return slot < 0 ? [personId] : recordsOfSlot(merged, slot);
}

/** The persons any of `recordIds` belongs to, ascending, each once. */
export function toPersons(merged: MergedPersons, recordIds: readonly number[]): number[] {
  if (merged.records.length === 0) return sortedUnique(recordIds);
  return sortedUnique(recordIds.map((id) => personOf(merged, id)));
}

/** Every record of `personIds`, ascending. */
export function recordsOfPersons(merged: MergedPersons, personIds: readonly number[]): number[] {
  if (merged.records.length === 0) return sortedUnique(personIds);
  const out: number[] = [];
  for (const id of personIds) {
    const records = recordsOf(merged, id);
    for (let i = 0; i < records.length; i++) out.push(records[i]!);
  }
  return sortedUnique(out);
}

function sortedUnique(ids: readonly number[]): number[] {
  const sorted = Float64Array.from(ids).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
  return out;
}
