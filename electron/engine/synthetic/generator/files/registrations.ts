// Rows of the ministry's online registration: typed by the nationals themselves.
import { COUNTRIES } from '../countries';
import { formatPhone, type PhoneStyle } from '../formats';
import type { TruePerson } from '../model';
import { writeName } from '../nameRender';
import { Weighted } from '../random';
import { REGISTRATION_FIELDS as F, REGISTRATION_NAME, REPEAT_REGISTRATION_NAME } from '../rates';
import { emailCaseVariant, maybeTypo } from '../variation';
import { writeDob, type RenderContext } from './common';

export interface RegistrationFacts {
  readonly reference: string;
  /** "DD/MM/YYYY HH:MM". */
  readonly registeredOn: string;
  /** Reference of the principal who listed this person as a dependant, or ''. */
  readonly dependantOf: string;
  readonly relationship: '' | 'Spouse' | 'Child';
  /** The principal's mobile, which a child's row may carry. */
  readonly householdPhone: string;
  /** A second or third registration of the same person. */
  readonly repeat: boolean;
}

const PHONE_STYLES = new Weighted<PhoneStyle>([
  ['intlSpaced', 30],
  ['localDash', 20],
  ['intl00', 12],
  ['bare', 12],
  ['intlCompact', 12],
  ['localSpaced', 8],
  ['intlNoPlus', 6],
]);

function caseOf(value: string, style: 'as-is' | 'upper' | 'lower'): string {
  return style === 'upper' ? value.toUpperCase() : style === 'lower' ? value.toLowerCase() : value;
}

function employerText(r: RenderContext, p: TruePerson): string {
  const e = p.employer;
  if (e === null || r.rng.chance(F.missingEmployer)) return '';
  if (e.kind === 'company') return r.rng.chance(0.1) ? e.name.toLowerCase() : e.name;
  const f = e.family.latin;
  return r.rng.pick([`${f} household`, `Mrs. ${f}`, `${f} family`, `Mr. ${f}`, `Madame ${f}`]);
}

function phoneText(r: RenderContext, p: TruePerson, facts: RegistrationFacts): string {
  const rng = r.rng;
  let nsn = p.phone;
  if (p.relationship === 'child') {
    nsn = rng.chance(F.childWithHouseholdPhone) ? facts.householdPhone : '';
  } else if (rng.chance(F.missingPhone)) {
    nsn = '';
  } else if (facts.repeat && rng.chance(F.newPhoneOnRepeat)) {
    nsn = r.population.newPhone();
  }
  if (nsn === '') return '';
  // A slip in the fake prefix could turn the number into someone's real one: keep typos after it.
  const prefix = r.host.fakeMobilePrefix;
  const typed = prefix + maybeTypo(rng, nsn.slice(prefix.length), F.typo);
  return formatPhone(r.host, typed, PHONE_STYLES.pick(rng));
}

function emailText(r: RenderContext, p: TruePerson, repeat: boolean): string {
  const rng = r.rng;
  if (p.email === '' || rng.chance(F.missingEmail)) return '';
  const email = rng.chance(repeat ? F.emailCaseChangeOnRepeat : F.emailCaseChange)
    ? emailCaseVariant(rng, p.email)
    : p.email;
  // Typos stay in the local part: a slip in "example.org" could name a real domain.
  const at = email.indexOf('@');
  return maybeTypo(rng, email.slice(0, at), F.typo) + email.slice(at);
}

function passportText(r: RenderContext, p: TruePerson): string {
  const rng = r.rng;
  if (rng.chance(F.missingPassport)) return '';
  let passport = maybeTypo(rng, p.passport, F.typo);
  if (rng.chance(F.passportFormatting)) {
    passport = rng.chance(0.5) ? passport.toLowerCase() : passport.replace(/^([A-Z]+)(\d)/, '$1 $2');
  }
  return passport;
}

export function registrationRow(r: RenderContext, p: TruePerson, facts: RegistrationFacts): string[] {
  const rng = r.rng;
  const name = writeName(rng, p, facts.repeat ? REPEAT_REGISTRATION_NAME : REGISTRATION_NAME);
  const caseStyle = name.nativeScript
    ? 'as-is'
    : rng.chance(F.allCaps)
      ? 'upper'
      : rng.chance(F.lowerCase)
        ? 'lower'
        : 'as-is';
  let given = caseOf(name.given, caseStyle);
  let sur = caseOf(name.surname, caseStyle);
  if (rng.chance(F.nameOrderSwap)) [given, sur] = [sur, given];
  const place = p.place;
  const city = rng.chance(F.missingCity)
    ? ''
    : place.cityVariants.length > 0 && rng.chance(F.cityVariant)
      ? rng.pick(place.cityVariants)
      : place.city;
  const district = rng.chance(F.missingDistrict)
    ? ''
    : place.district.variants.length > 0 && rng.chance(F.districtVariant)
      ? rng.pick(place.district.variants)
      : place.district.name;
  const address = rng.chance(F.missingAddress)
    ? ''
    : maybeTypo(rng, rng.chance(0.1) ? p.address.replace('Bldg', 'Building') : p.address, F.typo);
  const needs = p.specialNeeds !== '' && !rng.chance(F.missingSpecialNeeds) ? p.specialNeeds : '';
  const consent = rng.chance(F.consentNo) ? 'No' : rng.chance(F.consentBlank) ? '' : 'Yes';
  return [
    facts.reference,
    given,
    sur,
    writeDob(rng, p, 'dmy', F),
    rng.chance(F.missingSex) ? '' : p.sex,
    rng.chance(F.missingNationality) ? '' : COUNTRIES[p.nationality].name,
    passportText(r, p),
    phoneText(r, p, facts),
    emailText(r, p, facts.repeat),
    city,
    district,
    address,
    employerText(r, p),
    facts.dependantOf,
    facts.relationship,
    needs,
    facts.registeredOn,
    consent,
  ];
}
