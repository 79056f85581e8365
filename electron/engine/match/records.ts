// The compact in-memory view of person records that matching works on. Read once from sql.js with
// positional `get()` (no object per row), every text value interned so equal values are equal
// integers: comparisons and blocking then cost integer compares and small-string work only.
import type { Database, Statement } from 'sql.js';
import { nameKeys } from '../import/normalise/names';

/** Interned strings; id 0 is "missing", so a zero-filled array means "nothing known". */
export class StringPool {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [''];

  intern(value: string | null | undefined): number {
    if (value === null || value === undefined || value === '') return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  get(id: number): string {
    return this.values[id] as string;
  }
}

const SEX_CODES: Readonly<Record<string, number>> = { M: 1, F: 2, X: 3 };
const sexCode = (sex: string | null) => (sex === null ? 0 : (SEX_CODES[sex] ?? 0));

/** Column-wise record table; index i is a record, `id[i]` its person.id. */
export interface RecordTable {
  readonly size: number;
  readonly pool: StringPool;
  readonly id: Int32Array;
  /** Transliterated name keys ("mohamed", "al hassan") and their consonant skeletons. */
  readonly given: Int32Array;
  readonly surname: Int32Array;
  readonly givenSkel: Int32Array;
  readonly surnameSkel: Int32Array;
  /** yyyymmdd, 0 when unknown. */
  readonly dob: Int32Array;
  readonly sex: Uint8Array;
  readonly nationality: Int32Array;
  readonly passport: Int32Array;
  readonly nationalId: Int32Array;
  readonly phone: Int32Array;
  readonly phoneAlt: Int32Array;
  readonly email: Int32Array;
  readonly city: Int32Array;
  readonly source: Int32Array;
}

const COLUMNS =
  'id, given_names, surname, date_of_birth, sex, nationality, passport_no, national_id, phone, phone_alt, email_key, city, source';

/** Per-run cache: names repeat a lot, and transliteration is the costly part of loading. */
export class NameKeyCache {
  private readonly cache = new Map<string, { key: string; skel: string }>();
  keys(raw: string | null): { key: string; skel: string } | null {
    if (raw === null || raw === '') return null;
    let hit = this.cache.get(raw);
    if (!hit) {
      const k = nameKeys(raw);
      hit = { key: k.match, skel: k.skeleton };
      this.cache.set(raw, hit);
    }
    return hit;
  }
}

export function parseDob(iso: string | null): number {
  if (iso === null || iso.length < 10) return 0;
  const n = Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
  return Number.isFinite(n) ? n : 0;
}

/**
 * Loads the records selected by `where` (SQL after WHERE, with params), in id order.
 * `pool` and `names` may be shared so that two tables (existing and new records) intern alike.
 */
export function loadRecords(
  db: Database,
  where: string,
  params: (string | number)[] = [],
  pool = new StringPool(),
  names = new NameKeyCache(),
): RecordTable {
  const loader = new RecordLoader(db, where, params, pool, names);
  try {
    while (!loader.step(Infinity));
    return loader.table();
  } finally {
    loader.free();
  }
}

/** As loadRecords, yielding every so often so a long load can report progress and be cancelled. */
export async function loadRecordsInSteps(
  db: Database,
  where: string,
  onStep: (done: number, total: number) => Promise<void>,
): Promise<RecordTable> {
  const loader = new RecordLoader(db, where, [], new StringPool(), new NameKeyCache());
  try {
    while (!loader.step(50_000)) await onStep(loader.done, loader.total);
    return loader.table();
  } finally {
    loader.free();
  }
}

class RecordLoader {
  readonly total: number;
  done = 0;
  private readonly t: RecordTable;
  private readonly stmt: Statement;

  constructor(
    db: Database,
    where: string,
    params: (string | number)[],
    private readonly pool: StringPool,
    private readonly names: NameKeyCache,
  ) {
    this.total = db.exec(`SELECT count(*) FROM person WHERE ${where}`, params)[0]?.values[0]?.[0] as number;
    this.t = allocate(this.total, pool);
    this.stmt = db.prepare(`SELECT ${COLUMNS} FROM person WHERE ${where} ORDER BY id`, params);
  }

  /** Reads up to `limit` rows; true when all are read. */
  step(limit: number): boolean {
    const { t, pool, names, stmt } = this;
    let i = this.done;
    const end = Math.min(this.total, i + limit);
    let more = true;
    while (i < end && (more = stmt.step())) {
      const r = stmt.get() as (string | number | null)[];
      t.id[i] = r[0] as number;
      const g = names.keys(r[1] as string | null);
      const s = names.keys(r[2] as string | null);
      if (g) {
        t.given[i] = pool.intern(g.key);
        t.givenSkel[i] = pool.intern(g.skel);
      }
      if (s) {
        t.surname[i] = pool.intern(s.key);
        t.surnameSkel[i] = pool.intern(s.skel);
      }
      t.dob[i] = parseDob(r[3] as string | null);
      t.sex[i] = sexCode(r[4] as string | null);
      t.nationality[i] = pool.intern(r[5] as string | null);
      t.passport[i] = pool.intern(r[6] as string | null);
      t.nationalId[i] = pool.intern(r[7] as string | null);
      t.phone[i] = pool.intern(r[8] as string | null);
      t.phoneAlt[i] = pool.intern(r[9] as string | null);
      t.email[i] = pool.intern(r[10] as string | null);
      t.city[i] = pool.intern(cityKey(r[11] as string | null));
      t.source[i] = pool.intern(r[12] as string | null);
      i++;
    }
    this.done = i;
    return i >= this.total || !more;
  }

  /** The rows read (fewer than counted if some were deleted meanwhile). */
  table(): RecordTable {
    return this.done === this.total ? this.t : slice(this.t, this.done);
  }

  free(): void {
    this.stmt.free();
  }
}

function cityKey(city: string | null): string | null {
  return city === null ? null : city.trim().toLowerCase();
}

function allocate(n: number, pool: StringPool): RecordTable {
  return {
    size: n,
    pool,
    id: new Int32Array(n),
    given: new Int32Array(n),
    surname: new Int32Array(n),
    givenSkel: new Int32Array(n),
    surnameSkel: new Int32Array(n),
    dob: new Int32Array(n),
    sex: new Uint8Array(n),
    nationality: new Int32Array(n),
    passport: new Int32Array(n),
    nationalId: new Int32Array(n),
    phone: new Int32Array(n),
    phoneAlt: new Int32Array(n),
    email: new Int32Array(n),
    city: new Int32Array(n),
    source: new Int32Array(n),
  };
}

/** The first n records (rows deleted between the count and the scan). */
function slice(t: RecordTable, n: number): RecordTable {
  const out = allocate(n, t.pool) as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(t)) {
    if (ArrayBuffer.isView(v)) out[k] = (v as Int32Array).slice(0, n);
  }
  return out as unknown as RecordTable;
}

/** Records of `a` followed by those of `b` (same pool), for an incremental run's working set. */
export function concatRecords(a: RecordTable, b: RecordTable): RecordTable {
  const out = allocate(a.size + b.size, a.pool) as unknown as Record<string, Int32Array>;
  const ra = a as unknown as Record<string, Int32Array>;
  const rb = b as unknown as Record<string, Int32Array>;
  for (const k of Object.keys(out)) {
    const target = out[k];
    if (!ArrayBuffer.isView(target)) continue;
    target.set(ra[k] as Int32Array, 0);
    target.set(rb[k] as Int32Array, a.size);
  }
  return out as unknown as RecordTable;
}
