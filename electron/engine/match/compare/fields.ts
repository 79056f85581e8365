// Comparison levels per field. Each field compares two records into a small level number: 0 is
// always "missing" (one side has no value: weight 0, neither for nor against), then levels from the
// strongest agreement to "different". The Fellegi-Sunter model learns a weight for every level.
import type { MatchField } from '../../../../shared/match';
import type { RecordTable } from '../records';
import { jaroWinkler, sortedWords, withinOneEdit, wordOverlap } from './strings';

export interface FieldSpec {
  field: MatchField;
  levels: readonly string[];
  /** Level whose weight is adjusted for how common the agreeing value is. */
  tfLevel?: number;
}

export const MISSING = 0;

const GIVEN_LEVELS = [
  'missing',
  'exact',
  'same consonant skeleton',
  'Jaro-Winkler ≥ 0.92',
  'same words, some missing',
  'Jaro-Winkler ≥ 0.80',
  'initial agrees',
  'different',
] as const;
const SURNAME_LEVELS = [
  'missing',
  'exact',
  'same consonant skeleton',
  'Jaro-Winkler ≥ 0.92',
  'shares a word',
  'Jaro-Winkler ≥ 0.80',
  'different',
] as const;

export const FIELDS: readonly FieldSpec[] = [
  { field: 'given_names', levels: GIVEN_LEVELS, tfLevel: 1 },
  { field: 'surname', levels: SURNAME_LEVELS, tfLevel: 1 },
  {
    field: 'date_of_birth',
    levels: ['missing', 'exact', 'day and month swapped', 'one digit off', 'same year only', 'different'],
    tfLevel: 1,
  },
  { field: 'sex', levels: ['missing', 'same', 'different'] },
  { field: 'passport_no', levels: ['missing', 'exact', 'one edit apart', 'different'] },
  { field: 'national_id', levels: ['missing', 'exact', 'one edit apart', 'different'] },
  { field: 'phone', levels: ['missing', 'exact', 'one edit apart', 'different'] },
  { field: 'email', levels: ['missing', 'exact', 'one edit apart', 'different'] },
  { field: 'nationality', levels: ['missing', 'same', 'different'] },
  { field: 'city', levels: ['missing', 'same', 'different'] },
];
export const FIELD_COUNT = FIELDS.length;
export const F = {
  given: 0,
  surname: 1,
  dob: 2,
  sex: 3,
  passport: 4,
  nationalId: 5,
  phone: 6,
  email: 7,
  nationality: 8,
  city: 9,
} as const;

// --- names --------------------------------------------------------------------------------------

function givenLevel(t: RecordTable, a: number, b: number, skA: number, skB: number): number {
  if (a === 0 || b === 0) return MISSING;
  if (a === b) return 1;
  if (skA !== 0 && skA === skB) return 2;
  const sa = t.pool.get(a);
  const sb = t.pool.get(b);
  const jw = jaroWinkler(sa, sb);
  if (jw >= 0.92) return 3;
  // Middle names present on one side only: "mohammad abdalkarim" against "mohammad".
  if (wordOverlap(sa, sb) === 1) return 4;
  if (jw >= 0.8) return 5;
  if (initialAgrees(sa, sb)) return 6;
  return 7;
}

function surnameLevel(t: RecordTable, a: number, b: number, skA: number, skB: number): number {
  if (a === 0 || b === 0) return MISSING;
  if (a === b) return 1;
  if (skA !== 0 && skA === skB) return 2;
  const sa = t.pool.get(a);
  const sb = t.pool.get(b);
  const jw = jaroWinkler(sa, sb);
  if (jw >= 0.92) return 3;
  if (wordOverlap(sa, sb) > 0 && !onlyArticlesShared(sa, sb)) return 4;
  if (jw >= 0.8) return 5;
  return 6;
}

function initialAgrees(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  return short.length === 1 && long.charCodeAt(0) === short.charCodeAt(0);
}

function onlyArticlesShared(a: string, b: string): boolean {
  if (a.indexOf(' ') < 0 && b.indexOf(' ') < 0) return a === 'al' || a === 'bin';
  const wb = b.split(' ');
  return a.split(' ').every((w) => !wb.includes(w) || w === 'al' || w === 'bin');
}

export interface NameComparison {
  given: number;
  surname: number;
  /** Given names of one record compared with the surname of the other (order swapped on entry). */
  swapped: boolean;
}

/**
 * Names compared in the straight order and crossed (given against surname), keeping the order
 * that agrees better: rosters often put the surname first, and imports cannot always tell.
 */
