// The vault's placed people as typed columns, read once and kept while nothing changes: testing a
// million points against an area must not go back to SQL for every person. Only what the geographic
// queries count by is held (no names, no documents).
import type { JobContext } from '../../types';
import type { Vault } from '../../vault/vault';

export interface PeopleColumns {
  /** Placed people only, in id order. */
  readonly ids: Int32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Index into `nationalities`; -1 when unknown. */
  readonly nationality: Int16Array;
  readonly nationalities: string[];
  /** 0 unknown, 1 F, 2 M, 3 X. */
  readonly sex: Uint8Array;
  /** YYYYMMDD, 0 when unknown. */
  readonly birth: Int32Array;
  readonly specialNeeds: Uint8Array;
  /** Index of the household key among the placed people; -1 without one. */
  readonly household: Int32Array;
  /** People without coordinates. */
  readonly unplaced: number;
}

export const SEX_CODES = ['unknown', 'F', 'M', 'X'] as const;

/** A date of birth as `birth` holds it, for values read outside the columns (survivors, exports). */
export function birthNumber(iso: string | null): number {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? Number(iso.slice(0, 10).replace(/-/g, '')) : 0;
}

interface Cached {
  changes: number;
  fingerprint: string;
  columns: PeopleColumns;
}

const cache = new WeakMap<Vault, Cached>();

/** Rows read between two yields: a million-person load never holds the engine for long. */
const CHUNK = 100_000;

type Pause = Pick<JobContext, 'checkpoint'>;
const yieldToLoop: Pause = { checkpoint: () => new Promise<void>((resolve) => setImmediate(resolve)) };

/**
 * Reloads only when people changed. `total_changes()` moves with any write on the connection (an
 * audit entry too), so a change there is confirmed against a fingerprint of the person table before
 * paying for a reload of every row. This one reloads in one go (other modules' synchronous code
 * uses it); `loadPeopleColumns` is the same, yielding between chunks.
 */
export function peopleColumns(vault: Vault): PeopleColumns {
  const state = cachedState(vault);
  if ('columns' in state) return state.columns;
  const loader = columnLoader(vault);
  let step = loader.next();
  while (!step.done) step = loader.next();
  cache.set(vault, { ...state, columns: step.value });
  return step.value;
}

/**
 * As `peopleColumns`, but the reload goes by chunks of ids, yielding in between (or checking for a
 * cancel, given a job context); a write landing mid-load starts it again.
 */
export async function loadPeopleColumns(vault: Vault, pause: Pause = yieldToLoop): Promise<PeopleColumns> {
  for (;;) {
    const state = cachedState(vault);
    if ('columns' in state) return state.columns;
    const loader = columnLoader(vault);
    let step = loader.next();
    while (!step.done) {
      await pause.checkpoint();
      step = loader.next();
    }
    if (totalChanges(vault) !== state.changes) continue;
    cache.set(vault, { ...state, columns: step.value });
    return step.value;
  }
}

/** The cached columns if still valid, else what the reload will be cached under. */
function cachedState(vault: Vault): { columns: PeopleColumns } | { changes: number; fingerprint: string } {
  const changes = totalChanges(vault);
  const cached = cache.get(vault);
  if (cached && cached.changes === changes) return { columns: cached.columns };
  const fingerprint = personFingerprint(vault);
  if (cached && cached.fingerprint === fingerprint) {
    cached.changes = changes;
    return { columns: cached.columns };
  }
  return { changes, fingerprint };
}

export function totalChanges(vault: Vault): number {
  return vault.query<{ n: number }>('SELECT total_changes() AS n')[0]!.n;
}

// Inserts and deletes move the count or max(id); edits by hand and import updates set updated_at;
// undoing an import restores old values without touching updated_at, but marks its batch undone.
// The max(updated_at) scan costs a few hundred ms at 1M people, paid once after a write: a full
// reload costs several seconds.
function personFingerprint(vault: Vault): string {
  const row = vault.query<{ c: number; m: number | null; u: string | null; d: number }>(
    `SELECT count(*) AS c, max(id) AS m, max(updated_at) AS u,
       (SELECT count(*) FROM import_batch WHERE undone_at IS NOT NULL) AS d FROM person`,
  )[0]!;
  return `${row.c}:${row.m}:${row.u}:${row.d}`;
}

