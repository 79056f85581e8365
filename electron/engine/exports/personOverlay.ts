// Merged persons laid over the people columns the area queries use: which positions belong to a
// merged person, and that person's survivor values coded as the columns code them. Counting by area
// then stays a pass over typed arrays, with each merged person counted once.
import { SEX_CODES, type PeopleColumns } from '../areas/people/peopleColumns';
import { readSettings } from '../match/state';
import { mergedPersons, slotOf, type MergedPersons } from '../people/mergedPersons';
import type { Vault } from '../vault/vault';
import { birthNumber } from './manifest';
import { foldPersons } from './personRecords';

export interface PersonOverlay {
  /** Per position in the columns: the slot of its merged person in `persons`, -1 for a record on its own. */
  readonly slot: Int32Array;
  /** Survivor values per merged person (slot): index into `nationalities`, -1 when unknown. */
  readonly nationality: Int16Array;
  /** The columns' nationalities first (same indexes), then any only a merged person's survivor has. */
  readonly nationalities: string[];
  readonly sex: Uint8Array;
  readonly birth: Int32Array;
  readonly specialNeeds: Uint8Array;
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
  const overlay = buildOverlay(columns, merged, foldPersons(vault, merged, Array.from(merged.persons)));
  cache.set(vault, { merged, columns, policy, overlay });
  return overlay;
}

const SEX = new Map<string, number>(SEX_CODES.map((s, i) => [s, i]));

function buildOverlay(
  columns: PeopleColumns,
  merged: MergedPersons,
  survivors: readonly {
    nationality: string | null;
    sex: string | null;
    date_of_birth: string | null;
    special_needs: string | null;
  }[],
): PersonOverlay {
  const slot = new Int32Array(columns.ids.length).fill(-1);
  for (let r = 0, k = 0; r < merged.records.length; r++) {
    const id = merged.records[r]!;
    while (k < columns.ids.length && columns.ids[k]! < id) k++;
    if (columns.ids[k] === id) slot[k] = slotOf(merged, merged.personOfRecord[r]!);
  }
  const nationalities = [...columns.nationalities];
  const index = new Map(nationalities.map((n, i) => [n, i]));
  const n = survivors.length;
  const overlay = {
    slot,
    nationality: new Int16Array(n),
    nationalities,
    sex: new Uint8Array(n),
    birth: new Int32Array(n),
    specialNeeds: new Uint8Array(n),
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
  });
  return overlay;
}
