// The true people behind the rows: what people.csv holds and every file's rows are drawn from.
import type { CountryCode } from './countries';
import type { Place } from './host';
import type { NameForm, Sex } from './names/nameForm';
import type { Origin } from './origins';

export interface SimpleDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export type Relationship = 'principal' | 'spouse' | 'child';

export interface GivenPart {
  readonly form: NameForm;
  /** A first given name some forms leave out ("Md.", "Mst."). */
  readonly optional?: boolean;
}

export type Employer =
  | { readonly kind: 'household'; readonly family: { readonly latin: string; readonly arabic: string } }
  | { readonly kind: 'company'; readonly name: string };

export interface TruePerson {
  /** 0-based position in people.csv. */
  readonly index: number;
  readonly id: string;
  readonly householdId: string;
  readonly relationship: Relationship;
  readonly origin: Origin;
  readonly nationality: CountryCode;
  readonly sex: Sex;
  readonly given: readonly GivenPart[];
  /** Surname parts, already in the person's own form (feminine where the language has one). */
  readonly surname: readonly NameForm[];
  readonly dob: SimpleDate;
  readonly passport: string;
  /** National significant number of the person's own mobile; '' for children. */
  readonly phone: string;
  readonly email: string;
  readonly place: Place;
  readonly address: string;
  readonly lat: number;
  readonly lon: number;
  readonly employer: Employer | null;
  readonly specialNeeds: string;
  /** Id of the earlier person whose name and city this one shares, or ''. */
  readonly namesakeOf: string;
}

/** The day the dataset describes: ages and registration dates are counted from it. */
export const AS_OF: SimpleDate = { y: 2025, m: 6, d: 1 };

export function givenNames(p: TruePerson): string {
  return p.given.map((g) => g.form.latin).join(' ');
}

export function surname(p: TruePerson): string {
  return p.surname.map((s) => s.latin).join(' ');
}

export function ageOn(dob: SimpleDate, on: SimpleDate = AS_OF): number {
  const before = on.m < dob.m || (on.m === dob.m && on.d < dob.d);
  return on.y - dob.y - (before ? 1 : 0);
}

export function employerName(e: Employer | null): string {
  if (e === null) return '';
  return e.kind === 'household' ? `${e.family.latin} household` : e.name;
}

export function personId(index: number): string {
  return `P${String(index + 1).padStart(7, '0')}`;
}