const PLACED = 'lat IS NOT NULL AND lon IS NOT NULL';
const BIRTH_SPAN = 2 ** 25; // YYYYMMDD < 2^25

/**
 * Everything but the household travels packed in one number per person: sql.js pays per column
 * read, far more than for the arithmetic, and this loads a million people about 2.5× faster than
 * reading the text columns. Nationality is ISO alpha-2 after import (two ASCII letters, 7 bits each);
 * anything else counts as unknown.
 */
const PACKED = `((CASE WHEN nationality GLOB '[A-Z][A-Z]'
      THEN unicode(nationality) * 128 + unicode(substr(nationality, 2)) ELSE 0 END * 4
    + CASE sex WHEN 'F' THEN 1 WHEN 'M' THEN 2 WHEN 'X' THEN 3 ELSE 0 END) * 2
    + (coalesce(special_needs, '') <> '')) * ${BIRTH_SPAN}
  + CASE WHEN date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
      THEN CAST(replace(substr(date_of_birth, 1, 10), '-', '') AS INTEGER) ELSE 0 END`;

/** Reads the people chunk by chunk, pausing (yield) after each chunk. */
function* columnLoader(vault: Vault): Generator<void, PeopleColumns> {
  const count = (where: string) =>
    vault.query<{ n: number }>(`SELECT count(*) AS n FROM person WHERE ${where}`)[0]!.n;
  const unplaced = count('lat IS NULL OR lon IS NULL');
  const total = count(PLACED);
  const ids = new Int32Array(total);
  const lon = new Float64Array(total);
  const lat = new Float64Array(total);
  const nationality = new Int16Array(total);
  const sex = new Uint8Array(total);
  const birth = new Int32Array(total);
  const specialNeeds = new Uint8Array(total);
  const household = new Int32Array(total).fill(-1);
  const nationalities: string[] = [];
  const nationalityIndex = new Map<number, number>();

  let i = 0;
  const visit = (row: unknown[]) => {
    if (i >= total) return;
    const [id, x, y, packed] = row as [number, number, number, number];
    ids[i] = id;
    // ±180 is one meridian; the half-open boundary rule keeps -180, so +180 is folded onto it.
    lon[i] = x === 180 ? -180 : x;
    lat[i] = y;
    birth[i] = packed % BIRTH_SPAN;
    const rest = Math.floor(packed / BIRTH_SPAN);
    specialNeeds[i] = rest & 1;
    sex[i] = (rest >> 1) & 3;
    const code = rest >> 3;
    let n = nationalityIndex.get(code);
    if (n === undefined) {
      n = code === 0 ? -1 : nationalities.push(String.fromCharCode(code >> 7, code & 127)) - 1;
      nationalityIndex.set(code, n);
    }
    nationality[i] = n;
    i++;
  };
  for (let after = 0, read = CHUNK; read === CHUNK;) {
    read = 0;
    eachRow(
      vault,
      `SELECT id, lon, lat, ${PACKED} FROM person WHERE ${PLACED} AND id > ? ORDER BY id LIMIT ${CHUNK}`,
      [after],
      (row) => {
        visit(row);
        after = row[0] as number;
        read++;
      },
    );
    yield;
  }

  // Few people share a household key in most lists, so keys are read apart, merged by id.
  const householdIndex = new Map<string, number>();
  let k = 0;
  eachRow(
    vault,
    `SELECT id, household_key FROM person WHERE ${PLACED} AND coalesce(household_key, '') <> '' ORDER BY id`,
    [],
    (row) => {
      const [id, key] = row as [number, string];
      while (k < total && ids[k]! < id) k++;
      if (ids[k] !== id) return;
      let h = householdIndex.get(key);
      if (h === undefined) {
        h = householdIndex.size;
        householdIndex.set(key, h);
      }
      household[k] = h;
    },
  );
  return { ids, lon, lat, nationality, nationalities, sex, birth, specialNeeds, household, unplaced };
}

function eachRow(vault: Vault, sql: string, params: number[], visit: (row: unknown[]) => void): void {
  const statement = vault.db.prepare(sql);
  try {
    statement.bind(params);
    while (statement.step()) visit(statement.get());
  } finally {
    statement.free();
  }
}
