// The fields exports read, one entry per person: a record on its own as it is, a merged person with
// the survivor values of its records under the vault's survivorship policy, and its current status.
import { MusterError } from '../../../shared/errors';
import type { PersonStatus } from '../../../shared/exports';
import type { MatchRecord, MatchSettings } from '../../../shared/match';
import { preferenceOrder, survivorValues, type SURVIVOR_FIELDS } from '../match/survivorship';
import { readSettings } from '../match/state';
import {
  mergedPersons,
  recordsOf,
  recordsOfPersons,
  slotOf,
  toPersons,
  type MergedPersons,
} from '../people/mergedPersons';
import type { Vault } from '../vault/vault';

export interface ExportPerson {
  /** The person id: the record itself, or the id deduplication gave the merged person. */
  id: number;
  surname: string | null;
  given_names: string | null;
  full_name: string | null;
  date_of_birth: string | null;
  sex: string | null;
  nationality: string | null;
  passport_no: string | null;
  passport_expiry: string | null;
  phone: string | null;
  phone_alt: string | null;
  email: string | null;
  language: string | null;
  household_key: string | null;
  special_needs: string | null;
  status: PersonStatus;
}

/** What the survivorship policy weighs besides the exported fields, and when the status was set. */
interface SourceRecord extends ExportPerson {
  source: string | null;
  national_id: string | null;
  city: string | null;
  address: string | null;
  updated_at: string;
  statusAt: string | null;
}

const FIELDS = [
  'id',
  'surname',
  'given_names',
  'full_name',
  'date_of_birth',
  'sex',
  'nationality',
  'passport_no',
  'passport_expiry',
  'phone',
  'phone_alt',
  'email',
  'language',
  'household_key',
  'special_needs',
] as const;

const RECORD_FIELDS = [...FIELDS, 'source', 'national_id', 'city', 'address', 'updated_at'] as const;

const selectOf = (fields: readonly string[], withStatusAt: boolean) =>
  `SELECT ${fields.map((f) => `p.${f}`).join(', ')}, coalesce(s.status, 'unknown')${withStatusAt ? ', s.at' : ''}
  FROM person p LEFT JOIN person_status s ON s.person_id = p.id`;

/** Above this share of the table, one ordered scan with a membership test beats id lists. */
const SCAN_SHARE = 0.25;

type Policy = MatchSettings['survivorship'];

/**
 * One entry per person any of `recordIds` belongs to, in person id order. Records on their own (most
 * of a vault) are read with the exported fields only: every extra column costs at 100k people.
 */
export function exportPeople(vault: Vault, recordIds: readonly number[]): ExportPerson[] {
  const merged = mergedPersons(vault);
  const persons = toPersons(merged, recordIds);
  const alone = merged.persons.length === 0 ? persons : persons.filter((id) => slotOf(merged, id) < 0);
  const single = readRecords<ExportPerson>(vault, FIELDS, alone);
  if (alone.length === persons.length) return single;
  const folded = foldPersons(
    vault,
    merged,
    persons.filter((id) => slotOf(merged, id) >= 0),
  );
  const out: ExportPerson[] = [];
  let a = 0;
  let b = 0;
  while (a < single.length || b < folded.length) {
    if (b >= folded.length || (a < single.length && single[a]!.id < folded[b]!.id)) out.push(single[a++]!);
    else out.push(folded[b++]!);
  }
  return out;
}

/** Merged persons (ids from `merged.persons`) with their survivor values, in `personIds` order. */
export function foldPersons(
  vault: Vault,
  merged: MergedPersons,
  personIds: readonly number[],
): ExportPerson[] {
  const records = new Map<number, SourceRecord>();
  for (const r of readRecords<SourceRecord>(vault, RECORD_FIELDS, recordsOfPersons(merged, personIds)))
    records.set(r.id, r);
  const policy = readSettings(vault.db).survivorship;
  return personIds.map((id) => {
    const own = Array.from(recordsOf(merged, id), (r) => records.get(r)).filter(
      (r): r is SourceRecord => r !== undefined,
    );
    return survivorPerson(id, own, policy);
  });
}

