// Counts over a set of placed people: what a crisis cell asks first ("how many, which nationalities,
// how many children and elderly, how many with special needs, how many families").
import type { Breakdowns, Count } from '../../../../shared/areas';
import { eachPersonValues, type PersonOverlay, type PersonValues } from '../../people/personOverlay';
import { SEX_CODES, type PeopleColumns } from './peopleColumns';

export type AgeBandKey = '0-17' | '18-59' | '60+' | 'unknown';
const BANDS: AgeBandKey[] = ['0-17', '18-59', '60+', 'unknown'];

/** YYYYMMDD as a number: subtracting two of them and dividing by 10,000 gives whole years of age. */
export function dayNumber(date: Date): number {
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/** 0: 0-17, 1: 18-59, 2: 60+, 3: unknown. */
export function ageBandCode(birth: number, today: number): number {
  if (birth === 0 || birth > today) return 3;
  const age = Math.floor((today - birth) / 10000);
  return age < 18 ? 0 : age < 60 ? 1 : 2;
}

/** Special needs, a child or an elderly person: who needs help to leave first. */
export function isVulnerable(columns: PeopleColumns, i: number, today: number): boolean {
  if (columns.specialNeeds[i] === 1) return true;
  const band = ageBandCode(columns.birth[i]!, today);
  return band === 0 || band === 2;
}

/**
 * `members` are positions in the columns (not person ids). A merged person counts once, by its
 * survivor values, however many of its records are among them.
 */
export function breakdownsOf(
  columns: PeopleColumns,
  persons: PersonOverlay,
  members: ArrayLike<number>,
  today: Date,
): Breakdowns {
  const day = dayNumber(today);
  const nations = new Uint32Array(persons.nationalities.length + 1); // the last is "unknown"
  const sex = new Uint32Array(SEX_CODES.length);
  const bands = new Uint32Array(BANDS.length);
  const households = new Set<number>();
  let total = 0;
  let withNeeds = 0;
  let withoutHousehold = 0;
  // Records on their own are read from the columns, merged persons from the overlay: same fields.
  const count = (from: PersonValues, k: number) => {
    const n = from.nationality[k]!;
    nations[n < 0 ? nations.length - 1 : n]!++;
    sex[from.sex[k]!]!++;
    bands[ageBandCode(from.birth[k]!, day)]!++;
    withNeeds += from.specialNeeds[k]!;
    const h = from.household[k]!;
    if (h < 0) withoutHousehold++;
    else households.add(h);
    total++;
  };
  eachPersonValues(columns, persons, members, count);
  const key = (n: number) => (n === nations.length - 1 ? 'unknown' : persons.nationalities[n]!);
  return {
    nationality: sorted(Array.from(nations, (count, n) => ({ key: key(n), count }))),
    sex: sorted(SEX_CODES.map((key, i) => ({ key, count: sex[i]! }))),
    ageBand: sorted(BANDS.map((key, i) => ({ key, count: bands[i]! }))),
    specialNeeds: { withNeeds, without: total - withNeeds },
    households: { households: households.size, withoutHousehold },
  };
}

function sorted<T extends Count>(counts: T[]): T[] {
  return counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
