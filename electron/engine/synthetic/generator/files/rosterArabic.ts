// The Arabic-speaking agency's roster: "SURNAME, Given" in one column, some headers in Arabic,
// Arabic names often written in Arabic script, some phone numbers typed with Arabic-Indic digits.
import { COUNTRIES } from '../countries';
import type { PhoneStyle } from '../formats';
import type { TruePerson } from '../model';
import { writeName } from '../nameRender';
import { Weighted } from '../random';
import { ROSTER_FIELDS as F, ROSTER_NAME } from '../rates';
import { arabicIndicDigits } from '../variation';
import { writeDob, writeRosterPassport, writeRosterPhone, type RenderContext } from './common';

const PHONE_STYLES = new Weighted<PhoneStyle>([
  ['localDash', 45],
  ['localSpaced', 20],
  ['intlSpaced', 20],
  ['bare', 15],
]);

const IN_ARABIC = { ...ROSTER_NAME, script: 1 };

function fullName(r: RenderContext, p: TruePerson): string {
  const rng = r.rng;
  if (p.origin.script === 'arabic' && rng.chance(F.arabicScriptName)) {
    const native = writeName(rng, p, IN_ARABIC);
    if (native.nativeScript) return `${native.given} ${native.surname}`;
  }
  const name = writeName(rng, p, ROSTER_NAME);
  const form = rng.next();
  if (form < 0.85) return `${name.surname.toUpperCase()}, ${name.given}`;
  if (form < 0.95) return `${name.given} ${name.surname.toUpperCase()}`;
  return `${name.surname} ${name.given}`;
}

function employerText(r: RenderContext, p: TruePerson): string {
  const e = p.employer;
  if (e === null) return '';
  if (e.kind === 'company') return e.name;
  return r.rng.chance(0.4) ? `عائلة ${e.family.arabic}` : e.family.latin;
}

export function arabicRosterRow(r: RenderContext, p: TruePerson, row: number): string[] {
  const rng = r.rng;
  const country = COUNTRIES[p.nationality];
  let phone = writeRosterPhone(r, p, PHONE_STYLES);
  if (rng.chance(F.arabicIndicDigits)) phone = arabicIndicDigits(phone);
  return [
    String(row),
    fullName(r, p),
    writeDob(rng, p, 'dmy', F),
    rng.chance(0.8) ? country.arabic : country.demonym,
    writeRosterPassport(r, p),
    phone,
    employerText(r, p),
    rng.chance(0.6) ? p.place.arabic : p.place.city,
  ];
}
