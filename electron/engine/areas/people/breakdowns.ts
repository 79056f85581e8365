// Counts over a set of placed people: what a crisis cell asks first ("how many, which nationalities,
// how many children and elderly, how many with special needs, how many families").
import type { Breakdowns, Count } from '../../../../shared/areas';
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

/** `members` are positions in the columns (not person ids). */
export function breakdownsOf(columns: PeopleColumns, members: ArrayLike<number>, today: Date): Breakdowns {
  const day = dayNumber(today);
  const nationality = new Map<string, number>();
  const sex = new Uint32Array(SEX_CODES.length);
  const bands = new Uint32Array(BANDS.length);
  const households = new Set<number>();
  let withNeeds = 0;
  let withoutHousehold = 0;
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!;
    const n = columns.nationality[i]!;
    const key = n < 0 ? 'unknown' : columns.nationalities[n]!;
    nationality.set(key, (nationality.get(key) ?? 0) + 1);
    sex[columns.sex[i]!]!++;
    bands[ageBandCode(columns.birth[i]!, day)]!++;
    withNeeds += columns.specialNeeds[i]!;
    const h = columns.household[i]!;
    if (h < 0) withoutHousehold++;
    else households.add(h);
  }
  return {
    nationality: sorted([...nationality].map(([key, count]) => ({ key, count }))),
    sex: sorted(SEX_CODES.map((key, i) => ({ key, count: sex[i]! }))),
    ageBand: sorted(BANDS.map((key, i) => ({ key, count: bands[i]! }))),
    specialNeeds: { withNeeds, without: members.length - withNeeds },
    households: { households: households.size, withoutHousehold },
  };
}

function sorted<T extends Count>(counts: T[]): T[] {
  return counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
