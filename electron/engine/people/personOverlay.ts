// Merged persons laid over the people columns the area queries use: which positions belong to a
// merged person, and that person's survivor values coded as the columns code them. Counting by area
// then stays a pass over typed arrays, with each merged person counted once.
import { birthNumber, SEX_CODES, type PeopleColumns } from '../areas/people/peopleColumns';
import { foldPersons } from '../exports/personRecords';
import { eachInChunks, indexOfId } from '../match/sql';
import { readSettings } from '../match/state';
import type { Vault } from '../vault/vault';
import { mergedPersons, slotOf, type MergedPersons } from './mergedPersons';

export interface PersonOverlay {
  /** Per position in the columns: the slot of its merged person in `persons`, -1 for a record on its own. */
  readonly slot: Int32Array;
  /** The person id of each slot. */
  readonly persons: Int32Array;
  /** Survivor values per merged person (slot): index into `nationalities`, -1 when unknown. */
  readonly nationality: Int16Array;
  /** The columns' nationalities first (same indexes), then any only a merged person's survivor has. */
  readonly nationalities: string[];
  readonly sex: Uint8Array;
  readonly birth: Int32Array;
  readonly specialNeeds: Uint8Array;
  /** The survivor's household as the columns number households (beyond them for a key no placed record has); -1 without one. */
  readonly household: Int32Array;
}

interface Cached {
  merged: MergedPersons;
  columns: PeopleColumns;
  policy: string;
  overlay: PersonOverlay;
}

const cache = new WeakMap<Vault, Cached>();

/** Kept while the columns (any record change), the persons and the survivorship policy stay the same. */
export function personOverlay(vault: Vault, columns: PeopleColumns): PersonOverlay {
  const merged = mergedPersons(vault);
  const policy = JSON.stringify(readSettings(vault.db).survivorship);
  const cached = cache.get(vault);
  if (cached && cached.merged === merged && cached.columns === columns && cached.policy === policy)
    return cached.overlay;
  const overlay = buildOverlay(vault, columns, merged);
  cache.set(vault, { merged, columns, policy, overlay });
  return overlay;
}

/**
 * Visits `members` (positions in the columns) person by person: `record(i)` for a record on its own,
 * `person(slot)` for a merged person at the first of its records met and never again, so a person
 * inside by two records counts once, by its survivor values.
 */
export function forEachPerson(
  overlay: PersonOverlay,
  members: ArrayLike<number>,
  record: (i: number) => void,
  person: (slot: number) => void,
): void {
  const seen = new Uint8Array(overlay.persons.length);
  const { slot } = overlay;
  for (let m = 0; m < members.length; m++) {
    const i = members[m]!;
    const p = slot[i]!;
    if (p < 0) record(i);
    else if (seen[p] === 0) {
      seen[p] = 1;
      person(p);
    }
  }
}

/** The fields the columns hold per record and the overlay per merged person, under the same names. */
export type PersonValues = Pick<
  PersonOverlay,
  'nationality' | 'sex' | 'birth' | 'specialNeeds' | 'household'
>;

/** As `forEachPerson`, handing over where to read each person's values: the columns, or the overlay. */
export function eachPersonValues(
  columns: PeopleColumns,
  overlay: PersonOverlay,
  members: ArrayLike<number>,
  visit: (from: PersonValues, k: number) => void,
): void {
  forEachPerson(
    overlay,
    members,
    (i) => visit(columns, i),
    (p) => visit(overlay, p),
  );
}

/** The person id at position `i` of the columns. */
export function personIdAt(columns: PeopleColumns, overlay: PersonOverlay, i: number): number {
  const p = overlay.slot[i]!;
  return p < 0 ? columns.ids[i]! : overlay.persons[p]!;
}

const SEX = new Map<string, number>(SEX_CODES.map((s, i) => [s, i]));

function buildOverlay(vault: Vault, columns: PeopleColumns, merged: MergedPersons): PersonOverlay {
  const survivors = foldPersons(vault, merged, Array.from(merged.persons));
  const slot = new Int32Array(columns.ids.length).fill(-1);
  for (let r = 0, k = 0; r < merged.records.length; r++) {
    const id = merged.records[r]!;
    while (k < columns.ids.length && columns.ids[k]! < id) k++;
    if (columns.ids[k] === id) slot[k] = slotOf(merged, merged.personOfRecord[r]!);
  }
  const nationalities = [...columns.nationalities];
  const index = new Map(nationalities.map((n, i) => [n, i]));
  const households = householdCodes(
    vault,
    columns,
    survivors.map((p) => p.household_key ?? ''),
  );
  const n = survivors.length;
  const overlay = {
    slot,
    persons: merged.persons,
    nationality: new Int16Array(n),
    nationalities,
    sex: new Uint8Array(n),
    birth: new Int32Array(n),
    specialNeeds: new Uint8Array(n),
    household: new Int32Array(n).fill(-1),
  };
  survivors.forEach((p, s) => {
    let code = -1;
    if (p.nationality !== null && /^[A-Z]{2}$/.test(p.nationality)) {
      code = index.get(p.nationality) ?? nationalities.push(p.nationality) - 1;
      index.set(p.nationality, code);
    }
    overlay.nationality[s] = code;
    overlay.sex[s] = SEX.get(p.sex ?? '') ?? 0;
    overlay.birth[s] = birthNumber(p.date_of_birth);
    overlay.specialNeeds[s] = (p.special_needs ?? '') === '' ? 0 : 1;
    overlay.household[s] = households.get(p.household_key ?? '') ?? -1;
  });
  return overlay;
}

/**
 * The columns number households by key among placed records and keep no keys, so a survivor's key
 * is looked up (through the household index) among placed records to share their number: the person
 * and a placed relative then make one household. Keys only unplaced records have get numbers of
 * their own, past the columns'.
 */
function householdCodes(vault: Vault, columns: PeopleColumns, keys: readonly string[]): Map<string, number> {
  const wanted = [...new Set(keys)].filter((k) => k !== '');
  const codes = new Map<string, number>();
  if (wanted.length === 0) return codes;
  eachInChunks(
    vault.db,
    `SELECT id, household_key FROM person
     WHERE household_key IN (#) AND lat IS NOT NULL AND lon IS NOT NULL`,
    wanted,
    (row) => {
      const [id, key] = row as [number, string];
      const at = indexOfId(columns.ids, id);
      if (at >= 0 && columns.household[at]! >= 0) codes.set(key, columns.household[at]!);
    },
  );
  let next = columns.household.reduce((max, h) => Math.max(max, h), -1) + 1;
  for (const key of wanted) if (!codes.has(key)) codes.set(key, next++);
  return codes;
}