export function compareNames(t: RecordTable, i: number, j: number): NameComparison {
  const g = givenLevel(t, t.given[i]!, t.given[j]!, t.givenSkel[i]!, t.givenSkel[j]!);
  const s = surnameLevel(t, t.surname[i]!, t.surname[j]!, t.surnameSkel[i]!, t.surnameSkel[j]!);
  // Both parts already agree closely: crossing them cannot do better.
  if (g !== MISSING && s !== MISSING && g <= 3 && s <= 3) return { given: g, surname: s, swapped: false };
  const gx = givenLevel(t, t.given[i]!, t.surname[j]!, t.givenSkel[i]!, t.surnameSkel[j]!);
  const sx = surnameLevel(t, t.surname[i]!, t.given[j]!, t.surnameSkel[i]!, t.givenSkel[j]!);
  if (
    gx !== MISSING &&
    sx !== MISSING &&
    rank(gx, GIVEN_LEVELS) + rank(sx, SURNAME_LEVELS) < rank(g, GIVEN_LEVELS) + rank(s, SURNAME_LEVELS)
  ) {
    return { given: gx, surname: sx, swapped: true };
  }
  // The same words split differently between given names and surname.
  if (g !== MISSING && s !== MISSING && (g > 2 || s > 2)) {
    const whole = (k: number) => sortedWords(`${t.pool.get(t.given[k]!)} ${t.pool.get(t.surname[k]!)}`);
    if (whole(i) === whole(j)) return { given: 1, surname: 1, swapped: true };
  }
  return { given: g, surname: s, swapped: false };
}

/** 0 for the best agreement, growing towards "different"; missing counts as the worst. */
function rank(level: number, levels: readonly string[]): number {
  return level === MISSING ? levels.length : level;
}

// --- dates, documents, contacts -----------------------------------------------------------------

export function dobLevel(a: number, b: number): number {
  if (a === 0 || b === 0) return MISSING;
  if (a === b) return 1;
  const ya = (a / 10000) | 0;
  const yb = (b / 10000) | 0;
  const ma = ((a / 100) | 0) % 100;
  const mb = ((b / 100) | 0) % 100;
  const da = a % 100;
  const db = b % 100;
  if (ya === yb && ma === db && da === mb) return 2;
  if (oneDigitOff(a, b)) return 3;
  if (ya === yb) return 4;
  return 5;
}

/** Same 8-digit date but for one digit changed or two adjacent digits swapped. */
function oneDigitOff(a: number, b: number): boolean {
  return withinOneEdit(String(a), String(b));
}

/** Exact / one edit / different on interned values (0 = missing). */
export function codeLevel(t: RecordTable, a: number, b: number): number {
  if (a === 0 || b === 0) return MISSING;
  if (a === b) return 1;
  return withinOneEdit(t.pool.get(a), t.pool.get(b)) ? 2 : 3;
}

export function phoneLevel(t: RecordTable, i: number, j: number): number {
  const a1 = t.phone[i]!;
  const a2 = t.phoneAlt[i]!;
  const b1 = t.phone[j]!;
  const b2 = t.phoneAlt[j]!;
  if ((a1 === 0 && a2 === 0) || (b1 === 0 && b2 === 0)) return MISSING;
  const nz = (x: number, y: number) => x !== 0 && x === y;
  if (nz(a1, b1) || nz(a1, b2) || nz(a2, b1) || nz(a2, b2)) return 1;
  return codeLevel(t, a1 || a2, b1 || b2) === 2 ? 2 : 3;
}

function sameLevel(a: number, b: number): number {
  if (a === 0 || b === 0) return MISSING;
  return a === b ? 1 : 2;
}

/** Writes the comparison vector of records i and j into `out` at `offset`; returns the name comparison. */
export function compareRecords(
  t: RecordTable,
  i: number,
  j: number,
  out: Uint8Array,
  offset: number,
): NameComparison {
  const names = compareNames(t, i, j);
  out[offset + F.given] = names.given;
  out[offset + F.surname] = names.surname;
  out[offset + F.dob] = dobLevel(t.dob[i]!, t.dob[j]!);
  out[offset + F.sex] = sameLevel(t.sex[i]!, t.sex[j]!);
  out[offset + F.passport] = codeLevel(t, t.passport[i]!, t.passport[j]!);
  out[offset + F.nationalId] = codeLevel(t, t.nationalId[i]!, t.nationalId[j]!);
  out[offset + F.phone] = phoneLevel(t, i, j);
  out[offset + F.email] = codeLevel(t, t.email[i]!, t.email[j]!);
  out[offset + F.nationality] = sameLevel(t.nationality[i]!, t.nationality[j]!);
  out[offset + F.city] = sameLevel(t.city[i]!, t.city[j]!);
  return names;
}
