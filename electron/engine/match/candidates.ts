// An incremental run's lookups: the existing records that share a blocking key with a new record,
// found through indexes (passport, phones, e-mail, name skeleton, name key, birth date) instead of
// reading the whole vault. The blocking itself then runs on these plus the new records.
import type { Database, SqlValue } from 'sql.js';
import type { RecordTable } from './records';
import { eachInChunks } from './sql';

export function existingCandidates(db: Database, fresh: RecordTable): number[] {
  const found = new Set<number>();
  const collect = (column: string, values: Set<string>) => {
    if (values.size === 0) return;
    eachInChunks(db, `SELECT id FROM person WHERE ${column} IN (#)`, [...values], (r) => {
      found.add(r[0] as number);
    });
  };
  const texts = (...columns: Int32Array[]) => {
    const out = new Set<string>();
    for (const c of columns) for (let i = 0; i < fresh.size; i++) if (c[i]) out.add(fresh.pool.get(c[i]!));
    return out;
  };
  collect('passport_no', texts(fresh.passport));
  collect('national_id', texts(fresh.nationalId));
  collect('email_key', texts(fresh.email));
  samePhoneAndName(db, fresh, found);
  sameNameSkeletonAndYear(db, fresh, found);
  sameNameWithoutBirthDate(db, fresh, found);
  sameBirthDateAndName(db, fresh, found);
  // New records are not their own candidates (they are in the table already).
  for (const id of fresh.id) found.delete(id);
  return [...found];
}

function bothOrders(
  t: RecordTable,
  given: Int32Array,
  surname: Int32Array,
  keep: (i: number) => boolean = () => true,
): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < t.size; i++) {
    if (!given[i] || !surname[i] || !keep(i)) continue;
    const g = t.pool.get(given[i]!);
    const s = t.pool.get(surname[i]!);
    out.add(`${g} ${s}`);
    out.add(`${s} ${g}`);
  }
  return out;
}

/**
 * Existing records born the same day whose name shares the surname skeleton or the first given-name
 * skeleton of a new record born that day: the two date-of-birth blocking rules, narrowed in memory
 * from the birth-date index so that only plausible records are loaded in full.
 */
function sameBirthDateAndName(db: Database, fresh: RecordTable, found: Set<number>): void {
  const byDate = new Map<string, NameWords[]>();
  for (let i = 0; i < fresh.size; i++) {
    const dob = fresh.dob[i]!;
    if (dob === 0) continue;
    const iso = `${String((dob / 10000) | 0).padStart(4, '0')}-${String(((dob / 100) | 0) % 100).padStart(2, '0')}-${String(dob % 100).padStart(2, '0')}`;
    const list = byDate.get(iso) ?? [];
    list.push(nameWords(fresh, i));
    byDate.set(iso, list);
  }
  eachInChunks(
    db,
    'SELECT id, date_of_birth, name_skeleton FROM person WHERE date_of_birth IN (#)',
    [...byDate.keys()],
    (r: SqlValue[]) => {
      if (namesMeet(r[2], byDate.get(r[1] as string))) found.add(r[0] as number);
    },
  );
}

/** A new record's name skeleton words as the phone and birth-date rules compare them. */
interface NameWords {
  surname: string[];
  given: string;
}

function nameWords(t: RecordTable, i: number): NameWords {
  return {
    given: t.givenSkel[i] ? t.pool.get(t.givenSkel[i]!).split(' ')[0]! : '',
    surname: t.surnameSkel[i] ? t.pool.get(t.surnameSkel[i]!).split(' ') : [],
  };
}

/**
 * Whether an existing record whose name skeleton is `skeleton` can share a block with a new one: it
 * holds the new record's first given-name skeleton or every word of its surname skeleton. A superset
 * of the blocking keys' equality, decided from the index alone.
 */
function namesMeet(skeleton: unknown, names: readonly NameWords[] | undefined): boolean {
  const words = typeof skeleton === 'string' ? skeleton.split(' ') : [];
  if (words.length === 0 || !names) return false;
  return names.some(
    (n) =>
      (n.surname.length > 0 && n.surname.every((w) => words.includes(w))) ||
      (n.given !== '' && words.includes(n.given)),
  );
}

/**
 * The phone rule blocks a phone together with a name skeleton: a number shared by a dozen unrelated
 * people (reused, mistyped, an employer's) must not load them all, only those whose name can meet.
 */
function samePhoneAndName(db: Database, fresh: RecordTable, found: Set<number>): void {
  const byPhone = new Map<string, NameWords[]>();
  for (let i = 0; i < fresh.size; i++) {
    for (const phone of [fresh.phone[i]!, fresh.phoneAlt[i]!]) {
      if (!phone) continue;
      const key = fresh.pool.get(phone);
      const list = byPhone.get(key) ?? [];
      list.push(nameWords(fresh, i));
      byPhone.set(key, list);
    }
  }
  const phones = [...byPhone.keys()];
  for (const column of ['phone', 'phone_alt']) {
    eachInChunks(
      db,
      `SELECT id, ${column}, name_skeleton FROM person WHERE ${column} IN (#)`,
      phones,
      (r) => {
        if (namesMeet(r[2], byPhone.get(r[1] as string))) found.add(r[0] as number);
      },
    );
  }
}

/** The name skeleton + birth year rule: same skeleton (either order), filtered to the years wanted. */
function sameNameSkeletonAndYear(db: Database, fresh: RecordTable, found: Set<number>): void {
  const years = new Map<string, Set<string>>();
  for (let i = 0; i < fresh.size; i++) {
    if (!fresh.givenSkel[i] || !fresh.surnameSkel[i] || !fresh.dob[i]) continue;
    const year = String((fresh.dob[i]! / 10000) | 0);
    const g = fresh.pool.get(fresh.givenSkel[i]!);
    const s = fresh.pool.get(fresh.surnameSkel[i]!);
    for (const name of [`${g} ${s}`, `${s} ${g}`]) {
      const set = years.get(name) ?? new Set<string>();
      set.add(year);
      years.set(name, set);
    }
  }
  eachInChunks(
    db,
    'SELECT id, name_skeleton, date_of_birth FROM person WHERE name_skeleton IN (#)',
    [...years.keys()],
    (r) => {
      const dob = r[2];
      if (typeof dob === 'string' && years.get(r[1] as string)?.has(dob.slice(0, 4)))
        found.add(r[0] as number);
    },
  );
}

/**
 * The name-only rule pairs records of the same name when one lacks a birth date: existing namesakes
 * of new records without one, and existing namesakes without one of any new record.
 */
function sameNameWithoutBirthDate(db: Database, fresh: RecordTable, found: Set<number>): void {
  const undated = bothOrders(fresh, fresh.given, fresh.surname, (i) => fresh.dob[i] === 0);
  const all = bothOrders(fresh, fresh.given, fresh.surname);
  const add = (r: SqlValue[]) => found.add(r[0] as number);
  if (undated.size > 0) eachInChunks(db, 'SELECT id FROM person WHERE name_key IN (#)', [...undated], add);
  eachInChunks(db, 'SELECT id FROM person WHERE name_key IN (#) AND date_of_birth IS NULL', [...all], add);
}