/** As the merged person shows it (survivorship.ts), extended to the fields exports carry. */
function survivorPerson(id: number, records: SourceRecord[], policy: Policy): ExportPerson {
  const asMatch = records.map(toMatchRecord);
  const byId = new Map(records.map((r) => [r.id, r]));
  const survivor = new Map(survivorValues(asMatch, policy).map((v) => [v.field, v]));
  const value = (field: (typeof SURVIVOR_FIELDS)[number]) => survivor.get(field)?.value ?? null;
  const from = (field: 'passport_no' | 'phone') => byId.get(survivor.get(field)?.recordId ?? -1);
  const ordered = preferenceOrder(asMatch, policy).map((r) => byId.get(r.id)!);
  const first = (field: 'full_name' | 'language' | 'household_key' | 'special_needs') =>
    ordered.find((r) => r[field] !== null && r[field] !== '')?.[field] ?? null;
  // A passport's expiry belongs with its number; the phone record's two numbers go together, and a
  // second number from another record stands in when it has none (it may be the mobile an SMS needs).
  const phones = from('phone');
  const phone = phones?.phone ?? phones?.phone_alt ?? null;
  const alternate =
    (phones?.phone ? phones.phone_alt : null) ??
    ordered.flatMap((r) => [r.phone, r.phone_alt]).find((n) => n !== null && n !== '' && n !== phone) ??
    null;
  return {
    id,
    surname: value('surname'),
    given_names: value('given_names'),
    full_name: first('full_name'),
    date_of_birth: value('date_of_birth'),
    sex: value('sex'),
    nationality: value('nationality'),
    passport_no: value('passport_no'),
    passport_expiry: from('passport_no')?.passport_expiry ?? null,
    phone,
    phone_alt: alternate,
    email: value('email'),
    language: first('language'),
    household_key: first('household_key'),
    special_needs: first('special_needs'),
    status: latestStatus(records),
  };
}

/** Statuses set on records before they were merged may differ: the one set last is the person's. */
export function latestStatus(records: readonly { status: PersonStatus; statusAt: string | null }[]) {
  let status: PersonStatus = 'unknown';
  let at = '';
  for (const r of records) {
    if (r.statusAt !== null && r.statusAt > at) {
      at = r.statusAt;
      status = r.status;
    }
  }
  return status;
}

function toMatchRecord(r: SourceRecord): MatchRecord {
  return {
    id: r.id,
    personId: r.id,
    source: r.source,
    sourceKey: null,
    batchId: null,
    row: null,
    given_names: r.given_names,
    surname: r.surname,
    date_of_birth: r.date_of_birth,
    sex: r.sex,
    nationality: r.nationality,
    passport_no: r.passport_no,
    national_id: r.national_id,
    phone: r.phone ?? r.phone_alt,
    email: r.email,
    city: r.city,
    address: r.address,
    household_key: r.household_key,
    updated_at: r.updated_at,
  };
}

/** In id order. Rows are read as arrays through one prepared statement: objects cost twice as much. */
function readRecords<T extends ExportPerson>(
  vault: Vault,
  fields: readonly string[],
  ids: readonly number[],
): T[] {
  const out: T[] = [];
  if (ids.length === 0) return out;
  const withStatusAt = fields !== FIELDS;
  const select = selectOf(fields, withStatusAt);
  const toRecord = (row: unknown[]) => {
    const record: Record<string, unknown> = { status: row[fields.length] };
    for (let i = 0; i < fields.length; i++) record[fields[i]!] = row[i];
    if (withStatusAt) record.statusAt = row[fields.length + 1];
    return record as unknown as T;
  };
  const [stats] = vault.query<{ n: number; maxId: number | null }>(
    'SELECT count(*) AS n, max(id) AS maxId FROM person',
  );
  if (ids.length > (stats?.n ?? 0) * SCAN_SHARE) {
    const wanted = new Uint8Array((stats?.maxId ?? 0) + 1);
    for (const id of ids) if (id < wanted.length) wanted[id] = 1;
    eachRow(vault, `${select} ORDER BY p.id`, (row) => {
      if (wanted[row[0] as number] === 1) out.push(toRecord(row));
    });
    return out;
  }
  for (const chunk of chunks(ids)) {
    eachRow(vault, `${select} WHERE p.id IN (${chunk.join(',')}) ORDER BY p.id`, (row) =>
      out.push(toRecord(row)),
    );
  }
  return out;
}

function eachRow(vault: Vault, sql: string, visit: (row: unknown[]) => void): void {
  const statement = vault.db.prepare(sql);
  try {
    while (statement.step()) visit(statement.get());
  } finally {
    statement.free();
  }
}

/** Ids go into SQL as literal integers (never text), a few thousand at a time. */
export function* chunks(ids: readonly number[], size = 5000): Generator<number[]> {
  for (let i = 0; i < ids.length; i += size) {
    const chunk = ids.slice(i, i + size);
    if (!chunk.every(Number.isSafeInteger))
      throw new MusterError('INVALID_INPUT', 'Person numbers must be whole numbers.');
    yield chunk;
  }
}
